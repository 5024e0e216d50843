// The service-development proposal journey of issue 4, with and without JavaScript: a
// service owner drafts a proposal and submits it; the development team assesses it (one
// amber rating with an action) and requests changes; the proposer edits and resubmits;
// it is approved, piloted and implemented, and the service's changelog shows it. A
// citizen gets 403 at /proposals. Each person has their own browser context.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, open, person, ready } from "./helpers";

test.describe.configure({ timeout: 180_000 });

const SECTIONS = 12;
const CRITERIA = 14;

/** Rates every criterion green except those given, and decides. */
async function assess(page: Page, ratings: Record<number, string>, decision: string) {
  for (let i = 0; i < CRITERIA; i++) {
    await page.locator(`#rating-${i}-${ratings[i] ?? "green"}`).check();
  }
  await page.getByLabel(decision, { exact: true }).check();
}

test("a proposal is drafted, assessed, changed, approved, piloted and implemented", async ({ browser }, testInfo) => {
  const withJs = testInfo.project.use.javaScriptEnabled !== false;
  const title = `Parkimisluba ühe klikiga (${testInfo.project.name} ${Date.now().toString(36)})`;

  // The proposer starts a draft.
  const proposer = await person(browser, testInfo, "owner@raekoda.test");
  let page = proposer.page;
  await open(page, testInfo, "/proposals");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Teenuste arendusettepanekud");
  await expectNoAxeViolations(page);
  await page.getByLabel("Ettepaneku pealkiri").fill(title);
  await page.getByLabel("Teenus", { exact: true }).selectOption({ label: "Elaniku parkimisluba" });
  await page.getByLabel("Kavandatav teenuse omanik").fill("Tiina Teenusomanik");
  await page.getByRole("button", { name: "Alusta ettepanekut" }).click();
  await expect(page).toHaveURL(/\/proposals\/\d+\/edit$/);
  await ready(page, testInfo);
  const id = page.url().match(/\/proposals\/(\d+)\//)![1];

  // Written as you go: with JavaScript the change saves itself, without it "Save the draft".
  const problem = page.getByLabel("1. Probleem: mis ei toimi ja kelle jaoks?");
  await problem.fill("Elanik täidab paberil avalduse ja lisab väljavõtte, mis linnal juba on.");
  if (withJs) {
    await problem.blur();
    await expect(page.locator(".autosave")).toHaveText("Mustand on salvestatud.");
  } else {
    await page.getByRole("button", { name: "Salvesta mustand" }).click();
    await expect(page.locator(".notice")).toContainText("Mustand on salvestatud.");
  }
  await expectNoAxeViolations(page);

  // Submitting too early names the missing sections; what was written stays.
  await page.getByRole("button", { name: "Esita hindamiseks" }).click();
  await expect(page.locator(".error-summary")).toContainText("Vasta sellele osale enne esitamist.");
  await expect(page.getByLabel("1. Probleem: mis ei toimi ja kelle jaoks?")).toHaveValue(/paberil avalduse/);
  const sections = page.locator('textarea[name^="sections"]');
  await expect(sections).toHaveCount(SECTIONS);
  for (let i = 1; i < SECTIONS; i++) {
    await sections.nth(i).fill(`Vastus osale ${i + 1}.`);
  }
  await page.getByRole("button", { name: "Esita hindamiseks" }).click();
  await expect(page).toHaveURL(new RegExp(`/proposals/${id}\\?submitted=1$`));
  await expect(page.locator(".notice")).toContainText("Ettepanek on esitatud.");
  await expect(page.locator(".summary-list")).toContainText("Esitatud");

  // The development team assesses: one amber with an action, and asks for changes.
  const team = await person(browser, testInfo, "devteam@raekoda.test");
  let review = team.page;
  await open(review, testInfo, `/proposals/${id}`);
  await review.getByRole("link", { name: "Hinda ettepanekut" }).click();
  await expect(review.getByRole("heading", { level: 1 })).toContainText("Hinnang");
  await assess(review, { 0: "amber" }, "Palu muudatusi");
  await review.locator('[name="comments[0]"]').fill("Eakate vajadusi pole uuritud.");
  await review.getByLabel("Tegevus 1: mida teha").fill("Testida viie eakaga");
  await review.getByLabel("Tegevus 1: vastutaja").fill("Tiina Teenusomanik");
  await review.getByLabel("Tegevus 1: tähtaeg").fill("2027-01-15");
  await review.getByLabel("Kokkuvõte ettepaneku tegijale").fill("Hea mõte; palun testige eakatega.");
  await expectNoAxeViolations(review);
  await review.getByRole("button", { name: "Salvesta hinnang" }).click();
  await expect(review).toHaveURL(new RegExp(`/proposals/${id}\\?assessed=1$`));
  await expect(review.locator(".summary-list")).toContainText("Vajab muutmist");

  // The proposer reads the assessment, edits and resubmits.
  await open(page, testInfo, `/proposals/${id}`);
  await expect(page.getByText("Kollane: osaliselt, vajab tegevusi")).toBeVisible();
  await expect(page.getByText(/Testida viie eakaga/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Muuda ettepanekut" }).click();
  await ready(page, testInfo);
  await expect(page.getByText("Hea mõte; palun testige eakatega.")).toBeVisible();
  await page.getByLabel("6. Prototüüp ja mida testimine näitas").fill("Viis eakat said loa ilma abita.");
  await page.getByLabel(/Märkus hindajatele/).fill("Testisime eakatega.");
  await page.getByRole("button", { name: "Esita hindamiseks" }).click();
  await expect(page).toHaveURL(new RegExp(`/proposals/${id}\\?submitted=1$`));

  // Approved, piloted, implemented.
  await open(review, testInfo, `/proposals/${id}/assess`);
  await assess(review, {}, "Kiida heaks");
  await review.getByRole("button", { name: "Salvesta hinnang" }).click();
  await expect(review.locator(".summary-list")).toContainText("Heaks kiidetud");
  await ready(review, testInfo);
  await review.getByRole("button", { name: "Alusta piloteerimist" }).click();
  await expect(review.locator(".summary-list")).toContainText("Piloteerimisel");
  await ready(review, testInfo);
  await expect(review.getByLabel("Teenus, mis loodi või mida muudeti")).toHaveValue("elaniku-parkimisluba");
  await expectNoAxeViolations(review);
  await review.getByRole("button", { name: "Märgi ellu viiduks" }).click();
  await expect(review.locator(".summary-list")).toContainText("Ellu viidud");
  await expect(review.locator(".history")).toContainText("Piloteerimisel → Ellu viidud");

  // The service's changelog shows it and links back; the board and library have it.
  await open(review, testInfo, "/services/elaniku-parkimisluba");
  await expect(review.getByRole("link", { name: title })).toHaveAttribute("href", `/proposals/${id}`);
  await open(review, testInfo, "/proposals/board");
  await expect(review.getByRole("region", { name: /Ellu viidud/ }).getByRole("link", { name: title })).toBeVisible();
  await expectNoAxeViolations(review);
  await open(review, testInfo, "/proposals/library");
  await expect(review.getByRole("link", { name: title })).toBeVisible();
  await expectNoAxeViolations(review);

  await proposer.context.close();
  await team.context.close();
});

test("a draft written quickly through every section keeps all of it, also when the page is left at once", async ({ browser }, testInfo) => {
  const withJs = testInfo.project.use.javaScriptEnabled !== false;
  const proposer = await person(browser, testInfo, "owner@raekoda.test");
  const page = proposer.page;
  await open(page, testInfo, "/proposals");
  await page.getByLabel("Ettepaneku pealkiri").fill(`Kiire kirjutaja (${testInfo.project.name} ${Date.now().toString(36)})`);
  await page.getByLabel("Kavandatav teenuse omanik").fill("Tiina Teenusomanik");
  await page.getByRole("button", { name: "Alusta ettepanekut" }).click();
  await expect(page).toHaveURL(/\/proposals\/\d+\/edit$/);
  await ready(page, testInfo);
  const editPath = new URL(page.url()).pathname;
  const sections = page.locator('textarea[name^="sections"]');
  // Every section in a row, no field ever left by a click or Tab before the last.
  for (let i = 0; i < SECTIONS; i++) await sections.nth(i).fill(`Kiiresti kirjutatud osa ${i + 1}.`);
  if (withJs) {
    // Said only once the save held the last keystroke.
    await expect(page.locator(".autosave")).toHaveText("Mustand on salvestatud.");
  } else {
    await page.getByRole("button", { name: "Salvesta mustand" }).click();
    await expect(page.locator(".notice")).toContainText("Mustand on salvestatud.");
  }
  await open(page, testInfo, editPath);
  for (let i = 0; i < SECTIONS; i++) await expect(sections.nth(i)).toHaveValue(`Kiiresti kirjutatud osa ${i + 1}.`);

  // A last change, and away at once (with JavaScript: before the pause that saves it).
  await sections.nth(SECTIONS - 1).fill("Viimane mõte enne lahkumist.");
  if (!withJs) await page.getByRole("button", { name: "Salvesta mustand" }).click();
  await open(page, testInfo, "/proposals");
  // The browser sends the beacon as the page goes, but nothing orders it before the next
  // page's GET: on a busy machine the save may land a moment later. Come back until it has.
  await expect(async () => {
    await open(page, testInfo, editPath);
    await expect(sections.nth(SECTIONS - 1)).toHaveValue("Viimane mõte enne lahkumist.", { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await proposer.context.close();
});

test("a citizen gets 403 at /proposals", async ({ browser }, testInfo) => {
  const citizen = await person(browser, testInfo, "citizen@raekoda.test");
  const response = await open(citizen.page, testInfo, "/proposals");
  expect(response?.status()).toBe(403);
  await expect(citizen.page.getByRole("heading", { level: 1 })).toBeVisible();
  await citizen.context.close();
});

test("a proposal followed by staff is rejected with a reason, ends there, and the proposer reads why", async ({ browser }, testInfo) => {
  const title = `Paberivabad ehitusload (${testInfo.project.name} ${Date.now().toString(36)})`;
  const proposer = await person(browser, testInfo, "owner@raekoda.test");
  const page = proposer.page;
  await open(page, testInfo, "/proposals");
  await page.getByLabel("Ettepaneku pealkiri").fill(title);
  await page.getByLabel("Teenus", { exact: true }).selectOption({ label: "Elaniku parkimisluba" });
  await page.getByLabel("Kavandatav teenuse omanik").fill("Tiina Teenusomanik");
  await page.getByRole("button", { name: "Alusta ettepanekut" }).click();
  await expect(page).toHaveURL(/\/proposals\/\d+\/edit$/);
  await ready(page, testInfo);
  const id = page.url().match(/\/proposals\/(\d+)\//)![1];
  const sections = page.locator('textarea[name^="sections"]');
  for (let i = 0; i < SECTIONS; i++) await sections.nth(i).fill(`Vastus osale ${i + 1}.`);
  await page.getByRole("button", { name: "Esita hindamiseks" }).click();
  await expect(page).toHaveURL(new RegExp(`/proposals/${id}\\?submitted=1$`));

  const team = await person(browser, testInfo, "devteam@raekoda.test");
  const review = team.page;
  // Staff follow a proposal from its page; it is listed with what they follow.
  await open(review, testInfo, `/proposals/${id}`);
  await review.getByRole("region", { name: "Jälgi" }).getByRole("button", { name: "Jälgi", exact: true }).click();
  await expect(review.getByText("Jälgid nüüd seda.")).toBeVisible();
  await open(review, testInfo, "/my/subscriptions");
  await expect(review.getByRole("link", { name: title })).toBeVisible();
  await open(review, testInfo, `/proposals/${id}/assess`);
  await assess(review, { 2: "red", 5: "red" }, "Lükka tagasi");
  // A rejection needs a reason for the proposer: refused without one, nothing lost.
  await review.getByRole("button", { name: "Salvesta hinnang" }).click();
  await expect(review.locator(".error-summary")).toContainText("Kirjuta ettepaneku tegijale põhjus.");
  await expect(review.locator("#rating-2-red")).toBeChecked();
  const reason = "Sama muudatus on juba riigi e-ehituse portaalis tulemas.";
  // A red rating needs its reason too.
  await review.locator('[name="comments[2]"]').fill("Kasu kasutajale on tõendamata.");
  await review.locator('[name="comments[5]"]').fill("Riik teeb sama.");
  await review.getByLabel("Kokkuvõte ettepaneku tegijale").fill(reason);
  await review.getByRole("button", { name: "Salvesta hinnang" }).click();
  await expect(review).toHaveURL(new RegExp(`/proposals/${id}\\?assessed=1$`));
  await expect(review.locator(".summary-list")).toContainText("Tagasi lükatud");
  // It ends there: no further move is offered.
  await expect(review.getByRole("button", { name: "Alusta piloteerimist" })).toHaveCount(0);
  await expect(review.getByRole("link", { name: "Hinda ettepanekut" })).toHaveCount(0);
  await team.context.close();

  await open(page, testInfo, `/proposals/${id}`);
  await expect(page.locator(".summary-list")).toContainText("Tagasi lükatud");
  await expect(page.getByText(reason).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Muuda ettepanekut" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await proposer.context.close();
});

test("an administrator saves the template as a new version, and a mistake is named first", async ({ browser }, testInfo) => {
  const admin = await person(browser, testInfo, "admin@raekoda.test");
  const page = admin.page;
  await open(page, testInfo, "/admin/proposal-template");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ettepaneku vorm");
  await expect(page.getByLabel("Kriteeriumid eesti keeles")).toHaveValue(/Mõistab kasutajaid/);
  await expectNoAxeViolations(page);
  const current = async () => Number((await page.getByText(/Kehtiv versioon: \d+/).first().textContent())?.match(/\d+/)?.[0]);
  const before = await current();

  // One line fewer in Estonian than in English: named at the English field, nothing lost.
  const criteria = page.getByLabel("Kriteeriumid eesti keeles");
  const lines = (await criteria.inputValue()).split("\n");
  await criteria.fill(lines.slice(0, -1).join("\n"));
  await page.getByRole("button", { name: "Salvesta uue versioonina" }).click();
  await expect(page.locator(".error-summary")).toContainText("rida, sama palju kui eesti keeles");
  expect(await current()).toBe(before);

  // The last criterion reworded (the count stays, so parallel proposal journeys still fit).
  const reworded = [...lines.slice(0, -1), `${lines[lines.length - 1].replace(/ \(.*\)$/, "")} (${testInfo.project.name})`];
  await page.getByLabel("Kriteeriumid eesti keeles").fill(reworded.join("\n"));
  await page.getByRole("button", { name: "Salvesta uue versioonina" }).click();
  await expect(page.getByText("Vorm on salvestatud uue versioonina.")).toBeVisible();
  expect(await current()).toBeGreaterThan(before);
  await expect(page.getByLabel("Kriteeriumid eesti keeles")).toHaveValue(new RegExp(`\\(${testInfo.project.name}\\)`));
  await admin.context.close();
});
