// The whole booking journey of issue 3, with and without JavaScript: a citizen requests
// the Auditoorium 18:00–20:00 on a Tuesday, the room manager approves it from the queue,
// the citizen sees "approved" and downloads the .ics, and a second citizen cannot have
// 19:00–21:00 that day. Each person has their own browser context, as in life.
import { expect, test } from "@playwright/test";
import { PROJECTS, addDays, expectNoAxeViolations, nextClockChange, open, person, ready, serverClock, tallinnToUtcStamp, weekdayAhead } from "./helpers";

// Several people, several pages and axe scans each: more than the default 30 s.
test.describe.configure({ timeout: 120_000 });

test("a request is approved by the room manager, downloaded as .ics, and blocks the evening", async ({ browser }, testInfo) => {
  // Weeks 5–8 ahead: other tests book the nearer Tuesdays.
  const day = await weekdayAhead(2, PROJECTS.indexOf(testInfo.project.name) + 4);
  const citizen = await person(browser, testInfo, "citizen@raekoda.test");
  const page = citizen.page;
  await open(page, testInfo, "/rooms/htg-auditoorium/book");
  await page.getByLabel("Kuupäev", { exact: true }).fill(day);
  await page.getByLabel("Algusaeg").fill("18:00");
  await page.getByLabel("Lõpuaeg").fill("20:00");
  await page.getByLabel("Osalejate arv").fill("80");
  await page.getByLabel("Ürituse eesmärk").fill("Lastevanemate koosolek");
  await page.getByLabel("Olen lugenud ruumi kasutustingimusi ja nõustun nendega").check();
  await page.getByRole("button", { name: "Saada broneerimissoov" }).click();
  await expect(page).toHaveURL(/\/my\/bookings\/\d+$/);
  const bookingPath = new URL(page.url()).pathname;
  const id = bookingPath.split("/").pop();
  await expect(page.getByText("Ootab kinnitamist").first()).toBeVisible();

  // The room manager finds it in the queue by its day and approves it.
  const manager = await person(browser, testInfo, "rooms@raekoda.test");
  await open(manager.page, testInfo, "/admin/bookings");
  await expect(manager.page.getByRole("heading", { level: 1 })).toHaveText("Broneeringud");
  await manager.page.getByLabel("Kuupäev").fill(day);
  await manager.page.getByRole("button", { name: "Otsi" }).click();
  await ready(manager.page, testInfo);
  await expectNoAxeViolations(manager.page);
  await manager.page.getByRole("link", { name: `Auditoorium · ${day} 18:00–20:00` }).click();
  await ready(manager.page, testInfo);
  await expect(manager.page).toHaveURL(new RegExp(`/admin/bookings/${id}$`));
  await expect(manager.page.getByText("Lastevanemate koosolek")).toBeVisible();
  await expectNoAxeViolations(manager.page);
  await manager.page.getByRole("button", { name: "Kinnita broneering" }).click();
  await expect(manager.page.getByRole("status")).toContainText("Broneering on kinnitatud");
  await expect(manager.page.locator(".summary-list").getByText("Kinnitatud")).toBeVisible();
  await manager.context.close();

  // The citizen sees it approved, with who approved it, and takes the calendar file.
  await open(page, testInfo, bookingPath);
  await expect(page.locator(".summary-list").getByText("Kinnitatud")).toBeVisible();
  await expect(page.locator(".history")).toContainText("Kinnitatud");
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Lisa oma kalendrisse (.ics)" }).click()]);
  expect(download.suggestedFilename()).toBe(`booking-${id}.ics`);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const ics = Buffer.concat(chunks).toString("utf8");
  expect(ics).toContain("BEGIN:VCALENDAR");
  expect(ics).toContain("STATUS:CONFIRMED");
  // 18:00 in Tartu is 16:00 UTC in winter and 15:00 UTC in summer.
  expect(ics).toContain(`DTSTART:${tallinnToUtcStamp(day, "18:00")}`);
  await citizen.context.close();

  // A second citizen cannot have 19:00–21:00 that evening, and is told why.
  const second = await person(browser, testInfo, "devteam@raekoda.test");
  await open(second.page, testInfo, "/rooms/htg-auditoorium/book");
  await second.page.getByLabel("Kuupäev", { exact: true }).fill(day);
  await second.page.getByLabel("Algusaeg").fill("19:00");
  await second.page.getByLabel("Lõpuaeg").fill("21:00");
  await second.page.getByLabel("Osalejate arv").fill("20");
  await second.page.getByLabel("Ürituse eesmärk").fill("Malehuviring");
  await second.page.getByLabel("Olen lugenud ruumi kasutustingimusi ja nõustun nendega").check();
  await second.page.getByRole("button", { name: "Saada broneerimissoov" }).click();
  await expect(second.page.locator("#start-error")).toContainText("See aeg on juba broneeritud");
  await expect(second.page.getByLabel("Ürituse eesmärk")).toHaveValue("Malehuviring");
  // The room's week shows the evening busy, without the first booker's purpose.
  await open(second.page, testInfo, `/rooms/htg-auditoorium?week=${isoWeek(day)}`);
  await expect(second.page.locator(".calendar")).toContainText("18:00–20:00 hõivatud");
  await expect(second.page.locator(".calendar")).not.toContainText("Lastevanemate koosolek");
  await expectNoAxeViolations(second.page);
  await second.context.close();
});

test("a citizen cancels a request and sees what it costs first", async ({ browser }, testInfo) => {
  const day = await weekdayAhead(3, PROJECTS.indexOf(testInfo.project.name) + 4);
  const citizen = await person(browser, testInfo, "citizen@raekoda.test");
  const page = citizen.page;
  await open(page, testInfo, "/rooms/htg-auditoorium/book");
  await page.getByLabel("Kuupäev", { exact: true }).fill(day);
  await page.getByLabel("Algusaeg").fill("17:00");
  await page.getByLabel("Lõpuaeg").fill("18:00");
  await page.getByLabel("Osalejate arv").fill("10");
  await page.getByLabel("Ürituse eesmärk").fill("Proov");
  await page.getByLabel("Olen lugenud ruumi kasutustingimusi ja nõustun nendega").check();
  await page.getByRole("button", { name: "Saada broneerimissoov" }).click();
  await expect(page).toHaveURL(/\/my\/bookings\/\d+$/);
  await expect(page.getByText("Praegu on tühistamine tasuta")).toBeVisible();
  await page.getByRole("button", { name: "Jah, tühista broneering" }).click();
  await expect(page.getByRole("status")).toContainText("Broneering on tühistatud");
  await expect(page.locator(".summary-list").getByText("Tühistatud")).toBeVisible();
  await expect(page.getByRole("button", { name: "Jah, tühista broneering" })).toHaveCount(0);
  await citizen.context.close();
});

test("the staff pages and the city calendar open", async ({ browser }, testInfo) => {
  const manager = await person(browser, testInfo, "rooms@raekoda.test");
  await open(manager.page, testInfo, "/admin/rooms/report");
  await expect(manager.page.getByRole("heading", { level: 1 })).toHaveText("Ruumide kasutus ja tulu");
  await expect(manager.page.getByRole("row", { name: /Auditoorium · Hugo Treffneri Gümnaasium/ })).toBeVisible();
  await expectNoAxeViolations(manager.page);
  await open(manager.page, testInfo, "/admin/bookings/new");
  await expectNoAxeViolations(manager.page);
  await open(manager.page, testInfo, "/admin/rooms");
  await manager.page.getByRole("link", { name: "Vana aula · Hugo Treffneri Gümnaasium" }).click();
  await ready(manager.page, testInfo);
  await expect(manager.page.getByLabel("Laupäev")).toHaveValue("");
  await expectNoAxeViolations(manager.page);
  await open(manager.page, testInfo, "/calendar");
  await expect(manager.page.getByRole("heading", { level: 1 })).toHaveText("Linna kalender");
  await expectNoAxeViolations(manager.page);
  await manager.context.close();
});

// The server's clock decides the day: `make test` runs this once more with the clock two
// days before summer time and two days before winter time (RAEKODA_NOW), so the booking
// falls on the very day the clocks change.
test("a booking on the day the clocks change is priced by its length and exported at the right UTC time @clock", async ({ browser }, testInfo) => {
  const { date: today } = await serverClock();
  const change = nextClockChange(today);
  // Rooms take bookings up to 180 days ahead: the moved clocks are two days before a change.
  expect(change.day <= addDays(today, 180), `the next clock change (${change.day}) is within the booking horizon`).toBe(true);
  const index = PROJECTS.indexOf(testInfo.project.name);
  const hour = 10 + 2 * index;
  const start = `${hour}:00`;
  const end = `${hour + 2}:00`;

  const citizen = await person(browser, testInfo, "citizen@raekoda.test");
  const page = citizen.page;
  await open(page, testInfo, "/rooms/karlova-saal/book");
  await page.getByLabel("Kuupäev", { exact: true }).fill(change.day);
  await page.getByLabel("Algusaeg").fill(start);
  await page.getByLabel("Lõpuaeg").fill(end);
  await page.getByLabel("Osalejate arv").fill("30");
  await page.getByLabel("Ürituse eesmärk").fill("Naabrite kokkutulek");
  await page.getByLabel("Olen lugenud ruumi kasutustingimusi ja nõustun nendega").check();
  await page.getByRole("button", { name: "Saada broneerimissoov" }).click();
  await expect(page).toHaveURL(/\/my\/bookings\/\d+$/);
  const bookingPath = new URL(page.url()).pathname;
  const id = bookingPath.split("/").pop();
  // Two hours at 25 € an hour, whichever way the clocks moved that night.
  await expect(page.locator(".summary-list")).toContainText("50,00");

  const admin = await person(browser, testInfo, "admin@raekoda.test");
  await open(admin.page, testInfo, `/admin/bookings/${id}`);
  await admin.page.getByRole("button", { name: "Kinnita broneering" }).click();
  await expect(admin.page.getByRole("status")).toContainText("Broneering on kinnitatud");
  await admin.context.close();

  await open(page, testInfo, bookingPath);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Lisa oma kalendrisse (.ics)" }).click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  const ics = Buffer.concat(chunks).toString("utf8");
  // After the March change Tartu is UTC+3, after the October one UTC+2.
  const utcHour = String(hour - (change.summer ? 3 : 2)).padStart(2, "0");
  expect(tallinnToUtcStamp(change.day, start)).toBe(`${change.day.replaceAll("-", "")}T${utcHour}0000Z`);
  expect(ics).toContain(`DTSTART:${change.day.replaceAll("-", "")}T${utcHour}0000Z`);
  expect(ics).toContain(`DTEND:${change.day.replaceAll("-", "")}T${String(hour + 2 - (change.summer ? 3 : 2)).padStart(2, "0")}0000Z`);
  await citizen.context.close();
});

/** ISO week of a YYYY-MM-DD date, as the calendar's `?week=` takes it. */
function isoWeek(date: string) {
  const day = new Date(`${date}T12:00:00Z`);
  const weekday = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - weekday + 3);
  const firstThursday = new Date(Date.UTC(day.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round(((day.getTime() - firstThursday.getTime()) / 86400000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}
