import { expect, test } from "@playwright/test";
import { e2eEnv, signIn } from "./support/fixtures";

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

test("[API reference] tries a request against this server with a pasted API key", async ({ page }) => {
  await signIn(page);
  // Open the Operations group (GET endpoints with no body) and the first operation's "try it" client.
  await page.goto("/api-reference#tag/operations/GET/api/v1/worker/status");
  await page.getByText("Worker status").first().click();
  await page.getByRole("button", { name: /Test Request/ }).first().click();
  await page.getByPlaceholder(/Token/i).first().fill(e2eEnv("E2E_API_KEY"));
  const answered = page.waitForResponse((response) => new URL(response.url()).pathname.startsWith("/api/v1/") && response.request().headers().authorization?.startsWith("Bearer ") === true);
  await page.getByRole("button", { name: /^Send/ }).first().click();
  expect((await answered).status()).toBe(200);
  await expect(page.getByText("200 OK").first()).toBeVisible();
});
