// Rooms as a citizen finds them (issue 3): the catalogue's filters, the room page and the
// booking request, with and without JavaScript, at phone and desktop widths.
import { expect, test } from "@playwright/test";
import { PROJECTS, expectNoAxeViolations, logIn, open, ready, weekdayAhead } from "./helpers";


test("80 people on a weekday evening find the Auditoorium and its page", async ({ page }, testInfo) => {
  await open(page, testInfo, "/rooms");
  // A Thursday: the booking journeys fill Tuesday and Wednesday evenings.
  await page.getByLabel("Kuupäev").fill(await weekdayAhead(4, PROJECTS.indexOf(testInfo.project.name)));
  await page.getByLabel("Algus").fill("18:00");
  await page.getByLabel("Lõpp").fill("20:00");
  await page.getByLabel("Inimeste arv").fill("80");
  await page.getByRole("button", { name: "Otsi" }).click();

  await expect(page).toHaveURL(/people=80/);
  const auditorium = page.getByRole("link", { name: "Auditoorium" });
  await expect(auditorium).toBeVisible();
  await expect(page.getByRole("link", { name: "Klassiruum 204" })).toHaveCount(0);
  await expect(page.getByLabel("Inimeste arv")).toHaveValue("80");
  await expectNoAxeViolations(page);

  await auditorium.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Auditoorium");
  await expect(page.getByText("50,00 € tund")).toBeVisible();
  await expect(page.getByText("212 m²").first()).toBeVisible();
  await expect(page.getByText("Sundventilatsioon", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a search that finds nothing says why", async ({ page }, testInfo) => {
  await open(page, testInfo, "/rooms?people=5000");
  await expect(page.getByRole("heading", { name: "Ükski ruum ei vasta otsingule" })).toBeVisible();
  await expect(page.getByText(/ruumi on liiga väikesed/)).toBeVisible();
});

test("an unreadable filter is named next to its field", async ({ page }, testInfo) => {
  await open(page, testInfo, "/rooms?people=palju");
  await expect(page.locator("#people-error")).toContainText("Sisesta inimeste arv numbrina");
  await expect(page.getByLabel("Inimeste arv")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
});

test("the room page reads in English too", async ({ page }, testInfo) => {
  await open(page, testInfo, "/rooms/linnaraamatukogu-konverentsisaal");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page.getByText("150.00 € per day (10:00–18:00)")).toBeVisible();
  await expect(page.getByText("Technical assistance: 7.00 € per hour")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the front page leads to a featured room and its institution", async ({ page }, testInfo) => {
  await open(page, testInfo, "/");
  await expect(page.getByRole("heading", { name: "Esile tõstetud ruumid" })).toBeVisible();
  await page.getByRole("link", { name: "Konverentsisaal" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Konverentsisaal");
  await page.getByRole("link", { name: "Tartu Linnaraamatukogu", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tartu Linnaraamatukogu");
  await expect(page.getByRole("link", { name: "Seminariruum" })).toBeVisible();
  await expectNoAxeViolations(page);
  await open(page, testInfo, "/institutions");
  await expect(page.getByRole("link", { name: "Annelinna Spordihall" })).toBeVisible();
  await expectNoAxeViolations(page);
});


test("a citizen requests 18:00–20:00 on a Tuesday and sees the quote follow the time to 100,00 €", async ({ page }, testInfo) => {
  const scripted = testInfo.project.use.javaScriptEnabled !== false;
  await logIn(page, testInfo, "citizen@raekoda.test");
  await open(page, testInfo, "/rooms/htg-auditoorium");
  await page.getByRole("link", { name: "Saada broneerimissoov" }).click();
  await ready(page, testInfo);
  await page.getByLabel("Kuupäev").fill(await weekdayAhead(2, PROJECTS.indexOf(testInfo.project.name)));
  await page.getByLabel("Algusaeg").fill("18:00");
  await page.getByLabel("Lõpuaeg").fill("21:00");
  await page.getByLabel("Osalejate arv").fill("80");
  await page.getByLabel("Ürituse eesmärk").fill("Koolitus õpetajatele");
  const total = page.getByRole("row", { name: /Kokku/ });
  // With JavaScript the quote is live (an island) and the reload button is not offered;
  // without, "Calculate the price" reloads the page with the fields kept.
  const calculate = async () => {
    if (scripted) {
      await expect(page.getByRole("button", { name: "Arvuta hind" })).toBeHidden();
    } else {
      await page.getByRole("button", { name: "Arvuta hind" }).click();
      await expect(page.getByLabel("Osalejate arv")).toHaveValue("80");
    }
  };
  await calculate();
  await expect(total).toContainText("150,00 €");
  // An hour less: the quote follows the time.
  await page.getByLabel("Lõpuaeg").fill("20:00");
  await calculate();
  await expect(total).toContainText("100,00 €");
  await expect(page.getByRole("row", { name: /Ruum, 2 h × 50,00 €/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Olen lugenud ruumi kasutustingimusi ja nõustun nendega").check();
  await page.getByRole("button", { name: "Saada broneerimissoov" }).click();
  await expect(page).toHaveURL(/\/my\/bookings\/\d+$/);
  await expect(page.getByRole("status")).toContainText("Broneerimissoov on saadetud");
  await expect(page.getByText("Ootab kinnitamist").first()).toBeVisible();
  await expect(page.locator(".summary-list")).toContainText("100,00 €");
  // The booking's page itemises the price as the form did.
  await expect(page.getByRole("row", { name: /Ruum, 2 h × 50,00 €/ })).toContainText("100,00 €");
  await expectNoAxeViolations(page);
  await open(page, testInfo, "/my/bookings");
  await expect(page.getByRole("link", { name: /Auditoorium · .* 18:00–20:00/ }).first()).toBeVisible();
});

test("a Saturday request is refused with the room's hours", async ({ page }, testInfo) => {
  await logIn(page, testInfo, "citizen@raekoda.test");
  await open(page, testInfo, "/rooms/htg-auditoorium/book");
  await page.getByLabel("Kuupäev").fill(await weekdayAhead(6, PROJECTS.indexOf(testInfo.project.name)));
  await page.getByLabel("Algusaeg").fill("18:00");
  await page.getByLabel("Lõpuaeg").fill("20:00");
  await page.getByLabel("Osalejate arv").fill("20");
  await page.getByLabel("Ürituse eesmärk").fill("Sünnipäev");
  await page.getByLabel("Olen lugenud ruumi kasutustingimusi ja nõustun nendega").check();
  await page.getByRole("button", { name: "Saada broneerimissoov" }).click();
  await expect(page.locator("#start-error")).toContainText("Seda ruumi saab broneerida E–R 17:00–21:00.");
  await expect(page.getByLabel("Ürituse eesmärk")).toHaveValue("Sünnipäev");
  await expectNoAxeViolations(page);
});

test("strangers are asked to log in before booking", async ({ page }, testInfo) => {
  await open(page, testInfo, "/rooms/htg-auditoorium/book");
  await expect(page).toHaveURL(/\/login\?next=/);
});
