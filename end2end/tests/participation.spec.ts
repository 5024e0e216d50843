// Participation as a citizen finds it (issue 5, first part), with and without JavaScript:
// the Waste hub's chart and its table, a consultation supported once and commented on.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, open, person, ready, signUpAndConfirm, newCitizen } from "./helpers";

test.describe.configure({ timeout: 90_000 });

test("a citizen reads the Waste hub, supports a consultation once and comments", async ({ page, baseURL }, testInfo) => {
  // A person of their own per project: support counts once per person.
  await signUpAndConfirm(page, testInfo, "Osaleja Olev", "osaleja");

  await open(page, testInfo, "/topics/waste");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jäätmed");
  await expect(page.getByRole("img", { name: /Üle antud jäätmed/ })).toBeVisible();
  const table = page.getByRole("table", { name: /Üle antud jäätmed/ });
  await expect(table.getByRole("row", { name: /2022/ })).toContainText(/23\s491,13 t/);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Uued jäätmejaamad Annelinnas" }).click();
  await ready(page, testInfo);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uued jäätmejaamad Annelinnas");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Toetan" }).click();
  await expect(page.locator(".notice")).toContainText("Aitäh! Sinu toetus on arvesse võetud.");
  await expect(page.getByText("Oled seda toetanud. Aitäh!")).toBeVisible();
  await expect(page.getByRole("button", { name: "Toetan" })).toHaveCount(0);
  // A second support is refused by the server too, not only hidden.
  const again = await page.request.post("/api/consultations/support", {
    form: { slug: "jaatmejaamad-2027" },
    headers: { Accept: "application/json", Origin: baseURL ?? "" },
  });
  expect(again.status()).toBe(409);

  // The survey: one question of each kind.
  const survey = page.locator("#survey");
  await survey.getByLabel("Jah", { exact: true }).check();
  await survey.getByLabel("Klaas").check();
  await survey.getByLabel("Biojäätmed").check();
  await survey.getByLabel("4", { exact: true }).check();
  await survey.getByLabel("Mida veel peaksime teadma?").fill("Jäätmejaam peaks olema valgustatud.");
  if (testInfo.project.use.javaScriptEnabled !== false) {
    // The pin question's map: a click fills the coordinates (typed ones replace them below).
    await survey.getByRole("region", { name: "Kaart koha valimiseks" }).click({ position: { x: 100, y: 80 } });
    await expect(survey.getByLabel("Laiuskraad")).toHaveValue(/^58\.\d+$/);
  }
  await survey.getByLabel("Laiuskraad").fill("58,3722");
  await survey.getByLabel("Pikkuskraad").fill("26,7551");
  await expectNoAxeViolations(page);
  await survey.getByRole("button", { name: "Saada vastused" }).click();
  await expect(page.locator(".notice")).toContainText("Aitäh! Sinu vastused on salvestatud.");
  await expect(page.getByText("Oled küsitlusele vastanud.")).toBeVisible();

  await ready(page, testInfo);
  const text = `Konteinerid võiksid olla Kaunase puiesteel <b>kohe</b> (${testInfo.project.name} ${Date.now().toString(36)})`;
  await page.getByLabel("Sinu kommentaar").fill(text);
  await page.getByRole("button", { name: "Saada kommentaar" }).click();
  await expect(page.locator(".notice")).toContainText("Kommentaar on avaldatud.");
  // Shown as the text it is: the <b> is not markup.
  await expect(page.locator(".comment__body", { hasText: text })).toHaveText(text);
  await expectNoAxeViolations(page);
});

test("a closed consultation shows its survey results and the city's response", async ({ page }, testInfo) => {
  await open(page, testInfo, "/have-your-say/paikesepaneelid-koolidel");
  await expect(page.locator(".tag")).toHaveText("Lõppenud");
  await expect(page.getByRole("heading", { name: "Linna vastus" })).toBeVisible();
  await expect(page.getByText(/Keskmine hinne: \d,\d/)).toBeVisible();
  await expectNoAxeViolations(page);
});

// Publishing the city's response is journeyed on a consultation of each project's own
// (consultation-editor.spec.ts): overwriting the demo's response here raced the test above.

test("a plan shows its goals and progress", async ({ page }, testInfo) => {
  await open(page, testInfo, "/plans/energia-2030");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Energia 2030");
  await expect(page.getByText("Teest sihini on läbitud 47%.")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a moderator hides a reported comment, with the reason kept", async ({ browser }, testInfo) => {
  const newPerson = (email: string) => person(browser, testInfo, email);
  const text = `Ostke meie pesumasinaid! (${testInfo.project.name} ${Date.now().toString(36)})`;
  const writer = await newPerson("steward@raekoda.test");
  await open(writer.page, testInfo, "/have-your-say/jaatmejaamad-2027");
  await writer.page.getByLabel("Sinu kommentaar").fill(text);
  await writer.page.getByRole("button", { name: "Saada kommentaar" }).click();
  await expect(writer.page.locator(".notice")).toContainText("Kommentaar on avaldatud.");

  const reader = await newPerson("citizen@raekoda.test");
  await open(reader.page, testInfo, "/have-your-say/jaatmejaamad-2027");
  const comment = reader.page.locator("li.comment", { hasText: text });
  await comment.getByText("Teata rikkumisest").click();
  await comment.getByLabel("Mis on valesti?").fill("Reklaam");
  await comment.getByRole("button", { name: "Saada teade moderaatorile" }).click();
  await expect(reader.page.locator(".notice")).toContainText("Moderaator vaatab kommentaari üle.");

  const moderator = await newPerson("moderator@raekoda.test");
  await open(moderator.page, testInfo, "/admin/moderation");
  await expect(moderator.page.getByRole("heading", { level: 1 })).toHaveText("Modereerimine");
  await expectNoAxeViolations(moderator.page);
  const card = moderator.page.locator("li.card", { hasText: text });
  await expect(card).toContainText("Reklaam");
  await card.getByLabel("Põhjus (jääb ajalukku)").fill("Reklaam, mitte arvamus");
  await card.getByRole("button", { name: "Peida kommentaar" }).click();
  await expect(moderator.page.locator(".notice")).toContainText("Kommentaar on peidetud.");
  await expect(moderator.page.locator("li.card", { hasText: text })).toContainText("Reklaam, mitte arvamus");

  await open(reader.page, testInfo, "/have-your-say/jaatmejaamad-2027");
  await expect(reader.page.getByText(text)).toHaveCount(0);
  await expect(reader.page.getByText("Moderaator peitis selle kommentaari").first()).toBeVisible();
  for (const person of [writer, reader, moderator]) await person.context.close();
});

test("a comment is edited within 15 minutes, gets a reply, and its writer hears of the reply", async ({ page, browser }, testInfo) => {
  const writerEmail = await newCitizen(page, testInfo, "kommenteerija");
  const replierEmail = await newCitizen(page, testInfo, "vastaja");
  const writer = await person(browser, testInfo, writerEmail);
  await open(writer.page, testInfo, "/have-your-say/jaatmejaamad-2027");
  const stamp = `${testInfo.project.name} ${Date.now().toString(36)}`;
  const first = `Jäätmejaam võiks olla avatud ka pühapäeviti (${stamp})`;
  await writer.page.getByLabel("Sinu kommentaar").fill(first);
  await writer.page.getByRole("button", { name: "Saada kommentaar" }).click();
  await expect(writer.page.locator(".notice")).toContainText("Kommentaar on avaldatud.");

  // The writer corrects it at once.
  const corrected = `Jäätmejaam võiks olla avatud ka laupäeviti ja pühapäeviti (${stamp})`;
  const mine = writer.page.locator("li.comment", { hasText: first });
  await mine.getByText("Muuda (15 minuti jooksul)").click();
  await mine.getByLabel("Sinu kommentaar").fill(corrected);
  await mine.getByRole("button", { name: "Salvesta muudatus" }).click();
  await expect(writer.page.locator(".notice")).toContainText("Kommentaar on muudetud.");
  const edited = writer.page.locator("li.comment", { hasText: corrected });
  await expect(edited).toContainText("muudetud");
  await expect(writer.page.getByText(first)).toHaveCount(0);

  // Someone else replies under it.
  const replier = await person(browser, testInfo, replierEmail);
  await open(replier.page, testInfo, "/have-your-say/jaatmejaamad-2027");
  const reply = `Nõus, nädalavahetusel on aega (${stamp})`;
  const theirs = replier.page.locator("li.comment", { hasText: corrected }).first();
  await theirs.getByText("Vasta", { exact: true }).click();
  await theirs.getByLabel("Sinu vastus").fill(reply);
  await theirs.getByRole("button", { name: "Saada vastus" }).click();
  await expect(replier.page.locator(".notice")).toBeVisible();
  // The reply stands inside the comment it answers.
  await expect(replier.page.locator("li.comment", { hasText: corrected }).first().locator("li.comment", { hasText: reply })).toBeVisible();
  await expectNoAxeViolations(replier.page);
  await replier.context.close();

  await open(writer.page, testInfo, "/my/inbox");
  await expect(writer.page.getByRole("link", { name: "Sinu kommentaarile arutelus „Uued jäätmejaamad Annelinnas” vastati." })).toBeVisible();
  await writer.context.close();
});
