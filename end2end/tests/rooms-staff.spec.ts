// The room manager's side of bookings, with and without JavaScript: rejecting a request
// with a reason the booker reads (on the booking and in the inbox, marked read there),
// blocking a time and booking on someone's behalf (both busy on the room's week), and the
// month's report as CSV. Each project uses its own days and its own booker.
import { expect, test } from "@playwright/test";
import { PROJECTS, newCitizen, expectNoAxeViolations, open, person, ready, weekdayAhead, isoWeek } from "./helpers";

test.describe.configure({ timeout: 120_000 });

test("a room manager rejects a request with a reason, which the booker reads on the booking and in the inbox", async ({ page, browser }, testInfo) => {
  const day = await weekdayAhead(5, PROJECTS.indexOf(testInfo.project.name) + 6);
  const email = await newCitizen(page, testInfo, "tagasi");
  const booker = await person(browser, testInfo, email);
  await open(booker.page, testInfo, "/rooms/htg-auditoorium/book");
  await booker.page.getByLabel("Kuupäev", { exact: true }).fill(day);
  await booker.page.getByLabel("Algusaeg").fill("17:00");
  await booker.page.getByLabel("Lõpuaeg").fill("19:00");
  await booker.page.getByLabel("Osalejate arv").fill("40");
  await booker.page.getByLabel("Ürituse eesmärk").fill("Kooriproov");
  await booker.page.getByLabel("Olen lugenud ruumi kasutustingimusi ja nõustun nendega").check();
  await booker.page.getByRole("button", { name: "Saada broneerimissoov" }).click();
  await expect(booker.page).toHaveURL(/\/my\/bookings\/\d+$/);
  const bookingPath = new URL(booker.page.url()).pathname;
  const id = bookingPath.split("/").pop();

  const manager = await person(browser, testInfo, "rooms@raekoda.test");
  await open(manager.page, testInfo, `/admin/bookings/${id}`);
  await expect(manager.page.getByText("Kooriproov")).toBeVisible();
  // No reason: refused, and named at the field.
  await manager.page.getByRole("button", { name: "Lükka tagasi" }).click();
  await expect(manager.page.locator(".error-summary")).toBeVisible();
  await expect(manager.page.locator(".summary-list").getByText("Ootab kinnitamist")).toBeVisible();
  const reason = `Saal on sel õhtul remondis, sobib järgmine nädal (${testInfo.project.name}).`;
  await manager.page.getByLabel("Tagasilükkamise põhjus").fill(reason);
  await manager.page.getByRole("button", { name: "Lükka tagasi" }).click();
  await expect(manager.page.getByRole("status")).toContainText("Broneering on tagasi lükatud");
  await manager.context.close();

  await open(booker.page, testInfo, bookingPath);
  await expect(booker.page.locator(".summary-list").getByText("Tagasi lükatud")).toBeVisible();
  await expect(booker.page.getByText(reason).first()).toBeVisible();
  await expectNoAxeViolations(booker.page);

  await open(booker.page, testInfo, "/my/inbox");
  await expect(booker.page.getByRole("heading", { level: 1 })).toHaveText("Minu teated");
  const message = booker.page.locator("li").filter({ hasText: "Sinu broneeringu" }).first();
  await expect(message).toContainText("Lugemata");
  await expectNoAxeViolations(booker.page);
  await booker.page.getByRole("button", { name: "Märgi kõik loetuks" }).click();
  await expect(booker.page.getByText("Kõik teated on loetud.")).toBeVisible();
  await expect(booker.page.locator("li").filter({ hasText: "Sinu broneeringu" }).first()).toContainText("Loetud");
  await expect(booker.page.getByRole("button", { name: "Märgi kõik loetuks" })).toHaveCount(0);
  await booker.context.close();
});

test("a room manager blocks a time and books on someone's behalf, and the room's week shows both busy", async ({ browser }, testInfo) => {
  const day = await weekdayAhead(1, PROJECTS.indexOf(testInfo.project.name) + 6);
  const manager = await person(browser, testInfo, "rooms@raekoda.test");
  const page = manager.page;
  const add = async (kind: string, start: string, end: string, purpose: string, extra?: () => Promise<void>) => {
    await open(page, testInfo, "/admin/bookings/new");
    await page.getByLabel("Ruum").selectOption({ label: "Klassiruum 204 · Hugo Treffneri Gümnaasium" });
    await page.getByLabel("Mis see on?").selectOption({ label: kind });
    await page.getByLabel("Kuupäev").fill(day);
    await page.getByLabel("Algusaeg").fill(start);
    await page.getByLabel("Lõpuaeg").fill(end);
    await page.getByLabel("Eesmärk või sulgemise põhjus").fill(purpose);
    if (extra) await extra();
    await page.getByRole("button", { name: "Lisa kalendrisse" }).click();
    await expect(page.getByRole("status")).toContainText("Lisatud kalendrisse.");
  };
  await add("Suletud aeg (remont, asutuse üritus)", "17:00", "18:00", "Põranda lakkimine");
  await add("Broneering kellegi eest", "19:00", "21:00", "Vilistlaste kokkutulek", async () => {
    await page.getByLabel("Broneerija nimi").fill("Peeter Vilistlane");
    await page.getByLabel("Broneerija e-posti aadress").fill(`vilistlane.${testInfo.project.name}@example.ee`);
    await page.getByLabel("Osalejate arv").fill("25");
  });
  await ready(page, testInfo);

  // A citizen sees both times busy on the room's calendar, without their purposes.
  const citizen = await person(browser, testInfo, "citizen@raekoda.test");
  await open(citizen.page, testInfo, `/rooms/htg-klassiruum-204?week=${isoWeek(day)}`);
  const calendar = citizen.page.locator(".calendar");
  await expect(calendar).toContainText("17:00–18:00");
  await expect(calendar).toContainText("19:00–21:00 hõivatud");
  await expect(calendar).not.toContainText("Põranda lakkimine");
  await expect(calendar).not.toContainText("Vilistlaste kokkutulek");
  await citizen.context.close();

  // The same evening can no longer be booked over them.
  await open(page, testInfo, "/admin/bookings/new");
  await page.getByLabel("Ruum").selectOption({ label: "Klassiruum 204 · Hugo Treffneri Gümnaasium" });
  await page.getByLabel("Mis see on?").selectOption({ label: "Suletud aeg (remont, asutuse üritus)" });
  await page.getByLabel("Kuupäev").fill(day);
  await page.getByLabel("Algusaeg").fill("17:30");
  await page.getByLabel("Lõpuaeg").fill("19:30");
  await page.getByLabel("Eesmärk või sulgemise põhjus").fill("Kattuv");
  await page.getByRole("button", { name: "Lisa kalendrisse" }).click();
  await expect(page.locator(".error-summary")).toBeVisible();
  await expect(page.getByLabel("Eesmärk või sulgemise põhjus")).toHaveValue("Kattuv");
  await manager.context.close();
});

test("a room manager downloads the month's report as CSV", async ({ browser }, testInfo) => {
  const manager = await person(browser, testInfo, "rooms@raekoda.test");
  await open(manager.page, testInfo, "/admin/rooms/report");
  await expect(manager.page.getByRole("heading", { level: 1 })).toHaveText("Ruumide kasutus ja tulu");
  const [download] = await Promise.all([manager.page.waitForEvent("download"), manager.page.getByRole("link", { name: "Laadi alla CSV-failina" }).click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  const lines = Buffer.concat(chunks).toString("utf8").trim().split("\r\n");
  expect(lines[0]).toBe("month,institution,room,bookings,booked_hours,bookable_hours,utilisation_percent,revenue_eur,blocks,blocked_hours");
  expect(lines.some((line) => line.includes("Hugo Treffneri Gümnaasium,Auditoorium,"))).toBe(true);
  await manager.context.close();
});

// Each project edits a room of its own.
const EDITED_ROOMS: Record<string, { slug: string; link: string }> = {
  "desktop-js": { slug: "linnaraamatukogu-seminariruum", link: "Seminariruum · Tartu Linnaraamatukogu" },
  "phone-js": { slug: "linnaraamatukogu-naitusesaal", link: "Näitusesaal · Tartu Linnaraamatukogu" },
  "desktop-nojs": { slug: "annelinna-raamatukogu-lugemissaal", link: "Lugemissaal · Tartu Linnaraamatukogu Annelinna haruraamatukogu" },
  "phone-nojs": { slug: "annelinna-raamatukogu-lastetuba", link: "Lastetuba · Tartu Linnaraamatukogu Annelinna haruraamatukogu" },
};

test("staff edit a room's terms and hourly price, a bad price is named, and the room page shows the change", async ({ browser }, testInfo) => {
  const room = EDITED_ROOMS[testInfo.project.name];
  const admin = await person(browser, testInfo, "admin@raekoda.test");
  const page = admin.page;
  await open(page, testInfo, "/admin/rooms");
  await page.getByRole("link", { name: room.link }).click();
  await ready(page, testInfo);
  await expectNoAxeViolations(page);
  const terms = `Toas ei sööda. Võtme saab infolauast (${testInfo.project.name}).`;
  await page.getByLabel("Kasutustingimused (eesti keeles)").fill(terms);
  await page.getByLabel("Tunnihind (eurot)").fill("kümme");
  await page.getByRole("button", { name: "Salvesta muudatused" }).click();
  await expect(page.locator(".error-summary")).toBeVisible();
  await expect(page.getByLabel("Kasutustingimused (eesti keeles)")).toHaveValue(terms);
  await page.getByLabel("Tunnihind (eurot)").fill("17,50");
  await page.getByRole("button", { name: "Salvesta muudatused" }).click();
  await expect(page.getByText("Ruumi andmed on salvestatud.")).toBeVisible();
  await admin.context.close();

  const visitor = await browser.newContext({ viewport: testInfo.project.use.viewport, javaScriptEnabled: testInfo.project.use.javaScriptEnabled, locale: "et-EE" });
  const roomPage = await visitor.newPage();
  await open(roomPage, testInfo, `/rooms/${room.slug}`);
  await expect(roomPage.getByText(terms)).toBeVisible();
  await expect(roomPage.getByText(/17,50 €/).first()).toBeVisible();
  await visitor.close();
});
