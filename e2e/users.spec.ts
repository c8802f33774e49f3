import { expect, test } from "@playwright/test";
import { queryDb, signIn } from "./support/fixtures";

test("[users] an admin invites a user, who signs in through the link the mail catcher caught", async ({ page, browser }) => {
  const email = `invitee-${Date.now()}@example.com`;
  await signIn(page);
  await page.goto("/users");
  await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Invite user" }).click();
  const dialog = page.getByRole("dialog", { name: "Invite a user" });
  await dialog.getByLabel("Email").fill(email);
  await dialog.getByLabel("Name (optional)").fill("Ivy Invitee");
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${email}`)).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: email })).toBeVisible();

  // The built-in mail catcher is a real SMTP server; the invitation went through it.
  await expect.poll(async () => (await queryDb("select id from caught_emails where $1 = any(rcpt_to)", [email])).length, { timeout: 30_000 }).toBe(1);
  const [caught] = await queryDb<{ subject: string; text: string }>("select subject, text from caught_emails where $1 = any(rcpt_to)", [email]);
  expect(caught?.subject).toContain("invited you to");
  const link = /https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+/.exec(caught?.text ?? "")?.[0];
  expect(link).toBeTruthy();

  // The invitee has no session: a fresh browser context, as if on another machine.
  const context = await browser.newContext();
  try {
    const invitee = await context.newPage();
    await invitee.goto(link!);
    await expect(invitee.getByRole("heading", { name: "Join OpsConductor Notify" })).toBeVisible();
    await expect(invitee.getByLabel("Email")).toHaveValue(email);
    await expect(invitee.getByLabel("Your name")).toHaveValue("Ivy Invitee");
    await invitee.getByLabel("Password", { exact: true }).fill("ivy-chosen-password");
    await invitee.getByLabel("Repeat the password").fill("ivy-chosen-password");
    await invitee.getByRole("button", { name: "Accept and sign in" }).click();
    await expect(invitee).toHaveURL(/\/dashboard/);

    await invitee.goto("/account");
    await expect(invitee.getByRole("heading", { name: "My account", level: 1 })).toBeVisible();
    await expect(invitee.getByText(`You sign in as ${email}.`)).toBeVisible();

    // The link worked once.
    await invitee.goto(link!);
    await expect(invitee.getByText("This invitation was already accepted: sign in instead.")).toBeVisible();
  } finally {
    await context.close();
  }

  await page.reload();
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row.getByText("Active")).toBeVisible();
  await expect(row.getByText("Operator")).toBeVisible();
});
