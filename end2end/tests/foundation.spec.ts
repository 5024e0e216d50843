// The foundation's journeys, as a person does them: languages, signing up, logging in and
// out, a wrong password, staff-only pages, the keyboard, and an axe scan of every page.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, expectNoAxeViolations, logIn, newCitizen, open, ready, uniqueEmail } from "./helpers";

test("the front page is in Estonian and the switcher changes the language", async ({ page }, testInfo) => {
  await open(page, testInfo, "/");
  await expect(page.locator("html")).toHaveAttribute("lang", "et");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tartu linna e-teenused ühest kohast");

  await page.getByRole("link", { name: "English" }).click();
  await ready(page, testInfo);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("City of Tartu e-services in one place");
  await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();

  await page.getByRole("link", { name: "Русский" }).click();
  await ready(page, testInfo);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Электронные услуги Тарту в одном месте");

  // The choice is remembered on the next page.
  await open(page, testInfo, "/login");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Вход");
});

test("the language switcher returns to the same page", async ({ page }, testInfo) => {
  await open(page, testInfo, "/privacy");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Data-processing terms");
});

test("a citizen signs up, logs out and logs in again", async ({ page }, testInfo) => {
  const email = uniqueEmail("uus", testInfo);
  const password = "minu-pikk-parool-2026";
  await open(page, testInfo, "/signup");
  await page.getByLabel("Nimi").fill("Mari Maasikas");
  await page.getByLabel("E-posti aadress").fill(email);
  await page.getByLabel("Parool").fill(password);
  await page.getByLabel("Olen lugenud andmete töötlemise põhimõtteid ja nõustun nendega").check();
  await page.getByRole("button", { name: "Loo konto" }).click();

  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("status")).toHaveText(/Konto on loodud ja oled sisse logitud/);
  await expect(page.getByText(`${email} (kinnitamata)`)).toBeVisible();
  await expect(page.getByText("Linlane")).toBeVisible();
  await ready(page, testInfo);

  await page.getByRole("button", { name: "Logi välja" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("status")).toHaveText(/Oled välja logitud/);
  await expect(page.getByRole("link", { name: "Logi sisse" })).toBeVisible();

  await logIn(page, testInfo, email, password);
  await expect(page.getByRole("link", { name: "Minu konto" })).toBeVisible();
});

test("sign-up problems are shown next to each field and typed values are kept", async ({ page }, testInfo) => {
  await open(page, testInfo, "/signup");
  await page.getByLabel("Nimi").fill("Jaan Tamm");
  await page.getByLabel("E-posti aadress").fill("jaan@");
  await page.getByLabel("Parool").fill("lühike");
  await page.getByRole("button", { name: "Loo konto" }).click();

  const summary = page.getByRole("alert");
  await expect(summary).toContainText("Esines probleem");
  if (testInfo.project.use.javaScriptEnabled !== false) {
    await expect(summary, "focus moves to the summary").toBeFocused();
  }
  await expect(page.locator("#email-error")).toContainText("Sisesta e-posti aadress õigel kujul");
  await expect(page.locator("#password-error")).toContainText("vähemalt 10 märki");
  await expect(page.locator("#accept_terms-error")).toContainText("nõustu andmete töötlemise põhimõtetega");
  await expect(page.getByLabel("E-posti aadress")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Nimi")).toHaveValue("Jaan Tamm");
  await expect(page.getByLabel("E-posti aadress")).toHaveValue("jaan@");
  await expectNoAxeViolations(page);
});

test("a wrong password gets a clear message next to the password field", async ({ page }, testInfo) => {
  // An account of its own: failed logins count towards a lockout, which must never reach
  // the demo citizen that the other projects sign in as at the same time.
  const email = await newCitizen(page, testInfo, "vale-parool");
  await open(page, testInfo, "/login");
  await page.getByLabel("E-posti aadress").fill(email);
  await page.getByLabel("Parool").fill("see-on-vale-parool");
  await page.getByRole("button", { name: "Logi sisse" }).click();

  await expect(page.locator("#password-error")).toHaveText(/E-posti aadress või parool on vale/);
  await expect(page.getByLabel("Parool")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("E-posti aadress")).toHaveValue(email);
  await expect(page.getByRole("link", { name: "Logi sisse" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a citizen opening the dashboard gets a 403 page", async ({ page }, testInfo) => {
  await logIn(page, testInfo, "citizen@raekoda.test");
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sul ei ole sellele lehele ligipääsu");
  await expect(page.getByRole("link", { name: "Töölaud" })).toHaveCount(0);
});

test("an anonymous visitor is sent to log in and then back to the dashboard", async ({ page }, testInfo) => {
  await open(page, testInfo, "/admin");
  await expect(page).toHaveURL(/\/login\?next=%2Fadmin|\/login\?next=\/admin/);
  await page.getByLabel("E-posti aadress").fill("admin@raekoda.test");
  await page.getByLabel("Parool").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Logi sisse" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Töölaud");
  await expect(page.getByText("Administraator")).toBeVisible();
  await expect(page.getByText("Registreeritud inimesi")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the keyboard reaches the skip link first and it moves to the content", async ({ page }, testInfo) => {
  await open(page, testInfo, "/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Liigu põhisisu juurde" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main-content$/);
});

test("unknown addresses show a helpful 404 page", async ({ page }) => {
  const response = await page.goto("/seda-lehte-pole");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lehte ei leitud");
  await expectNoAxeViolations(page);
});

for (const path of ["/", "/login", "/signup", "/accessibility", "/privacy", "/rooms", "/services", "/have-your-say", "/topics", "/open-data"]) {
  test(`axe finds no violation on ${path}`, async ({ page }, testInfo) => {
    const response = await open(page, testInfo, path);
    expect(response?.status()).toBe(200);
    await expectNoAxeViolations(page);
  });
}

test("axe finds no violation on the signed-in pages", async ({ page }, testInfo) => {
  await logIn(page, testInfo, "rooms@raekoda.test");
  for (const path of ["/account", "/admin"]) {
    await open(page, testInfo, path);
    await expectNoAxeViolations(page);
  }
  // In English too.
  await page.getByRole("link", { name: "English" }).click();
  await ready(page, testInfo);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
  await expectNoAxeViolations(page);
});
