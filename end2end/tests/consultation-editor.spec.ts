// A consultation from start to end (issues 5 and 6), with and without JavaScript: an
// administrator writes it with a survey in the editor; a citizen answers, supports and
// follows it with immediate e-mail; the administrator closes it and publishes the city's
// response; the e-mail arrives at a real mail server and the message in the citizen's
// inbox; the e-mail's unsubscribe link works without logging in.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, mailbox, open, person, addDays, serverClock } from "./helpers";

test.describe.configure({ timeout: 120_000 });

test("a consultation is written, answered, closed and answered by the city", async ({ browser }, testInfo) => {
  const stamp = `${testInfo.project.name}-${Date.now().toString(36)}`;
  const slug = `pargipingid-${stamp}`;
  const title = `Pargipingid Karlovas (${stamp})`;
  // Dates in Tartu by the server's clock: in UTC, "today" is yesterday before 02:00/03:00.
  const today = (await serverClock()).date;
  const day = (offset: number) => addDays(today, offset);

  const admin = await person(browser, testInfo, "admin@raekoda.test");
  await open(admin.page, testInfo, "/admin/consultations");
  await expect(admin.page.getByRole("heading", { level: 1 })).toHaveText("Arutelude haldus");
  await admin.page.getByRole("link", { name: "Uus arutelu" }).click();
  await expect(admin.page.getByRole("heading", { level: 1 })).toHaveText("Uus arutelu");

  // A first try with mistakes: each is named at its field, and nothing typed is lost.
  const form = admin.page;
  await form.getByLabel("Pealkiri eesti keeles").fill(title);
  await form.getByLabel("Aadress", { exact: true }).fill("Pargi Pingid");
  await form.getByLabel("Küsimus eesti keeles").fill("Kas istud pargis?");
  await form.getByLabel("Vastusevariandid").fill("Ainult üks");
  await form.getByRole("button", { name: "Salvesta arutelu" }).click();
  await expect(form.locator("#slug-error")).toContainText("Aadressi osa");
  await expect(form.locator("#q0_options-error")).toContainText("2 kuni 12 vastusevarianti");
  await expect(form.getByLabel("Pealkiri eesti keeles")).toHaveValue(title);
  await expectNoAxeViolations(form);

  await form.getByLabel("Aadress", { exact: true }).fill(slug);
  await form.getByLabel("Teema").selectOption({ label: "Liikuvus" });
  await form.getByLabel("Linnaosa").fill("Karlova");
  await form.getByLabel("Kirjeldus eesti keeles").fill("Kuhu panna Karlova parki uued pingid?");
  await form.getByLabel("Algab").fill(day(-1));
  await form.getByLabel("Viimane päev").fill(day(20));
  await form.getByLabel("Küsimuse liik").selectOption({ label: "Üks valik" });
  await form.getByLabel("Vastusevariandid").fill("Jah | Yes\nEi | No");
  await form.getByLabel("Vastamine on kohustuslik").check();
  await form.getByRole("button", { name: "Salvesta arutelu" }).click();
  await expect(form.locator(".notice")).toContainText("Arutelu on salvestatud.");
  await expect(form.getByRole("group", { name: "Küsimus 2" })).toBeVisible();

  // A citizen answers and supports it.
  const citizen = await person(browser, testInfo, "citizen@raekoda.test");
  await open(citizen.page, testInfo, `/have-your-say/${slug}`);
  await expect(citizen.page.getByRole("heading", { level: 1 })).toHaveText(title);
  await citizen.page.locator("#survey").getByLabel("Jah", { exact: true }).check();
  await citizen.page.getByRole("button", { name: "Saada vastused" }).click();
  await expect(citizen.page.locator(".notice")).toContainText("Aitäh! Sinu vastused on salvestatud.");
  await citizen.page.getByRole("button", { name: "Toetan" }).click();
  await expect(citizen.page.getByText("Oled seda toetanud. Aitäh!")).toBeVisible();
  await citizen.page.getByLabel("Kuidas teada anda").selectOption({ label: "E-kiri kohe" });
  await citizen.page.getByRole("button", { name: "Jälgi", exact: true }).click();
  await expect(citizen.page.locator(".notice")).toContainText("Jälgid nüüd seda.");
  await expect(citizen.page.getByText("Jälgid seda (E-kiri kohe).")).toBeVisible();

  // The administrator closes it now and publishes the city's response.
  await open(form, testInfo, `/admin/consultations/${slug}/edit`);
  await expect(form.getByText("Küsitlusele on vastatud")).toBeVisible();
  await expectNoAxeViolations(form);
  await form.getByRole("button", { name: "Lõpeta arutelu kohe" }).click();
  await expect(form.locator(".notice")).toContainText("Arutelu on lõppenud.");
  await expect(form.getByRole("heading", { name: "Avalda linna vastus" })).toBeVisible();
  await form.getByLabel("Linna vastus osalejatele").fill("Karlova parki tuleb kevadel kuus uut pinki.");
  await form.getByRole("button", { name: "Avalda vastus" }).click();
  await expect(form.locator(".notice")).toContainText("Linna vastus on avaldatud.");

  // The citizen sees the response and the results; taking part is over.
  await open(citizen.page, testInfo, `/have-your-say/${slug}`);
  await expect(citizen.page.getByRole("heading", { name: "Linna vastus", exact: true })).toBeVisible();
  await expect(citizen.page.getByText("Karlova parki tuleb kevadel kuus uut pinki.")).toBeVisible();
  await expect(citizen.page.getByRole("button", { name: "Toetan" })).toHaveCount(0);
  await expectNoAxeViolations(citizen.page);

  // The e-mail reaches the mail server, and the message the inbox.
  const expected = `Linn avaldas vastuse arutelule „${title}”.`;
  await expect.poll(() => mailbox().filter((m) => m.subject === expected && m.to.includes("citizen@raekoda.test")).length, { timeout: 30_000 }).toBe(1);
  const mail = mailbox().find((m) => m.subject === expected);
  expect(mail?.body).toContain(`/have-your-say/${slug}#city-response`);
  await open(citizen.page, testInfo, "/my/inbox");
  await expect(citizen.page.getByRole("link", { name: expected })).toBeVisible();
  await expectNoAxeViolations(citizen.page);

  // Its unsubscribe link works for someone not logged in.
  const link = mail?.body.match(/https?:\/\/\S+\/unsubscribe\/\S+/)?.[0] ?? "";
  expect(link).not.toBe("");
  const use = testInfo.project.use;
  const anonymous = await browser.newContext({ viewport: use.viewport, javaScriptEnabled: use.javaScriptEnabled, isMobile: use.isMobile, hasTouch: use.hasTouch, locale: "et-EE" });
  const page = await anonymous.newPage();
  await page.goto(link);
  await expect(page.getByText(`Kas lõpetada teadete saatmine teemal „${title}”?`)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Jah, loobu" }).click();
  await expect(page.getByText("Valmis: sa ei saa enam teateid sel teemal.").first()).toBeVisible();
  await open(citizen.page, testInfo, "/my/subscriptions");
  await expect(citizen.page.getByRole("link", { name: title })).toHaveCount(0);
  await anonymous.close();
  await admin.context.close();
  await citizen.context.close();
});

// Each project keeps its own indicator, so parallel runs never overwrite each other's year;
// none that a plan's progress (Energia 2030, the plan journey's waste handed over) is read from.
const STEWARD_INDICATORS: Record<string, { name: string; topic: string; line: string; shown: RegExp }> = {
  "desktop-js": { name: "Rattaringluse sõidud", topic: "mobility", line: "2023 1 812 345", shown: /1\s812\s345 sõitu/ },
  "phone-js": { name: "Linnaliinibusside sõitjad", topic: "mobility", line: "2023 16,4", shown: /16,4 mln/ },
  "desktop-nojs": { name: "Konteinerite tühjendamisi", topic: "waste", line: "2023 523 456", shown: /523\s456 korda/ },
  "phone-nojs": { name: "Konteinerite maht", topic: "waste", line: "2023 290 123,45", shown: /290\s123,45 m³/ },
};

test("a data steward adds a year to an indicator and the hub shows it", async ({ browser }, testInfo) => {
  const indicator = STEWARD_INDICATORS[testInfo.project.name];
  const steward = await person(browser, testInfo, "steward@raekoda.test");
  const page = steward.page;
  await open(page, testInfo, "/admin/topics");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Teemad, näitajad ja kavad");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: indicator.name }).click();
  const values = page.getByLabel("Aastaväärtused");
  await expect(values).toHaveValue(/2022 /);
  const before = (await values.inputValue()).split("\n").filter((line) => !line.startsWith("2023 "));
  // A bad line first: it is named, and what was typed stays.
  await values.fill([...before, "vale rida"].join("\n"));
  await page.getByRole("button", { name: "Salvesta" }).click();
  await expect(page.locator("#values-error")).toContainText("ei sobi");
  await expect(page.getByLabel("Aastaväärtused")).toHaveValue(/vale rida/);
  await expectNoAxeViolations(page);
  // Then the year 2023, saved, and shown on the topic's hub in its table.
  await page.getByLabel("Aastaväärtused").fill([...before, indicator.line].join("\n"));
  await page.getByRole("button", { name: "Salvesta" }).click();
  await expect(page.getByRole("status")).toBeVisible();
  await open(page, testInfo, `/topics/${indicator.topic}`);
  const table = page.getByRole("table", { name: new RegExp(indicator.name) });
  await expect(table.getByRole("row", { name: /2023/ })).toContainText(indicator.shown);
  await steward.context.close();
});

test("an administrator writes a plan with a goal, a bad goal line is named first, and the plan shows its progress", async ({ browser }, testInfo) => {
  const stamp = `${testInfo.project.name}-${Date.now().toString(36)}`;
  const admin = await person(browser, testInfo, "admin@raekoda.test");
  const page = admin.page;
  await open(page, testInfo, "/admin/plans/new");
  await page.getByLabel("Nimi eesti keeles").fill(`Jäätmekava ${stamp}`);
  await page.getByLabel("Aadress", { exact: true }).fill(`jaatmekava-${stamp}`);
  await page.getByLabel("Teema").selectOption({ label: "Jäätmed" });
  await page.getByLabel("Kokkuvõte eesti keeles").fill("Vähem jäätmeid prügilasse.");
  await page.getByLabel("Eesmärgid").fill("tundmatu | 2018 | 2030 | 5 | Eesmärk");
  await page.getByRole("button", { name: "Salvesta", exact: true }).click();
  await expect(page.locator("#goals-error")).toBeVisible();
  await expect(page.getByLabel("Kokkuvõte eesti keeles")).toHaveValue("Vähem jäätmeid prügilasse.");
  await expectNoAxeViolations(page);
  // The waste figures no other journey changes: 25 120,40 t (2018) → 23 491,13 t (2022) of
  // the way to 20 000 t is 31 %.
  await page.getByLabel("Eesmärgid").fill("waste-handed-over | 2018 | 2030 | 20 000 | Vähem jäätmeid | Less waste |");
  await page.getByRole("button", { name: "Salvesta", exact: true }).click();
  // Saved, it opens the plan's own page.
  await expect(page).toHaveURL(new RegExp(`/plans/jaatmekava-${stamp}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Jäätmekava ${stamp}`);
  await expect(page.getByText("Vähem jäätmeid", { exact: true })).toBeVisible();
  await expect(page.getByText("Teest sihini on läbitud 31%.")).toBeVisible();
  await expectNoAxeViolations(page);
  await admin.context.close();
});
