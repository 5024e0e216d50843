// Shared steps for the journeys: waiting for hydration, logging in, the axe scan.
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext, type Page, type TestInfo } from "@playwright/test";

export const DEMO_PASSWORD = "raekoda-demo-2026";

/** With JavaScript, wait until the page's islands are hydrated so the script path is what
 *  runs. A page without an island loads no wasm: there is nothing to wait for. Half the
 *  test's timeout, so that a page that never hydrates fails here, saying why. */
export async function ready(page: Page, testInfo: TestInfo) {
  if (testInfo.project.use.javaScriptEnabled !== false && (await page.locator("leptos-island").count()) > 0) {
    try {
      await page.locator("body[data-hydrated]").waitFor({ state: "attached", timeout: 15_000 });
    } catch (error) {
      // Say why: the page's script errors and what became of the wasm, not only "timeout".
      const wasm = await page.evaluate(() =>
        performance
          .getEntriesByType("resource")
          .filter((entry) => entry.name.includes("/pkg/"))
          .map((entry) => `${entry.name} ${Math.round(entry.duration)} ms ${(entry as PerformanceResourceTiming).transferSize} B`),
      );
      const scripts = await page.locator("script").count();
      throw new Error(
        `${page.url()} did not hydrate in 15 s; ${scripts} scripts; its policy: ${documentPolicy.get(page) ?? "none"}; ` +
          `loaded: ${wasm.join(", ") || "nothing from /pkg/"}; errors: ${(pageErrors.get(page) ?? []).join(" | ") || "none"}`,
        { cause: error },
      );
    }
  }
}

/** Script errors and console errors per page (with the address they came from), and the
 *  Content-Security-Policy of the document shown, for the message when a page does not hydrate. */
const pageErrors = new WeakMap<Page, string[]>();
const documentPolicy = new WeakMap<Page, string>();

function watch(page: Page) {
  if (pageErrors.has(page)) return;
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on("pageerror", (error) => errors.push(`pageerror at ${page.url()}: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console at ${page.url()}: ${message.text()}`);
  });
  page.on("response", (response) => {
    if (response.request().isNavigationRequest() && response.frame() === page.mainFrame()) {
      documentPolicy.set(page, `${response.status()} ${response.headers()["content-security-policy"] ?? "none"}`);
    }
  });
}

export async function open(page: Page, testInfo: TestInfo, path: string) {
  watch(page);
  const response = await page.goto(path);
  await ready(page, testInfo);
  return response;
}

export function uniqueEmail(prefix: string, testInfo: TestInfo) {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
  return `${prefix}.${testInfo.project.name}.${stamp}@raekoda.test`;
}

export type Mail = { id: string; to: string[]; subject: string; body: string };

/** What the test mail server (`make e2e` starts one) has received so far. */
export function mailbox(): Mail[] {
  const path = process.env.RAEKODA_E2E_MAILBOX;
  if (!path) throw new Error("RAEKODA_E2E_MAILBOX is not set: run through `make e2e`, which starts the test mail server");
  let text = "";
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return [];
  }
  return text.split("\n").filter((line) => line.trim()).map((line) => JSON.parse(line) as Mail);
}

/** The path of the newest link after `prefix` (e.g. "/account/verify/") in an e-mail to
 *  `to` that the test mail server received, waiting for it to arrive. */
export async function linkInMail(to: string, prefix: string): Promise<string> {
  const find = () => {
    const mails = mailbox().filter((m) => m.to.includes(to) && m.body.includes(prefix));
    const token = mails[mails.length - 1]?.body.split(prefix).pop()?.match(/^[A-Za-z0-9_-]+/)?.[0];
    return token ? prefix + token : "";
  };
  await expect.poll(find, { timeout: 30_000, message: `an e-mail to ${to} with a ${prefix} link` }).not.toBe("");
  return find();
}

/**
 * A citizen account of this test's own, made through the real sign-up server function
 * and verified through the link the test mail server received: journeys that spend failed
 * logins or change a person's things never share the demo citizen with the parallel
 * projects. Answers the e-mail; the password is DEMO_PASSWORD.
 */
export async function newCitizen(page: Page, testInfo: TestInfo, prefix: string) {
  const email = uniqueEmail(prefix, testInfo);
  const origin = new URL(testInfo.project.use.baseURL ?? "http://127.0.0.1:3000").origin;
  const headers = { Accept: "application/json", Origin: origin };
  const response = await page.request.post("/api/accounts/sign_up", {
    form: { name: `Testi ${prefix}`, email, password: DEMO_PASSWORD, accept_terms: "on" },
    headers,
  });
  expect(response.status(), await response.text()).toBe(200);
  const link = await linkInMail(email, "/account/verify/");
  const verified = await page.request.post("/api/accounts/verify_email", { form: { token: link.split("/").pop()! }, headers });
  expect(verified.status(), await verified.text()).toBe(200);
  // Signing up signs the person in; the journey decides when to log in itself.
  await page.context().clearCookies();
  return email;
}

/**
 * Signs a new person up through the sign-up page, as a person would, and confirms the
 * address through the link the test mail server received. Ends on /account, signed in.
 * Answers the e-mail; the password is "minu-pikk-parool-2026".
 */
export async function signUpAndConfirm(page: Page, testInfo: TestInfo, name: string, prefix: string) {
  const email = uniqueEmail(prefix, testInfo);
  await open(page, testInfo, "/signup");
  await page.getByLabel("Nimi").fill(name);
  await page.getByLabel("E-posti aadress").fill(email);
  await page.getByLabel("Parool").fill("minu-pikk-parool-2026");
  await page.getByLabel("Olen lugenud andmete töötlemise põhimõtteid ja nõustun nendega").check();
  await page.getByRole("button", { name: "Loo konto" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await open(page, testInfo, await linkInMail(email, "/account/verify/"));
  await page.getByRole("button", { name: "Kinnita minu aadress" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("status")).toContainText("E-posti aadress on kinnitatud");
  await ready(page, testInfo);
  return email;
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

/**
 * The server's clock in Tartu (Europe/Tallinn), from `/healthz`'s `Raekoda-Clock` header.
 * Every date a journey types is computed from it: never from the machine's clock, its
 * time zone or UTC, so the suite holds on any date and under a moved clock (`RAEKODA_NOW`).
 */
export async function serverClock(): Promise<{ date: string; time: string }> {
  const base = process.env.RAEKODA_E2E_URL ?? "http://127.0.0.1:3000";
  const response = await fetch(`${base}/healthz`);
  const clock = response.headers.get("raekoda-clock");
  if (!clock) throw new Error("/healthz sent no Raekoda-Clock header");
  return { date: clock.slice(0, 10), time: clock.slice(11, 16) };
}

/** Whether a `YYYY-MM-DD` date is one of Estonia's fixed-date public holidays. */
export function isFixedHoliday(date: string) {
  return FIXED_HOLIDAYS.includes(date.slice(5));
}

/** Calendar arithmetic on `YYYY-MM-DD` dates, free of any time zone. */
export function addDays(date: string, days: number) {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, of a `YYYY-MM-DD` date. */
export function weekdayOf(date: string) {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** A weekday some days after the server's today that is no holiday, a different one per
 *  project so parallel runs never collide. */
export async function weekdayAhead(weekday: number, projectIndex: number) {
  const free = (date: string) => weekdayOf(date) === weekday && !FIXED_HOLIDAYS.includes(date.slice(5));
  let day = addDays((await serverClock()).date, 2);
  while (!free(day)) day = addDays(day, 1);
  for (let i = 0; i < projectIndex; i++) {
    day = addDays(day, 1);
    while (!free(day)) day = addDays(day, 1);
  }
  return day;
}

/** How far Tartu's wall clock is ahead of UTC at an instant (2 h in winter, 3 h in summer). */
function tallinnOffsetMs(utcMs: number) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Tallinn",
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(new Date(utcMs))
      .map((part) => [part.type, part.value]),
  );
  return Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second) - utcMs;
}

/** A Tartu wall-clock time as the iCalendar UTC stamp it must become (`20270329T150000Z`). */
export function tallinnToUtcStamp(date: string, time: string) {
  const wall = Date.parse(`${date}T${time}:00Z`);
  let utc = wall;
  for (let i = 0; i < 3; i++) utc = wall - tallinnOffsetMs(utc);
  return new Date(utc).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** The next Sunday after `date` on which Europe changes its clocks (the last Sunday of
 *  March or of October), with the offset it changes to. */
export function nextClockChange(date: string): { day: string; summer: boolean } {
  const lastSunday = (year: number, month: number) => {
    let day = addDays(`${year}-${String(month + 1).padStart(2, "0")}-01`, -1);
    while (weekdayOf(day) !== 0) day = addDays(day, -1);
    return day;
  };
  const year = +date.slice(0, 4);
  for (const candidate of [year, year + 1].flatMap((y) => [{ day: lastSunday(y, 3), summer: true }, { day: lastSunday(y, 10), summer: false }])) {
    if (candidate.day > date) return candidate;
  }
  throw new Error(`no clock change after ${date}`);
}

/** ISO week of a YYYY-MM-DD date, as the calendar's `?week=` takes it. */
export function isoWeek(date: string) {
  const day = new Date(`${date}T12:00:00Z`);
  const weekday = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - weekday + 3);
  const firstThursday = new Date(Date.UTC(day.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round(((day.getTime() - firstThursday.getTime()) / 86400000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

export const PROJECTS = ["desktop-js", "phone-js", "desktop-nojs", "phone-nojs"];

/** Another person, signed in, in a browser context of their own with the project's
 *  settings (viewport, JavaScript on or off): journeys with several people use one each. */
export async function person(browser: Browser, testInfo: TestInfo, email: string) {
  const { context, page } = await stranger(browser, testInfo);
  await logIn(page, testInfo, email);
  return { context, page };
}

/** A browser of its own with the project's settings, signed in as nobody. */
export async function stranger(browser: Browser, testInfo: TestInfo) {
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
  return { context, page };
}
