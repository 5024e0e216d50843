// A person's own things, with and without JavaScript: proving one's address by the link
// in an e-mail before booking, resetting a forgotten password by e-mail; following a
// service, a room and a topic and stopping one on /my/subscriptions; downloading all one's
// data; deleting the account on the password. Each test signs up a person of its own.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, PROJECTS, expectNoAxeViolations, linkInMail, logIn, newCitizen, open, stranger, uniqueEmail, weekdayAhead } from "./helpers";

test.describe.configure({ timeout: 90_000 });

test("a new person proves their address by the e-mailed link before booking, and a forgotten password is reset by e-mail, ending the old session", async ({ browser, page }, testInfo) => {
  const email = uniqueEmail("uus", testInfo);
  await open(page, testInfo, "/signup");
  await page.getByLabel("Nimi").fill("Uus Inimene");
  await page.getByLabel("E-posti aadress").fill(email);
  await page.getByLabel("Parool").fill(DEMO_PASSWORD);
  await page.getByLabel("Olen lugenud andmete töötlemise põhimõtteid ja nõustun nendega").check();
  await page.getByRole("button", { name: "Loo konto" }).click();
  await expect(page.getByRole("status")).toContainText("Konto on loodud");
  const banner = page.getByRole("region", { name: "Kinnita e-posti aadress" });
  await expect(banner).toContainText(`Kinnita oma e-posti aadress ${email}`);
  await expectNoAxeViolations(page);

  // Until the address is proven, a booking request is refused in words, and what was typed stays.
  // Mondays 1–4 weeks ahead: no other journey books them.
  const day = await weekdayAhead(1, PROJECTS.indexOf(testInfo.project.name));
  const requestTheAuditorium = async () => {
    await open(page, testInfo, "/rooms/htg-auditoorium/book");
    await page.getByLabel("Kuupäev", { exact: true }).fill(day);
    await page.getByLabel("Algusaeg").fill("17:00");
    await page.getByLabel("Lõpuaeg").fill("18:00");
    await page.getByLabel("Osalejate arv").fill("20");
    await page.getByLabel("Ürituse eesmärk").fill("Seltsi koosolek");
    await page.getByLabel("Olen lugenud ruumi kasutustingimusi ja nõustun nendega").check();
    await page.getByRole("button", { name: "Saada broneerimissoov" }).click();
  };
  await requestTheAuditorium();
  await expect(page.locator(".error-summary")).toContainText("Kinnita esmalt oma e-posti aadress");
  await expect(page.getByLabel("Ürituse eesmärk")).toHaveValue("Seltsi koosolek");

  // The link arrives at the mail server; its page asks for one press.
  await open(page, testInfo, await linkInMail(email, "/account/verify/"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kinnita e-posti aadress");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Kinnita minu aadress" }).click();
  await expect(page.getByRole("status")).toContainText("E-posti aadress on kinnitatud");
  await expect(page.getByText(`${email} (kinnitatud)`)).toBeVisible();
  await expect(page.getByRole("region", { name: "Kinnita e-posti aadress" })).toHaveCount(0);
  await requestTheAuditorium();
  await expect(page).toHaveURL(/\/my\/bookings\/\d+$/);

  // Forgotten, on another device: the reset link sets a new password there…
  const other = await stranger(browser, testInfo);
  await open(other.page, testInfo, "/login");
  await other.page.getByRole("link", { name: "Unustasid parooli?" }).click();
  await expect(other.page.getByRole("heading", { level: 1 })).toHaveText("Uus parool");
  await other.page.getByLabel("E-posti aadress").fill(email);
  await other.page.getByRole("button", { name: "Saada link" }).click();
  await expect(other.page.getByRole("status")).toContainText("Kui selle aadressiga konto on olemas, saatsime sinna lingi.");
  await open(other.page, testInfo, await linkInMail(email, "/reset-password/"));
  await other.page.getByLabel("Uus parool").fill("lühike");
  await other.page.getByRole("button", { name: "Salvesta uus parool" }).click();
  await expect(other.page.locator(".error-summary")).toContainText("vähemalt 10 märki");
  await other.page.getByLabel("Uus parool").fill("uus-pikk-parool-2026");
  await other.page.getByRole("button", { name: "Salvesta uus parool" }).click();
  await expect(other.page.getByRole("status")).toContainText("Parool on muudetud ja oled sisse logitud");
  await expectNoAxeViolations(other.page);
  await other.context.close();

  // …and the first device's session has ended: it is asked to log in, and the new password works.
  await open(page, testInfo, "/account");
  await expect(page).toHaveURL(/\/login/);
  await logIn(page, testInfo, email, "uus-pikk-parool-2026");
});

test("a person follows a service, a room and a topic, sets an indicator alert, and stops following one in /my/subscriptions", async ({ page }, testInfo) => {
  const email = await newCitizen(page, testInfo, "jalgija");
  await logIn(page, testInfo, email);
  for (const [path, title] of [
    ["/services/elaniku-parkimisluba", "Elaniku parkimisluba"],
    ["/rooms/htg-auditoorium", "Auditoorium"],
    ["/topics/waste", "Jäätmed"],
  ]) {
    await open(page, testInfo, path);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
    const panel = page.getByRole("region", { name: "Jälgi" });
    await panel.getByRole("button", { name: "Jälgi", exact: true }).click();
    await expect(page.getByText("Jälgid nüüd seda.")).toBeVisible();
    await expect(page.getByRole("region", { name: "Jälgi" })).toContainText("Jälgid seda (");
  }
  await expectNoAxeViolations(page);

  // On the Waste hub, an alert for a limit: the page confirms it, and the follow names it.
  await open(page, testInfo, "/topics/waste");
  const alert = page.getByRole("region", { name: "Teata, kui näitaja ületab piiri" });
  await alert.getByLabel("Näitaja", { exact: true }).selectOption({ label: "Üle antud jäätmed (t)" });
  await alert.getByLabel("Millal teatada").selectOption({ label: "langeb alla" });
  await alert.getByLabel("Piir (näitaja ühikus)").fill("20 000");
  await alert.getByRole("button", { name: "Seada teavitus" }).click();
  await expect(page.getByText("Jälgid nüüd seda.")).toBeVisible();

  await open(page, testInfo, "/my/subscriptions");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Minu jälgimised");
  const cards = page.locator(".room-list > li.card");
  await expect(cards).toHaveCount(4);
  await expect(cards.filter({ hasText: "langeb alla 20" })).toHaveCount(1);
  await expectNoAxeViolations(page);
  await cards.filter({ hasText: "Elaniku parkimisluba" }).getByRole("button", { name: "Lõpeta jälgimine" }).click();
  await expect(page.getByText("Sa ei jälgi seda enam.")).toBeVisible();
  await expect(page.locator(".room-list > li.card")).toHaveCount(3);
  await expect(page.getByRole("link", { name: "Elaniku parkimisluba" })).toHaveCount(0);
  // The service's page agrees: it offers to follow again.
  await open(page, testInfo, "/services/elaniku-parkimisluba");
  await expect(page.getByRole("region", { name: "Jälgi" }).getByRole("button", { name: "Jälgi", exact: true })).toBeVisible();
});

test("a person downloads all their data and deletes the account on the password", async ({ page }, testInfo) => {
  const email = await newCitizen(page, testInfo, "kustutaja");
  await logIn(page, testInfo, email);
  await open(page, testInfo, "/account");
  await expect(page.getByText(/Nõustusid andmete töötlemise põhimõtetega/)).toBeVisible();
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Laadi alla kõik minu andmed (JSON)" }).click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  const data = JSON.parse(text);
  expect(text).toContain(email);
  expect(text).not.toContain("argon2");
  expect(data).toHaveProperty("exported_at");

  // A wrong password deletes nothing and says so next to the field.
  await page.getByLabel("Kinnituseks sinu parool").fill("see-pole-minu-parool");
  await page.getByRole("button", { name: "Kustuta minu konto" }).click();
  await expect(page.locator("#password-error")).toContainText("Parool on vale. Konto kustutamiseks sisesta oma parool.");
  await page.getByLabel("Kinnituseks sinu parool").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Kustuta minu konto" }).click();
  await expect(page.getByText("Sinu konto on kustutatud.")).toBeVisible();

  // The account is gone: logging in with it fails.
  await open(page, testInfo, "/login");
  await page.getByLabel("E-posti aadress").fill(email);
  await page.getByLabel("Parool").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Logi sisse" }).click();
  await expect(page.locator("#password-error")).toHaveText(/E-posti aadress või parool on vale/);
});
