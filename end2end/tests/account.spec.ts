// A person's own things, with and without JavaScript: following a service, a room and a
// topic and stopping one on /my/subscriptions; downloading all one's data; deleting the
// account on the password. Each test signs up a person of its own.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, expectNoAxeViolations, logIn, newCitizen, open } from "./helpers";

test.describe.configure({ timeout: 90_000 });

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
