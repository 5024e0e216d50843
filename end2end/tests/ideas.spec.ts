// Citizens' ideas (issue 5), with and without JavaScript: a citizen submits an idea with a
// place (a click on the map with JavaScript, typed coordinates without), mistakes are named
// next to their fields and nothing typed is lost; another person supports it once; the
// map shows its markers with no tile server reachable, and the list works without it.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, newCitizen, open, person, signUpAndConfirm } from "./helpers";

test.describe.configure({ timeout: 150_000 });

test("a citizen submits an idea with a place and another supports it once", async ({ page, browser }, testInfo) => {
  const js = testInfo.project.use.javaScriptEnabled !== false;
  await signUpAndConfirm(page, testInfo, "Idee Ilmar", "idee");

  // Through the main menu: with JavaScript the router renders these pages in the browser.
  await page.getByRole("navigation", { name: "Peamenüü" }).getByRole("link", { name: "Räägi kaasa!" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Räägi kaasa!");
  await expect(page.getByRole("link", { name: "Uued jäätmejaamad Annelinnas" })).toBeVisible();
  if (js) await expect(page.locator(".places-map__canvas path.leaflet-interactive").first()).toBeVisible();
  await page.getByRole("navigation", { name: "Peamenüü" }).getByRole("link", { name: "Ideed" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ideed");
  await expect(page.getByRole("link", { name: "Rattaparkla Raekoja platsi äärde" })).toBeVisible();
  if (js) {
    // No tile server is reachable here: the markers still show.
    await expect(page.locator(".places-map__canvas path.leaflet-interactive").first()).toBeVisible();
  }
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Esita idee" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Esita idee");

  // Mistakes first: each is named next to its field, and what was typed stays.
  const title = `Joogiveekraan Toomemäele (${testInfo.project.name} ${Date.now().toString(36)})`;
  await page.getByLabel("Idee pealkiri").fill(title);
  await page.getByLabel("Laiuskraad").fill("59,437");
  await page.getByLabel("Pikkuskraad").fill("24,753");
  await page.getByRole("button", { name: "Esita idee" }).click();
  await expect(page.locator("#description-error")).toContainText("Kirjelda ideed");
  await expect(page.locator("#topic-error")).toBeVisible();
  await expect(page.locator("#latitude-error")).toContainText("Tartu koha koordinaadid");
  await expect(page.getByLabel("Idee pealkiri")).toHaveValue(title);
  await expectNoAxeViolations(page);

  await page.getByLabel("Kirjeldus: mis on praegu valesti ja mida teha").fill("Suvel käib Toomemäel palju inimesi, kuid joogivett pole kusagil.");
  await page.getByLabel("Teema").selectOption({ label: "Liikuvus" });
  if (js) {
    // A click on the map fills the coordinates.
    await page.getByLabel("Laiuskraad").fill("");
    await page.getByLabel("Pikkuskraad").fill("");
    const map = page.getByRole("region", { name: "Kaart koha valimiseks" });
    await expect(map).toBeVisible();
    await map.click({ position: { x: 120, y: 90 } });
    await expect(page.getByLabel("Laiuskraad")).toHaveValue(/^58\.3\d+$/);
    await expect(page.getByLabel("Pikkuskraad")).toHaveValue(/^26\.\d+$/);
  } else {
    await page.getByLabel("Laiuskraad").fill("58,3800");
    await page.getByLabel("Pikkuskraad").fill("26,7170");
  }
  await page.getByRole("button", { name: "Esita idee" }).click();
  await expect(page.locator(".notice")).toContainText("Aitäh! Sinu idee on avaldatud.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("Kogub toetust")).toBeVisible();
  await expect(page.getByText("Toetusi: 0 / 100")).toBeVisible();
  await expect(page.locator(".places-map__list")).toContainText(/58\.3\d+, 26\.\d+/);
  await expect(page.getByText("See on sinu idee.")).toBeVisible();
  await expectNoAxeViolations(page);
  const ideaUrl = page.url();

  // Someone else supports it once.
  const supporter = await person(browser, testInfo, "citizen@raekoda.test");
  await open(supporter.page, testInfo, ideaUrl);
  await supporter.page.getByRole("button", { name: "Toetan" }).click();
  await expect(supporter.page.locator(".notice")).toContainText("Aitäh! Sinu toetus on arvesse võetud.");
  await expect(supporter.page.getByText("Toetusi: 1 / 100")).toBeVisible();
  await expect(supporter.page.getByRole("button", { name: "Toetan" })).toHaveCount(0);
  const id = ideaUrl.split("/").pop()?.split(/[?#]/)[0] ?? "";
  const again = await supporter.page.request.post("/api/ideas/support", {
    form: { id },
    headers: { Accept: "application/json", Origin: new URL(ideaUrl).origin },
  });
  expect(again.status()).toBe(409);
  await supporter.context.close();
});

test("the review list is for staff; the inbox asks to log in", async ({ page }, testInfo) => {
  const response = await open(page, testInfo, "/my/inbox");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/login\?next=\/my\/inbox$/);
  await open(page, testInfo, "/admin/ideas");
  await expect(page).toHaveURL(/\/login\?next=\/admin\/ideas$/);
});

// Answering itself is server-tested (ideas.rs) and journeyed in "an idea in a new topic reaches its threshold…".
test("staff see ideas in review and an administrator opens the answer form", async ({ browser }, testInfo) => {
  const admin = await person(browser, testInfo, "admin@raekoda.test");
  await open(admin.page, testInfo, "/admin/ideas");
  await expect(admin.page.getByRole("heading", { level: 1 })).toHaveText("Ideede ülevaatus");
  await expect(admin.page.getByRole("link", { name: "Pakendikonteiner Karlova parki" })).toBeVisible();
  await expectNoAxeViolations(admin.page);
  await admin.page.getByRole("link", { name: "Pakendikonteiner Karlova parki" }).click();
  await expect(admin.page.getByRole("heading", { name: "Vasta ideele linna nimel" })).toBeVisible();
  await expectNoAxeViolations(admin.page);
  await admin.context.close();
});

test("an idea in a new topic reaches its threshold, is moderated, and the city answers it", async ({ page, browser }, testInfo) => {
  const stamp = `${testInfo.project.name}-${Date.now().toString(36)}`;
  const topicName = `Haljastus ${stamp}`;
  // A topic of this project's own, with a threshold of two supports.
  const admin = await person(browser, testInfo, "admin@raekoda.test");
  await open(admin.page, testInfo, "/admin/topics/new");
  await admin.page.getByLabel("Nimi eesti keeles").fill(topicName);
  await admin.page.getByLabel("Nimi inglise keeles").fill(`Greenery ${stamp}`);
  await admin.page.getByLabel("Aadress", { exact: true }).fill(`haljastus-${stamp}`);
  await admin.page.getByLabel("Tutvustus eesti keeles").fill("Puud, pargid ja haljasalad.");
  await admin.page.getByLabel("Toetusi idee ülevaatuseks").fill("2");
  await expectNoAxeViolations(admin.page);
  await admin.page.getByRole("button", { name: "Salvesta", exact: true }).click();
  // Saved, it opens the new topic's editor with a notice.
  await expect(admin.page).toHaveURL(new RegExp(`/admin/topics/haljastus-${stamp}/edit$`));
  await expect(admin.page.getByText("Salvestatud.").first()).toBeVisible();
  await open(admin.page, testInfo, `/topics/haljastus-${stamp}`);
  await expect(admin.page.getByRole("heading", { level: 1 })).toHaveText(topicName);

  const authorEmail = await newCitizen(page, testInfo, "autor");
  const secondEmail = await newCitizen(page, testInfo, "toetaja");
  const author = await person(browser, testInfo, authorEmail);
  await open(author.page, testInfo, "/ideas/new");
  const title = `Puud Ülejõe parki (${stamp})`;
  await author.page.getByLabel("Idee pealkiri").fill(title);
  await author.page.getByLabel("Kirjeldus: mis on praegu valesti ja mida teha").fill("Pargis on vähe varju; istutame kümme puud.");
  await author.page.getByLabel("Teema").selectOption({ label: topicName });
  await author.page.getByRole("button", { name: "Esita idee" }).click();
  await expect(author.page.getByText("Toetusi: 0 / 2")).toBeVisible();
  const ideaPath = new URL(author.page.url()).pathname;

  // Two supports: the second takes it to the city's review list, and the author is told.
  const first = await person(browser, testInfo, "citizen@raekoda.test");
  await open(first.page, testInfo, ideaPath);
  await first.page.getByRole("button", { name: "Toetan" }).click();
  await expect(first.page.getByText("Toetusi: 1 / 2")).toBeVisible();
  const second = await person(browser, testInfo, secondEmail);
  await open(second.page, testInfo, ideaPath);
  await second.page.getByRole("button", { name: "Toetan" }).click();
  await expect(second.page.getByText("Toetusi: 2 / 2")).toBeVisible();
  await open(author.page, testInfo, "/my/inbox");
  await expect(author.page.getByRole("link", { name: `Sinu idee „${title}” sai piisavalt toetust ja on nüüd linna ülevaatusel.` })).toBeVisible();

  // Someone reports it; a moderator hides it with a reason, then restores it.
  await open(second.page, testInfo, ideaPath);
  await second.page.getByText("Teata rikkumisest").click();
  await second.page.getByLabel("Mis on valesti?").fill("Sama idee on juba olemas");
  await second.page.getByRole("button", { name: "Saada teade moderaatorile" }).click();
  await expect(second.page.getByText("Aitäh! Moderaatorid vaatavad selle üle.")).toBeVisible();
  const moderator = await person(browser, testInfo, "moderator@raekoda.test");
  await open(moderator.page, testInfo, "/admin/moderation");
  const card = moderator.page.locator("li.card", { hasText: title });
  await expect(card).toContainText("Sama idee on juba olemas");
  await card.getByLabel("Põhjus (jääb ajalukku)").fill("Kontrollin, kas see on kordus");
  await card.getByRole("button", { name: "Peida idee" }).click();
  await expect(moderator.page.getByText("Idee on peidetud.")).toBeVisible();
  await expect(moderator.page.locator("li.card", { hasText: title })).toContainText("Peidetud");
  await open(first.page, testInfo, ideaPath);
  await expect(first.page.getByRole("heading", { level: 1 })).toHaveText("Peidetud idee");
  const again = moderator.page.locator("li.card", { hasText: title });
  await again.getByLabel("Põhjus (jääb ajalukku)").fill("Ei ole kordus");
  await again.getByRole("button", { name: "Taasta idee" }).click();
  await expect(moderator.page.getByText("Idee on taastatud.")).toBeVisible();
  // Restored and its report dealt with, it no longer waits in the queue.
  await expect(moderator.page.locator("li.card", { hasText: title })).toHaveCount(0);
  await open(first.page, testInfo, ideaPath);
  await expect(first.page.getByRole("heading", { level: 1 })).toHaveText(title);

  // The administrator finds it in review and answers; the author reads the answer.
  await open(admin.page, testInfo, "/admin/ideas");
  await admin.page.getByRole("link", { name: title }).click();
  const answer = "Istutame sügisel kaheksa pärna; asukohad on lisatud pargi kavasse.";
  await admin.page.getByLabel("Linna vastus").fill(answer);
  await admin.page.getByRole("button", { name: "Avalda vastus" }).click();
  await expect(admin.page.getByText("Vastus on avaldatud ja autor saab teate.")).toBeVisible();
  await open(author.page, testInfo, ideaPath);
  await expect(author.page.getByText("Linn on vastanud").first()).toBeVisible();
  await expect(author.page.getByText(answer)).toBeVisible();
  await open(author.page, testInfo, "/my/inbox");
  await expect(author.page.getByRole("link", { name: `Linn vastas sinu ideele „${title}”.` })).toBeVisible();
  for (const someone of [admin, author, first, second, moderator]) await someone.context.close();
});
