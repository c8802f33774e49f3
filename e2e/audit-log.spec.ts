import { expect, test } from "@playwright/test";
import { e2eEnv, signIn } from "./support/fixtures";

test("[audit] an admin renames a rule and finds the change, with its diff, in the audit log", async ({ page }) => {
  const name = `Audit e2e ${Date.now()}`;
  await signIn(page);

  await page.goto("/rules/new");
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Add condition" }).click();
  const condition = page.getByRole("group", { name: "Condition 1" });
  await condition.getByLabel("Field").selectOption({ label: "Event type" });
  await condition.getByLabel("Operator").selectOption({ label: "matches glob" });
  await condition.getByLabel("Value").fill("audit.*");
  await page.getByRole("button", { name: "Add recipient" }).click();
  const recipient = page.getByRole("group", { name: "Recipient 1" });
  await recipient.getByLabel("Recipient type").selectOption({ label: "Everyone with a role" });
  await recipient.getByLabel("Role").selectOption({ value: "ADMIN" });
  await page.getByRole("button", { name: "Save rule" }).click();
  await expect(page).toHaveURL(/\/rules$/);

  await page.getByRole("link", { name: `Edit ${name}` }).click();
  await expect(page.getByLabel("Name")).toHaveValue(name);
  await page.getByLabel("Name").fill(`${name} (renamed)`);
  await page.getByRole("button", { name: "Save rule" }).click();
  await expect(page).toHaveURL(/\/rules$/);

  await page.goto("/audit-log");
  await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
  await page.getByLabel("Action").selectOption("rule.updated");
  await expect(page).toHaveURL(/action=rule\.updated/);
  const row = page.getByRole("row").filter({ hasText: `${name} (renamed)` });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("rule.updated");
  await expect(row).toContainText("User");
  await expect(row).toContainText(e2eEnv("E2E_ADMIN_EMAIL"));
  // The diff reads field: from → to, not JSON.
  const change = row.getByRole("listitem").filter({ hasText: "→" });
  await expect(change).toHaveCount(1);
  await expect(change).toContainText("name");
  await expect(change.getByRole("deletion")).toHaveText(name);
  await expect(change.getByRole("insertion")).toHaveText(`${name} (renamed)`);
  await expect(row).not.toContainText('{"');

  // The filter survives a reload (it is in the URL), and the creation is there under "any rule action".
  await page.getByLabel("Action").selectOption({ label: "Any rule action" });
  await expect(page).toHaveURL(/action=rule\.(&|$)/);
  await page.reload();
  await expect(page.getByLabel("Action")).toHaveValue("rule.");
  await expect(page.getByRole("row").filter({ hasText: "rule.created" }).filter({ hasText: name })).toHaveCount(1);

  // On a phone the rows become cards and the entry still reads whole.
  await page.setViewportSize({ width: 390, height: 844 });
  const card = page.getByRole("row").filter({ hasText: "rule.updated" }).filter({ hasText: `${name} (renamed)` });
  await card.getByRole("insertion").scrollIntoViewIfNeeded();
  await expect(card.getByRole("insertion")).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);

  // The target links to the rule's page.
  await page.setViewportSize({ width: 1280, height: 800 });
  await card.getByRole("link", { name: `${name} (renamed)`, exact: true }).click();
  await expect(page).toHaveURL(/\/rules\/\d+$/);
  await expect(page.getByLabel("Name")).toHaveValue(`${name} (renamed)`);
});
