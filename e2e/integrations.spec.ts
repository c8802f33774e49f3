import { expect, test } from "@playwright/test";
import { signIn } from "./support/fixtures";

test("[integrations] an admin copies the Alertmanager receiver block and sends a sample alert that shows as accepted", async ({ page }) => {
  await signIn(page);
  await page.goto("/integrations");
  await expect(page.getByRole("heading", { name: "Integrations", exact: true })).toBeVisible();

  const alertmanager = page.getByRole("region", { name: "Alertmanager" });
  await expect(alertmanager.getByText(/\/api\/v1\/integrations\/alertmanager$/)).toBeVisible();
  await expect(alertmanager.getByLabel("alertmanager.yml", { exact: true })).toContainText("webhook_configs:");
  await expect(alertmanager.getByLabel("alertmanager.yml", { exact: true })).toContainText("send_resolved: true");
  await expect(page.getByRole("region", { name: "Grafana" }).getByLabel("Grafana contact point", { exact: true })).toContainText("authorization_scheme: Bearer");

  await alertmanager.getByRole("button", { name: "Send sample alert" }).click();
  await expect(page.getByText("Sample Alertmanager alert received")).toBeVisible();
  const payloads = alertmanager.getByRole("table", { name: "Payloads received from Alertmanager, newest first" });
  const row = payloads.getByRole("row").filter({ hasText: "(sample alert)" }).first();
  await expect(row).toContainText("Accepted");
  await expect(row).toContainText("1 alert");

  // Its event is on the Events page, as any alert's would be.
  await row.getByRole("link").first().click();
  await expect(page.getByText("Sample alert from the Integrations page").first()).toBeVisible();
});
