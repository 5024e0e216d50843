// Data submission and open data (issue 6), with and without JavaScript: a citizen uploads
// a CSV file of 100 rows whose row 73 is wrong; the report names row 73, its column and
// the reason and nothing is kept; the fixed file is kept whole, sent, and a data steward
// accepts it, after which the open dataset has it. An entry with a place and a photo is
// checked field by field. With JavaScript the upload shows its progress.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, open, person, ready, signUpAndConfirm } from "./helpers";

test.describe.configure({ timeout: 120_000 });

function energyFile(tag: string, bad?: number) {
  let text = "building,year,heat_mwh,electricity_mwh\n";
  for (let n = 1; n <= 100; n++) {
    const heat = n === bad ? "palju" : `${100 + n},5`;
    text += `"Riia ${n}, ${tag}",2025,"${heat}",${n}\n`;
  }
  return Buffer.from(text);
}

// A 1×1 PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

async function signUp(page: import("@playwright/test").Page, testInfo: import("@playwright/test").TestInfo, prefix: string) {
  await signUpAndConfirm(page, testInfo, "Andme Anne", prefix);
}

test("a CSV file with a bad row 73 is refused by name; the fixed file is accepted into the open data", async ({ page, browser }, testInfo) => {
  const js = testInfo.project.use.javaScriptEnabled !== false;
  const tag = `${testInfo.project.name} ${Date.now().toString(36)}`;
  await signUp(page, testInfo, "csv");

  await page.getByRole("navigation", { name: "Peamenüü" }).getByRole("link", { name: "Avaandmed" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Avaandmed");
  await expect(page.getByRole("heading", { name: "Teemade näitajad aastate kaupa" })).toBeVisible();
  await expect(page.getByText("Alati ajakohane")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Andmete esitamine" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Andmete esitamine");
  await ready(page, testInfo);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Laadi üles CSV-fail" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Laadi üles CSV-fail: Hoone aastane energiatarve");
  await ready(page, testInfo);
  await expectNoAxeViolations(page);

  await page.getByLabel("CSV-fail").setInputFiles({ name: "energia.csv", mimeType: "text/csv", buffer: energyFile(tag, 73) });
  await page.getByRole("button", { name: "Kontrolli faili" }).click();
  const report = page.locator("#upload-report");
  await expect(report).toContainText("Faili ei salvestatud: 1 rida 100-st vajavad parandamist.");
  await expect(report.locator("tbody tr")).toHaveCount(1);
  await expect(report.locator("tbody tr td").nth(0)).toHaveText("73");
  await expect(report.locator("tbody tr td").nth(1)).toHaveText("heat_mwh");
  await expect(report.locator("tbody tr td").nth(2)).toContainText("Sisesta arv");
  if (js) await expect(page).toHaveURL(/\/upload$/);
  await ready(page, testInfo);
  await expectNoAxeViolations(page);

  await page.getByLabel("CSV-fail").setInputFiles({ name: "energia.csv", mimeType: "text/csv", buffer: energyFile(tag) });
  await page.getByRole("button", { name: "Kontrolli faili" }).click();
  await expect(page).toHaveURL(/\/data-submission\/submissions\/\d+$/);
  await ready(page, testInfo);
  await expect(page.getByText("Fail on kontrollitud: 100 rida, vigu pole.")).toBeVisible();
  await expect(page.getByRole("cell", { name: `Riia 20, ${tag}` })).toBeVisible();
  await expectNoAxeViolations(page);
  const id = page.url().split("/").pop();
  await page.getByRole("button", { name: "Saada ülevaatamiseks" }).click();
  await expect(page.getByText("Aitäh! Andmed on saadetud ülevaatamiseks.")).toBeVisible();
  await expect(page.locator(".summary-list")).toContainText("Ootab ülevaatust");

  const steward = await person(browser, testInfo, "steward@raekoda.test");
  await open(steward.page, testInfo, "/admin");
  await steward.page.getByRole("link", { name: "Esitatud andmete ülevaatus" }).click();
  await expect(steward.page.getByRole("heading", { level: 1 })).toHaveText("Esitatud andmete ülevaatus");
  await ready(steward.page, testInfo);
  await expectNoAxeViolations(steward.page);
  await steward.page.getByRole("link", { name: `Esitatud andmed nr ${id}: Hoone aastane energiatarve` }).click();
  await expect(steward.page.getByRole("heading", { level: 1 })).toHaveText(`Esitatud andmed nr ${id}`);
  await ready(steward.page, testInfo);
  // Rejecting needs a reason: named next to the field.
  await steward.page.getByLabel("Lükka tagasi").check();
  await steward.page.getByRole("button", { name: "Salvesta otsus" }).click();
  await expect(steward.page.locator("#reason-error")).toContainText("Kirjuta saatjale põhjus");
  await ready(steward.page, testInfo);
  await expectNoAxeViolations(steward.page);
  await steward.page.getByLabel("Võta vastu: andmed lähevad avaandmetesse").check();
  await steward.page.getByRole("button", { name: "Salvesta otsus" }).click();
  await expect(steward.page.getByText("Otsus on salvestatud ja saatjale teatatud.")).toBeVisible();
  await expect(steward.page.locator(".summary-list")).toContainText("Vastu võetud");
  await steward.context.close();

  await open(page, testInfo, "/my/inbox");
  await expect(page.getByRole("link", { name: "Sinu esitatud andmed („Hoone aastane energiatarve”) võeti vastu." })).toBeVisible();
  const csv = await page.request.get("/api/v1/datasets/submissions-hoone-energiatarve/rows.csv");
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).toContain(`"Riia 73, ${tag}",2025,173.5,73,`);
});

test("a waste point problem with a place and a photo is checked field by field", async ({ page }, testInfo) => {
  const js = testInfo.project.use.javaScriptEnabled !== false;
  await signUp(page, testInfo, "foto");
  await open(page, testInfo, "/data-submission");
  await page.getByRole("link", { name: "Täida vorm" }).nth(1).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Probleem jäätmepunktis");
  await ready(page, testInfo);
  await expectNoAxeViolations(page);

  await page.getByLabel("Jäätmepunkt (aadress või nimi)").fill("Anne 54");
  await page.getByLabel("Märkamise kuupäev (vabatahtlik)").fill("2026-11-27");
  await page.getByRole("button", { name: "Saada" }).click();
  await expect(page.locator("#field-problem-error")).toContainText("Täida see väli.");
  await expect(page.locator("#latitude-error")).toContainText("Vali koht kaardil");
  await expect(page.getByLabel("Jäätmepunkt (aadress või nimi)")).toHaveValue("Anne 54");
  await ready(page, testInfo);
  await expectNoAxeViolations(page);

  await page.getByLabel("Mis on valesti?").fill("Konteiner on üle ääre täis");
  if (js) {
    const map = page.getByRole("region", { name: "Kaart koha valimiseks" });
    await map.click({ position: { x: 120, y: 90 } });
    await expect(page.getByLabel("Laiuskraad")).toHaveValue(/^58\.3\d+$/);
  } else {
    await page.getByLabel("Laiuskraad").fill("58,3712");
    await page.getByLabel("Pikkuskraad").fill("26,7570");
  }
  await page.getByLabel("Foto (vabatahtlik)").setInputFiles({ name: "konteiner.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "Saada" }).click();
  await expect(page).toHaveURL(/\/data-submission\/submissions\/\d+$/);
  await expect(page.getByText("Aitäh! Andmed on saadetud ülevaatamiseks.")).toBeVisible();
  await expect(page.getByRole("cell", { name: "Konteiner on üle ääre täis" })).toBeVisible();
  const photo = page.getByRole("img", { name: "Esitatud foto" });
  await expect(photo).toBeVisible();
  // Loaded and decoded: the server gives the photo back to its sender.
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  await ready(page, testInfo);
  await expectNoAxeViolations(page);
});

test("a data steward defines a new form and it is there to fill in", async ({ page }, testInfo) => {
  const slug = `puud-${testInfo.project.name}-${Date.now().toString(36)}`;
  await open(page, testInfo, "/login");
  await page.getByLabel("E-posti aadress").fill("steward@raekoda.test");
  await page.getByLabel("Parool").fill("raekoda-demo-2026");
  await page.getByRole("button", { name: "Logi sisse" }).click();
  await expect(page.getByRole("status")).toHaveText(/Oled sisse logitud/);
  await open(page, testInfo, "/admin");
  await page.getByRole("link", { name: "Andmete esitamise vormid" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Andmete esitamise vormid");
  await ready(page, testInfo);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Uus vorm" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uus vorm");
  await ready(page, testInfo);

  await page.getByLabel("Pealkiri eesti keeles").fill("Puude loendus");
  await page.getByLabel("Aadress").fill(slug);
  await page.getByLabel("Väljad, üks rea kohta").fill("puu | text |  | required |  |  | Puu liik\narv | number |  | required |  |  | Arv");
  await page.getByRole("button", { name: "Salvesta" }).click();
  await expect(page.locator("#description_et-error")).toContainText("Kirjuta see eesti keeles");
  await page.getByLabel("Kirjeldus eesti keeles").fill("Loe oma hoovi puud kokku.");
  await page.getByRole("button", { name: "Salvesta" }).click();
  await expect(page.locator("#fields-error")).toContainText("Rida 2 ei sobi");
  await expect(page.getByLabel("Pealkiri eesti keeles")).toHaveValue("Puude loendus");
  await ready(page, testInfo);
  await expectNoAxeViolations(page);

  await page.getByLabel("Väljad, üks rea kohta").fill("puu | text |  | required |  |  | Puu liik\narv | integer | tk | required | 1 | 500 | Arv");
  await page.getByRole("button", { name: "Salvesta" }).click();
  await expect(page).toHaveURL(new RegExp(`/data-submission/${slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Puude loendus");
  await expect(page.getByLabel("Arv")).toBeVisible();
  await expect(page.getByText("Ühik: tk. Vähemalt 1. Kuni 500.")).toBeVisible();
});
