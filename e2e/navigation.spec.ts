import { expect, test, type Locator, type Page } from "@playwright/test";
import { signIn } from "./support/fixtures";

/** Every page an admin reaches from the sidebar, in order (src/components/nav/nav-sections.ts). */
const ADMIN_NAV = [
  "Dashboard", "Notifications", "Events", "Incidents", "Queue", "Maintenance",
  "Rules", "Templates", "Channels", "Escalation policies", "Integrations", "Settings", "Mail catcher",
  "Users", "API keys", "Audit log", "API reference",
  "My preferences", "My channels", "My account",
];

/**
 * The element the browser hits at the centre of `target` is `target` or inside it: nothing (a
 * header, a menu, a neighbour) lies on top of it. Scrolled into view first: the sidebar scrolls
 * on short windows, and that is fine.
 */
async function expectUncovered(target: Locator, what: string) {
  await target.scrollIntoViewIfNeeded();
  const hit = await target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    if (top && (top === element || element.contains(top))) return "itself";
    return top ? `${top.tagName.toLowerCase()}.${top.className} "${(top.textContent ?? "").trim().slice(0, 40)}"` : "nothing";
  });
  expect(hit, `${what}: the point at its centre hits ${hit}`).toBe("itself");
}

async function expectToolsUncovered(page: Page) {
  const options = page.getByRole("group", { name: "Theme" }).locator("label");
  await expect(options).toHaveCount(3);
  for (const option of await options.all()) await expectUncovered(option, `theme option ${await option.getAttribute("title")}`);
  await expectUncovered(page.getByRole("button", { name: /^Account:/ }), "user menu");
}

for (const width of [1024, 1400]) {
  test(`[navigation] at ${width} px every nav item, the theme toggle and the user menu are uncovered`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await signIn(page);
    await page.goto("/events");
    const nav = page.getByRole("navigation", { name: "Main" });
    const links = nav.getByRole("link");
    await expect(links).toHaveText(ADMIN_NAV);
    for (const link of await links.all()) await expectUncovered(link, `nav item "${await link.textContent()}"`);
    await expect(nav.getByRole("link", { name: "Events" })).toHaveAttribute("aria-current", "page");
    await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
    // A wide window has no menu button: the sidebar is always there.
    await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
    await expectToolsUncovered(page);

    // The open user menu lies over the page, and nothing lies over it.
    await page.getByRole("button", { name: /^Account:/ }).click();
    await expectUncovered(page.getByRole("button", { name: "Sign out" }), "Sign out");
    await page.keyboard.press("Escape");
    await expect(page.getByRole("button", { name: "Sign out" })).toBeHidden();
  });
}

test("[navigation] at 390 px the nav is a drawer that opens and closes with the keyboard", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page);
  await page.goto("/notifications");
  const nav = page.getByRole("navigation", { name: "Main" });
  const menu = page.getByRole("button", { name: "Menu" });
  await expect(nav).toBeHidden();
  await expectUncovered(menu, "menu button");
  await expectUncovered(page.getByRole("button", { name: /^Account:/ }), "user menu");

  // Skip link, then the menu button; Enter opens the drawer and focus goes to its first link.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(menu).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(nav.getByRole("link", { name: "Dashboard" })).toBeFocused();
  const links = nav.getByRole("link");
  await expect(links).toHaveText(ADMIN_NAV);
  for (const link of await links.all()) await expectUncovered(link, `nav item "${await link.textContent()}"`);
  const theme = page.getByRole("group", { name: "Theme" });
  await expect(theme).toHaveCount(1);
  for (const option of await theme.locator("label").all()) await expectUncovered(option, "theme option in the drawer");

  // The page behind is inert: Shift+Tab from the first link goes back to the menu button, not into the page.
  await nav.getByRole("link", { name: "Dashboard" }).focus();
  await page.keyboard.press("Shift+Tab");
  await expect(menu).toBeFocused();

  // Escape closes it and leaves focus on the button.
  await page.keyboard.press("Escape");
  await expect(nav).toBeHidden();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();

  // Space opens it again; following a link with Enter navigates, closes it, and focus is back on the button.
  await page.keyboard.press("Space");
  await expect(nav).toBeVisible();
  await nav.getByRole("link", { name: "Queue" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/queue$/);
  await expect(page.getByRole("heading", { name: "Queue", level: 1 })).toBeVisible();
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();
});

test("[live status] the notifications list says Live, Offline — retrying when the connection drops, and Paused while the tab is hidden", async ({ page, context }) => {
  await signIn(page);
  await page.goto("/notifications");
  const indicator = page.getByRole("status").filter({ hasText: /^(Live|Offline — retrying|Paused)$/ });
  await expect(indicator).toHaveText("Live");

  await context.setOffline(true);
  await expect(indicator).toHaveText("Offline — retrying");
  await context.setOffline(false);
  await expect(indicator).toHaveText("Live", { timeout: 20_000 });

  // Playwright cannot hide a tab; pretend to, the way the browser tells the page.
  const setHidden = (hidden: boolean) =>
    page.evaluate((value) => {
      Object.defineProperty(document, "visibilityState", { configurable: true, get: () => (value ? "hidden" : "visible") });
      document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
    }, hidden);
  await setHidden(true);
  await expect(indicator).toHaveText("Paused");
  // No list request goes out while hidden (the list polls every 5 s).
  let polled = 0;
  page.on("request", (request) => {
    if (request.url().includes("notifications.list")) polled += 1;
  });
  await page.waitForTimeout(6_000);
  expect(polled).toBe(0);
  await setHidden(false);
  await expect(indicator).toHaveText("Live");
  await expect.poll(() => polled, { timeout: 10_000 }).toBeGreaterThan(0);
});
