// Rooms as a citizen finds them (issue 3, in progress): the catalogue's filters and the
// room page, with and without JavaScript, at phone and desktop widths.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, open } from "./helpers";

/** Next Tuesday as YYYY-MM-DD (never today). */
function nextTuesday() {
  const day = new Date();
  do day.setDate(day.getDate() + 1);
  while (day.getDay() !== 2);
  return day.toISOString().slice(0, 10);
}

test("80 people on a weekday evening find the Auditoorium and its page", async ({ page }, testInfo) => {
  await open(page, testInfo, "/rooms");
  await page.getByLabel("Kuupäev").fill(nextTuesday());
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
