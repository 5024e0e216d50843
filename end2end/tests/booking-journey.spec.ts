// The whole booking journey of issue 3, with and without JavaScript: a citizen requests
// the Auditoorium 18:00–20:00 on a Tuesday, the room manager approves it from the queue,
// the citizen sees "approved" and downloads the .ics, and a second citizen cannot have
// 19:00–21:00 that day. Each person has their own browser context, as in life.
import { expect, test } from "@playwright/test";
import { PROJECTS, addDays, isFixedHoliday, newCitizen, expectNoAxeViolations, nextClockChange, open, person, ready, serverClock, tallinnToUtcStamp, weekdayAhead, isoWeek } from "./helpers";

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

test("a weekly series with extras names the date that is taken, and is sent once the series ends before it", async ({ page, browser }, testInfo) => {
  const index = PROJECTS.indexOf(testInfo.project.name);
  // Thursdays 10–13 weeks ahead, an hour of each project's own so series never meet.
  // Four Thursdays in a row with no holiday among them (each project keeps its own step).
  let step = index + 10;
  let first = await weekdayAhead(4, step);
  while ([0, 7, 14, 21].some((days) => isFixedHoliday(addDays(first, days)))) {
    step += PROJECTS.length;
    first = await weekdayAhead(4, step);
  }
  const taken = addDays(first, 14);
  const start = `${10 + 2 * index}:00`;
  const end = `${11 + 2 * index}:00`;
  // Estonian pages write dates as 04.03.2027.
  const shown = (date: string) => date.split("-").reverse().join(".");
  const email = await newCitizen(page, testInfo, "sari");
  const citizen = await person(browser, testInfo, email);
  const booker = citizen.page;
  const fill = async (date: string, until: string, purpose: string) => {
    await open(booker, testInfo, "/rooms/linnaraamatukogu-konverentsisaal/book");
    await booker.getByLabel("Kuupäev", { exact: true }).fill(date);
    await booker.getByLabel("Algusaeg").fill(start);
    await booker.getByLabel("Lõpuaeg").fill(end);
    await booker.getByLabel("Korda iga nädal kuni (valikuline)").fill(until);
    await booker.getByLabel("Osalejate arv").fill("30");
    await booker.getByLabel("Ürituse eesmärk").fill(purpose);
  };
  // Someone (here the same person) already has the third Thursday.
  await fill(taken, "", "Raamatuklubi");
  await booker.getByLabel("Olen lugenud ruumi kasutustingimusi ja nõustun nendega").check();
  await booker.getByRole("button", { name: "Saada broneerimissoov" }).click();
  await expect(booker).toHaveURL(/\/my\/bookings\/\d+$/);

  await fill(first, addDays(first, 21), "Lugemisõhtute sari");
  await booker.getByLabel("Tehnika kasutamine", { exact: false }).check();
  if (testInfo.project.use.javaScriptEnabled === false) {
    await booker.getByRole("button", { name: "Arvuta hind" }).click();
  }
  // The quote itemises the hour and the extra, per date, and lists every date.
  const quote = booker.locator("section.quote");
  await expect(quote).toContainText("Tehnika kasutamine, 1 h × 5,00 €");
  await expect(quote.getByRole("row", { name: /Ühe kuupäeva hind/ })).toContainText("35,00 €");
  await expect(quote.locator(".quote-dates li")).toHaveCount(4);
  await expect(quote.locator(".quote-dates li", { hasText: shown(taken) })).toContainText("See aeg on juba broneeritud");
  await expect(quote.locator(".quote-dates li", { hasText: shown(first) })).toContainText("vaba");
  await expectNoAxeViolations(booker);
  await booker.getByLabel("Olen lugenud ruumi kasutustingimusi ja nõustun nendega").check();
  await booker.getByRole("button", { name: "Saada broneerimissoov" }).click();
  await expect(booker.locator(".error-summary")).toContainText("Kõiki kordusi ei saa broneerida");
  await expect(booker.locator(".error-summary")).toContainText(shown(taken));
  await expect(booker.getByLabel("Ürituse eesmärk")).toHaveValue("Lugemisõhtute sari");

  // Ending the series the week before the taken date: sent, as a series of two.
  await booker.getByLabel("Korda iga nädal kuni (valikuline)").fill(addDays(first, 7));
  await booker.getByRole("button", { name: "Saada broneerimissoov" }).click();
  await expect(booker).toHaveURL(/\/my\/bookings\/\d+$/);
  await expect(booker.getByText(/Iganädalane kordus/)).toBeVisible();
  await open(booker, testInfo, "/my/bookings");
  const second = addDays(first, 7);
  await expect(booker.getByRole("link", { name: new RegExp(`${second}|${shown(second).replaceAll(".", "\\.")}`) })).toBeVisible();
  await citizen.context.close();
});

// The server's clock decides the day: `make test` runs this with the clock two days before
// summer time and two days before winter time (RAEKODA_NOW), so the booking is made in one
// offset for the Monday after the change, in the other. (Monday, not the Sunday itself:
// in 2027 the March change falls on Easter Sunday, when rooms are closed.)
test("a booking made before the clocks change, for the day after, is priced by its length and exported at the right UTC time @clock", async ({ browser }, testInfo) => {
  const { date: today } = await serverClock();
  const change = nextClockChange(today);
  const day = addDays(change.day, 1);
  // Rooms take bookings up to 180 days ahead: the moved clocks are two days before a change.
  expect(day <= addDays(today, 180), `the day after the next clock change (${day}) is within the booking horizon`).toBe(true);
  const index = PROJECTS.indexOf(testInfo.project.name);
  // Three hours apart: two hours each and the room's 30-minute buffer between them.
  const hour = 8 + 3 * index;
  const start = `${String(hour).padStart(2, "0")}:00`;
  const end = `${String(hour + 2).padStart(2, "0")}:00`;

  const citizen = await person(browser, testInfo, "citizen@raekoda.test");
  const page = citizen.page;
  await open(page, testInfo, "/rooms/karlova-saal/book");
  await page.getByLabel("Kuupäev", { exact: true }).fill(day);
  await page.getByLabel("Algusaeg").fill(start);
  await page.getByLabel("Lõpuaeg").fill(end);
  await page.getByLabel("Osalejate arv").fill("30");
  await page.getByLabel("Ürituse eesmärk").fill("Naabrite kokkutulek");
  await page.getByLabel("Olen lugenud ruumi kasutustingimusi ja nõustun nendega").check();
  await page.getByRole("button", { name: "Saada broneerimissoov" }).click();
  await expect(page).toHaveURL(/\/my\/bookings\/\d+$/);
  const bookingPath = new URL(page.url()).pathname;
  const id = bookingPath.split("/").pop();
  // Two hours at 25 € an hour: the length is the same on either side of the change.
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
  expect(tallinnToUtcStamp(day, start)).toBe(`${day.replaceAll("-", "")}T${utcHour}0000Z`);
  expect(ics).toContain(`DTSTART:${day.replaceAll("-", "")}T${utcHour}0000Z`);
  expect(ics).toContain(`DTEND:${day.replaceAll("-", "")}T${String(hour + 2 - (change.summer ? 3 : 2)).padStart(2, "0")}0000Z`);
  await citizen.context.close();
});
