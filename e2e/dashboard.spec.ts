import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { e2eEnv, queryDb, signIn } from "./support/fixtures";

// Notifications of a type only this run uses (so other specs' sends do not change the totals):
// three emails the mail catcher accepts and one Slack message whose receiver refuses it for good (HTTP 400).
test("[dashboard] an admin lands on the dashboard and sees the chart and the totals of what was sent", async ({ page, request }) => {
  const type = `e2e_dashboard_${Date.now()}`;
  const receiver = createServer((_, response) => response.writeHead(400, { "content-type": "text/plain" }).end("invalid_payload"));
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  try {
    const headers = { authorization: `Bearer ${e2eEnv("E2E_API_KEY")}` };
    const bodies = [
      ...[1, 2, 3].map((n) => ({ recipient_email: `dash-${n}@example.com`, subject: `Dashboard ${type} #${n}`, body: "Nightly job done.", notification_type: type })),
      { channel: "slack", destination: hook, subject: `Dashboard ${type} slack`, body: "Nightly job done.", notification_type: type },
    ];
    for (const data of bodies) {
      const response = await request.post("/api/v1/notifications", { headers, data });
      expect(response.status(), await response.text()).toBe(202);
    }
    await expect
      .poll(async () => (await queryDb<{ status: string }>("select status::text from notifications where notification_type = $1 order by status::text", [type])).map((row) => row.status).join(","), { timeout: 30_000 })
      .toBe("SENT,SENT,SENT,FAILED".split(",").sort().join(","));

    await signIn(page);
    await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
    await page.getByLabel("Type").fill(type);
    await page.getByLabel("Type").press("Enter");
    await expect(page).toHaveURL(new RegExp(`type=${type}`));

    const totals = page.getByRole("region", { name: "Totals" });
    const tile = (label: string) => totals.locator("div").filter({ has: page.getByText(label, { exact: true }) });
    await expect(tile("Sent").getByRole("definition").first()).toHaveText("3");
    await expect(tile("Failed").getByRole("definition").first()).toHaveText("1");
    await expect(tile("Success rate").getByRole("definition").first()).toHaveText("75.0%");

    const chart = page.getByRole("img", { name: /Chart of 3 deliveries per channel/ });
    await expect(chart).toBeVisible();
    await expect(chart.locator(".recharts-area").first()).toBeVisible();

    const failing = page.getByRole("table", { name: "Top failing destinations" });
    await expect(failing.getByRole("row").filter({ hasText: "Slack" })).toContainText("1");

    // The range buttons change the window, the filter stays.
    await page.getByRole("button", { name: "1 h" }).click();
    await expect(page).toHaveURL(/range=1h/);
    await expect(page.getByRole("button", { name: "1 h" })).toHaveAttribute("aria-pressed", "true");
    await expect(tile("Sent").getByRole("definition").first()).toHaveText("3");
  } finally {
    receiver.close();
  }
});
