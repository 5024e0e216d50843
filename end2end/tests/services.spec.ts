// Services as a citizen finds them (issue 4, first part): search that handles Estonian
// word forms, browsing by topic, a service page, and "Was this helpful?" — with and
// without JavaScript, at phone and desktop widths.
import { expect, test } from "@playwright/test";
import { PROJECTS, expectNoAxeViolations, logIn, open, ready } from "./helpers";

test("searching lasteaed finds the kindergarten services and the page answers", async ({ page }, testInfo) => {
  await open(page, testInfo, "/services");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Teenused");
  await expectNoAxeViolations(page);
  await page.getByLabel("Otsi teenust").fill("lasteaeda");
  await page.getByRole("button", { name: "Otsi" }).click();
  await expect(page).toHaveURL(/q=lasteaeda/);
  const first = page.getByRole("link", { name: "Lasteaiakoha taotlemine" });
  await expect(first).toBeVisible();
  await expect(page.getByRole("link", { name: "Elaniku parkimisluba" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lasteaiakoha taotlemine");
  await expect(page.getByText("Koolieelse lasteasutuse seadus § 10")).toBeVisible();
  await expect(page.getByRole("link", { name: "Taotle e-teenusena" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Jah").check();
  await page.getByLabel("Kommentaar teenuse omanikule (valikuline)").fill("Selge leht");
  await page.getByRole("button", { name: "Saada tagasiside" }).click();
  await expect(page.getByRole("status")).toContainText("Aitäh! Tagasiside jõuab teenuse omanikuni.");
});

test("feedback without an answer is named next to the question", async ({ page }, testInfo) => {
  await open(page, testInfo, "/services/elaniku-parkimisluba");
  await page.getByRole("button", { name: "Saada tagasiside" }).click();
  await expect(page.locator(".error-summary")).toContainText("Vali „Jah“ või „Ei“.");
  await expectNoAxeViolations(page);
});

test("kindergarten in English, and browsing by topic", async ({ page }, testInfo) => {
  await open(page, testInfo, "/language/en?return_to=/services");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Services");
  await page.getByRole("link", { name: "Transport and parking" }).click();
  await expect(page.getByRole("link", { name: "Resident parking permit" })).toBeVisible();
  await open(page, testInfo, "/services?q=kindergarten");
  await expect(page.getByRole("link", { name: "Applying for a kindergarten place" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a service owner reads the service map and follows a count to its services", async ({ page }, testInfo) => {
  await logIn(page, testInfo, "owner@raekoda.test");
  await open(page, testInfo, "/admin/service-map");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Teenuste kaart");
  await expect(page.getByRole("row", { name: /Haridusosakond/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("row", { name: /^Haridusosakond/ }).getByRole("link").nth(1).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Teenuste loetelu");
  await expect(page.getByText("Teenuse omanik: Määramata").first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a service owner reads feedback, edits a service and the change shows in its history", async ({ page, browser }, testInfo) => {
  await logIn(page, testInfo, "owner@raekoda.test");
  await open(page, testInfo, "/admin/my-services");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Minu teenused");
  await expectNoAxeViolations(page);
  // Each project takes a service of its own, so parallel runs never edit the same one.
  const card = page.locator(".room-list > li.card").nth(PROJECTS.indexOf(testInfo.project.name));
  const service = card.getByRole("heading").getByRole("link");
  const slug = (await service.getAttribute("href"))?.split("/").pop() ?? "";
  expect(slug).not.toBe("");

  // Someone not signed in says the page did not help, with a comment…
  const comment = `Ei leidnud lahtiolekuaegu (${testInfo.project.name} ${Date.now().toString(36)})`;
  const use = testInfo.project.use;
  const visitor = await browser.newContext({ viewport: use.viewport, javaScriptEnabled: use.javaScriptEnabled, isMobile: use.isMobile, hasTouch: use.hasTouch, locale: "et-EE" });
  const visitorPage = await visitor.newPage();
  await open(visitorPage, testInfo, `/services/${slug}`);
  await visitorPage.getByLabel("Ei").check();
  await visitorPage.getByLabel("Kommentaar teenuse omanikule (valikuline)").fill(comment);
  await visitorPage.getByRole("button", { name: "Saada tagasiside" }).click();
  await expect(visitorPage.getByRole("status")).toContainText("Aitäh! Tagasiside jõuab teenuse omanikuni.");
  await visitor.close();

  // …and the owner reads it on the service's card.
  await open(page, testInfo, "/admin/my-services");
  const sameCard = page.locator(".room-list > li.card").filter({ has: page.locator(`a[href="/services/${slug}"]`) });
  await expect(sameCard).toContainText(`Ei: ${comment}`);

  await sameCard.getByRole("link", { name: /^Muuda: / }).click();
  await ready(page, testInfo);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Muuda teenust");
  await expectNoAxeViolations(page);
  const text = `Selgem kirjeldus (${testInfo.project.name}).`;
  await page.getByLabel("Kirjeldus (eesti keeles)").fill(text);
  await page.getByLabel("Vaatasin teenuse üle ja andmed on õiged").check();
  await page.getByRole("button", { name: "Salvesta" }).click();
  await expect(page).toHaveURL(new RegExp(`/services/${slug}$`));
  await expect(page.getByRole("status").first()).toContainText("Teenus on salvestatud");
  await expect(page.getByText(text)).toBeVisible();
  await expect(page.locator(".history")).toContainText("Tiina Teenusomanik");
});
