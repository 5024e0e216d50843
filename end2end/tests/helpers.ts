// Shared steps for the journeys: waiting for hydration, logging in, the axe scan.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext, type Page, type TestInfo } from "@playwright/test";

export const DEMO_PASSWORD = "raekoda-demo-2026";

/** With JavaScript, wait until the page is hydrated so the script path is what runs. */
export async function ready(page: Page, testInfo: TestInfo) {
  if (testInfo.project.use.javaScriptEnabled !== false) {
    await page.locator("body[data-hydrated]").waitFor({ state: "attached" });
  }
}

export async function open(page: Page, testInfo: TestInfo, path: string) {
  const response = await page.goto(path);
  await ready(page, testInfo);
  return response;
}

export function uniqueEmail(prefix: string, testInfo: TestInfo) {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
  return `${prefix}.${testInfo.project.name}.${stamp}@raekoda.test`;
}

export async function logIn(page: Page, testInfo: TestInfo, email: string, password = DEMO_PASSWORD) {
  await open(page, testInfo, "/login");
  await page.getByLabel("E-posti aadress").fill(email);
  await page.getByLabel("Parool").fill(password);
  await page.getByRole("button", { name: "Logi sisse" }).click();
  await expect(page.getByRole("status")).toHaveText(/Oled sisse logitud/);
  await ready(page, testInfo);
}

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * axe must find no WCAG 2.1 A/AA violation on the page as it is now.
 *
 * axe runs as a script in the page. Where JavaScript is off, the page's exact DOM is copied
 * into a scripted twin page (its own scripts removed, same URL base and viewport) and
 * scanned there, so the no-JS rendering is what gets checked.
 */
export async function expectNoAxeViolations(page: Page) {
  const url = page.url();
  let target = page;
  let twin: BrowserContext | undefined;
  if (test.info().project.use.javaScriptEnabled === false) {
    const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "");
    const browser = page.context().browser();
    if (!browser) throw new Error("no browser to open the axe twin page in");
    twin = await browser.newContext({ javaScriptEnabled: true, viewport: page.viewportSize() });
    target = await twin.newPage();
    await target.setContent(html.replace(/<head>/i, `<head><base href="${url}">`), { waitUntil: "load" });
  }
  try {
    const results = await new AxeBuilder({ page: target }).withTags(AXE_TAGS).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
    expect(summary, `axe violations on ${url}`).toEqual([]);
  } finally {
    await twin?.close();
  }
}

// Estonia's fixed-date public holidays; the movable ones fall on Fridays and Sundays only.
const FIXED_HOLIDAYS = ["01-01", "02-24", "05-01", "06-23", "06-24", "08-20", "12-24", "12-25", "12-26"];

/** A weekday some weeks ahead that is no holiday, a different week per project so
 *  parallel runs never collide. */
export function weekdayAhead(weekday: number, projectIndex: number) {
  const day = new Date();
  day.setDate(day.getDate() + 2);
  const iso = () => day.toISOString().slice(0, 10);
  const nextFree = () => {
    while (day.getDay() !== weekday || FIXED_HOLIDAYS.includes(iso().slice(5))) day.setDate(day.getDate() + 1);
  };
  nextFree();
  for (let i = 0; i < projectIndex; i++) {
    day.setDate(day.getDate() + 1);
    nextFree();
  }
  return iso();
}

export const PROJECTS = ["desktop-js", "phone-js", "desktop-nojs", "phone-nojs"];

/** Another person, signed in, in a browser context of their own with the project's
 *  settings (viewport, JavaScript on or off): journeys with several people use one each. */
export async function person(browser: Browser, testInfo: TestInfo, email: string) {
  const use = testInfo.project.use;
  const context = await browser.newContext({
    baseURL: use.baseURL,
    viewport: use.viewport,
    javaScriptEnabled: use.javaScriptEnabled,
    isMobile: use.isMobile,
    hasTouch: use.hasTouch,
    deviceScaleFactor: use.deviceScaleFactor,
    locale: "et-EE",
  });
  const page = await context.newPage();
  await logIn(page, testInfo, email);
  return { context, page };
}
