import { expect, type Page } from "@playwright/test";
import pg from "pg";

export function e2eEnv(name: "E2E_API_KEY" | "E2E_DATABASE_URL" | "E2E_ADMIN_EMAIL" | "E2E_ADMIN_PASSWORD"): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set; run the e2e tests through playwright.config.ts`);
  return value;
}

export async function signIn(page: Page, email = e2eEnv("E2E_ADMIN_EMAIL"), password = e2eEnv("E2E_ADMIN_PASSWORD")) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Signed-in users land on the dashboard (src/components/sign-in-form.tsx).
  await expect(page).toHaveURL(/\/dashboard/);
}

/** Reads the app's database directly, to check what the mail catcher stored. */
export async function queryDb<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: e2eEnv("E2E_DATABASE_URL") });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
