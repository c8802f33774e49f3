import { expect, test } from "@playwright/test";
import { queryDb, signIn } from "./support/fixtures";

test("[maintenance] an admin creates a recurring window and sees it listed, then ends a one-off window that is active now", async ({ page }) => {
  const stamp = Date.now();
  const recurring = `Nightly DB ${stamp}`;
  const oneOff = `Deploy ${stamp}`;

  await signIn(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Maintenance" }).click();
  await expect(page.getByRole("heading", { name: "Maintenance", exact: true })).toBeVisible();

  // A recurring window: Monday to Friday, 01:00–03:00 in Berlin, for the database jobs.
  await page.getByRole("link", { name: "New window" }).click();
  await expect(page).toHaveURL(/\/maintenance\/new$/);
  await page.getByLabel("Name", { exact: true }).fill(recurring);
  await page.getByRole("button", { name: "Recurring" }).click();
  // Saving without days names what is missing, at the field.
  await page.getByRole("button", { name: "Save window" }).click();
  await expect(page.getByText("Choose at least one day").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Monday", exact: true })).toBeFocused();
  for (const day of ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]) await page.getByRole("button", { name: day, exact: true }).click();
  await page.getByLabel("From", { exact: true }).fill("01:00");
  await page.getByLabel("Until", { exact: true }).fill("03:00");
  await page.getByLabel("Time zone").selectOption("Europe/Berlin");
  await page.getByLabel("Job name").fill("db-*");
  await page.getByRole("button", { name: "Save window" }).click();
  await expect(page.getByText(`"${recurring}" created`)).toBeVisible();
  await expect(page).toHaveURL(/\/maintenance\/\d+$/);
  await expect(page.getByText("Mon–Fri 01:00–03:00 (Europe/Berlin)", { exact: true })).toBeVisible();
  await expect(page.getByRole("table", { name: "Change history, newest first" })).toContainText("user:admin@e2e.test");

  await page.getByRole("link", { name: "← Maintenance" }).click();
  const recurringRow = page.getByRole("row").filter({ hasText: recurring });
  await expect(recurringRow).toContainText("Mon–Fri 01:00–03:00 (Europe/Berlin)");
  await expect(recurringRow).toContainText("Job db-*");

  // A one-off window with the form's defaults: from now, for an hour, in the browser's zone.
  await page.getByRole("link", { name: "New window" }).click();
  await page.getByLabel("Name", { exact: true }).fill(oneOff);
  await page.getByLabel("Critical events").selectOption("hold");
  await page.getByRole("button", { name: "Save window" }).click();
  await expect(page.getByText(`"${oneOff}" created`)).toBeVisible();
  await expect(page.getByText("Active now").first()).toBeVisible();

  // The events page says maintenance is on, and links to it.
  await page.goto("/events");
  await page.getByRole("link", { name: /maintenance windows? active now/ }).click();
  await expect(page).toHaveURL(/\/maintenance$/);

  const oneOffRow = page.getByRole("row").filter({ hasText: oneOff });
  await expect(oneOffRow).toContainText("Active now");
  await oneOffRow.getByRole("button", { name: `End ${oneOff} now` }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("does not come back");
  await dialog.getByRole("button", { name: "End now" }).click();
  await expect(page.getByText(`"${oneOff}" ended`)).toBeVisible();
  await expect(oneOffRow).toContainText("Ended early");
  await expect(oneOffRow.getByRole("button", { name: `End ${oneOff} now` })).toHaveCount(0);

  const changes = await queryDb<{ action: string; actor: string }>(
    "select c.action, c.actor from maintenance_window_changes c join maintenance_windows w on w.id = c.window_id where w.name = $1 order by c.id",
    [oneOff],
  );
  expect(changes).toEqual([
    { action: "created", actor: "user:admin@e2e.test" },
    { action: "ended", actor: "user:admin@e2e.test" },
  ]);
});
