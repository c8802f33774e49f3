import { expect, test } from "@playwright/test";
import { signIn } from "./support/fixtures";

test("[API reference] renders the generated document offline and follows the theme", async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith("http") && url.origin !== origin) foreign.push(request.url());
  });

  await signIn(page);
  await page.goto("/api-reference");
  await expect(page.getByRole("heading", { name: "API reference", level: 1 })).toBeVisible();
  // Operations from the generated document, rendered by the bundled Scalar.
  await expect(page.getByText("Create a notification").first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Cancel a notification").first()).toBeVisible();
  await page.screenshot({ path: "test-results/api-reference-light.png" });

  await page.evaluate(() => document.documentElement.setAttribute("data-theme", "dark"));
  await expect(page.locator("body")).toHaveClass(/dark-mode/);
  await page.screenshot({ path: "test-results/api-reference-dark.png" });
  await page.evaluate(() => document.documentElement.setAttribute("data-theme", "light"));
  await expect(page.locator("body")).toHaveClass(/light-mode/);

  expect(foreign).toEqual([]);
});
