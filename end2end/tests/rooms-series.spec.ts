// A weekly series at a reduced price, as the people concerned meet it (issue 13, items 3
// and 10): the booker must name the organisation the price is for; the administrator sees
// the category, the organisation and the discount, rejects one date on its own page (the
// exception), approves the rest of the series at once; the booker then cancels what is left
// of the series from the rejected date's page, and every date says its status in words.
import { expect, test } from "@playwright/test";
import { PROJECTS, addDays, isFixedHoliday, newCitizen, expectNoAxeViolations, open, person, weekdayAhead } from "./helpers";

test.describe.configure({ timeout: 120_000 });

test("a reduced-price weekly series needs its organisation, is decided as a whole with one date rejected, and is cancelled as a whole", async ({ page, browser }, testInfo) => {
  const index = PROJECTS.indexOf(testInfo.project.name);
  // Wednesdays 14–17 weeks ahead, three in a row with no holiday among them; an hour of each
  // project's own (two hours and the room's buffer apart) in a room no other journey books.
  let step = index + 14;
  let first = await weekdayAhead(3, step);
  while ([0, 7, 14].some((days) => isFixedHoliday(addDays(first, days)))) {
    step += PROJECTS.length;
    first = await weekdayAhead(3, step);
  }
  const hour = 8 + 3 * index;
  const start = `${String(hour).padStart(2, "0")}:00`;
  const end = `${String(hour + 2).padStart(2, "0")}:00`;
  // Estonian pages write dates as 04.03.2027.
  const shown = (date: string) => date.split("-").reverse().join(".");
  const dates = [first, addDays(first, 7), addDays(first, 14)].map(shown);

  const email = await newCitizen(page, testInfo, "soodus");
  const citizen = await person(browser, testInfo, email);
  const booker = citizen.page;
  await open(booker, testInfo, "/rooms/annelinna-aeroobikasaal/book");
  await booker.getByLabel("Kuupäev", { exact: true }).fill(first);
  await booker.getByLabel("Algusaeg").fill(start);
  await booker.getByLabel("Lõpuaeg").fill(end);
  await booker.getByLabel("Korda iga nädal kuni (valikuline)").fill(addDays(first, 14));
  await booker.getByLabel("Osalejate arv").fill("20");
  await booker.getByLabel("Ürituse eesmärk").fill("Seeniorite võimlemine");
  await booker.getByLabel("Hinnakategooria").selectOption({ label: "Mittetulundusühing" });
  await booker.getByLabel("Olen lugenud ruumi kasutustingimusi ja nõustun nendega").check();
  await booker.getByRole("button", { name: "Saada broneerimissoov" }).click();

  // No organisation named: the message stands next to its field, nothing typed is lost.
  await expect(booker.locator("#organisation-error")).toContainText("soodushind kehtib ainult organisatsioonile");
  await expect(booker.getByLabel(/^Organisatsioon/)).toHaveAttribute("aria-invalid", "true");
  await expect(booker.getByLabel("Ürituse eesmärk")).toHaveValue("Seeniorite võimlemine");
  await expectNoAxeViolations(booker);
  await booker.getByLabel(/^Organisatsioon/).fill("MTÜ Annelinna Seeniorid");
  const terms = booker.getByLabel("Olen lugenud ruumi kasutustingimusi ja nõustun nendega");
  if (!(await terms.isChecked())) await terms.check();
  await booker.getByRole("button", { name: "Saada broneerimissoov" }).click();
  await expect(booker).toHaveURL(/\/my\/bookings\/\d+$/);
  const firstId = new URL(booker.url()).pathname.split("/").pop();
  const bookerDates = booker.locator(".series-dates li");
  await expect(bookerDates).toHaveCount(3);
  for (const date of dates) {
    await expect(bookerDates.filter({ hasText: date })).toContainText("Ootab kinnitamist");
  }

  // The administrator sees what was asked, for whom, and what it takes off the price.
  const admin = await person(browser, testInfo, "admin@raekoda.test");
  const staff = admin.page;
  await open(staff, testInfo, `/admin/bookings/${firstId}`);
  const facts = staff.locator(".summary-list");
  await expect(facts).toContainText("Mittetulundusühing");
  await expect(facts).toContainText("MTÜ Annelinna Seeniorid");
  await expect(staff.getByRole("heading", { name: "Hinna koosseis" })).toBeVisible();
  await expect(staff.locator(".quote-table")).toContainText(/Soodustus: Mittetulundusühing maksab \d+%/);
  await expect(staff.getByText("Broneerija soovib soodushinda „Mittetulundusühing” organisatsioonile „MTÜ Annelinna Seeniorid”")).toBeVisible();
  await expect(staff.getByRole("button", { name: "Kinnita tavahinnaga" })).toBeVisible();
  await expect(staff.getByText("Korraga otsustatakse kõik 3 veel otsustamata kuupäeva")).toBeVisible();
  await expectNoAxeViolations(staff);

  // The first date is the exception: rejected on its own page, with the reason.
  await staff.getByLabel("Tagasilükkamise põhjus").fill("Sel päeval on saalis võistlus");
  await staff.getByRole("button", { name: "Lükka tagasi", exact: true }).click();
  await expect(staff.getByRole("status")).toBeVisible();
  const staffDates = staff.locator(".series-dates li");
  await expect(staffDates.filter({ hasText: dates[0] })).toContainText("Tagasi lükatud");

  // The rest of the series at once, from the second date's page.
  await staffDates.filter({ hasText: dates[1] }).getByRole("link").click();
  await expect(staff.getByText("Korraga otsustatakse kõik 2 veel otsustamata kuupäeva")).toBeVisible();
  await staff.getByRole("button", { name: "Kinnita kogu kordus" }).click();
  await expect(staff.getByRole("status")).toContainText("Korduse otsus on tehtud");
  await expect(staffDates.filter({ hasText: dates[0] })).toContainText("Tagasi lükatud");
  await expect(staffDates.filter({ hasText: dates[1] })).toContainText("Kinnitatud");
  await expect(staffDates.filter({ hasText: dates[2] })).toContainText("Kinnitatud");
  await admin.context.close();

  // The booker reads the reason on the rejected date's page and cancels the rest from there.
  await open(booker, testInfo, `/my/bookings/${firstId}`);
  await expect(booker.getByText("Sel päeval on saalis võistlus").first()).toBeVisible();
  await expect(booker.getByRole("link", { name: /\.ics/ })).toHaveCount(0);
  await expect(booker.getByText("Tühistatakse 2 kuupäeva, mis pole veel alanud")).toBeVisible();
  await booker.getByRole("button", { name: "Jah, tühista kogu kordus" }).click();
  await expect(booker.getByRole("status")).toContainText("Kordus on tühistatud");
  await expect(bookerDates.filter({ hasText: dates[0] })).toContainText("Tagasi lükatud");
  await expect(bookerDates.filter({ hasText: dates[1] })).toContainText("Tühistatud");
  await expect(bookerDates.filter({ hasText: dates[2] })).toContainText("Tühistatud");
  await expect(booker.getByRole("button", { name: "Jah, tühista kogu kordus" })).toHaveCount(0);
  await expectNoAxeViolations(booker);
  await citizen.context.close();
});
