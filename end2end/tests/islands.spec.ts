// Islands (issue 19): a read-only page downloads none of the app's code; the pages with an
// island fetch the wasm and hydrate only that island.
import { expect, test, type Page } from "@playwright/test";
import { logIn, open } from "./helpers";

/** Every address the page asks for while it loads, until the network is quiet. */
async function requestsOf(page: Page, path: string) {
  const asked: string[] = [];
  page.on("request", (request) => asked.push(request.url()));
  await page.goto(path, { waitUntil: "networkidle" });
  return asked;
}

const appCode = (url: string) => /\/pkg\/[^/]+\.(wasm|js)(\?|$)/.test(new URL(url).pathname);

for (const path of ["/", "/rooms", "/rooms/htg-auditoorium", "/services", "/services/elaniku-parkimisluba", "/topics/waste"]) {
  test(`the read-only page ${path} loads no wasm and no script of the app`, async ({ page }) => {
    const asked = await requestsOf(page, path);
    expect(asked.length, "the page itself was requested").toBeGreaterThan(0);
    expect(asked.filter(appCode)).toEqual([]);
    await expect(page.locator("leptos-island")).toHaveCount(0);
  });
}

test("the booking form hydrates its live quote from the wasm, and only that", async ({ page }, testInfo) => {
  await logIn(page, testInfo, "citizen@raekoda.test");
  const asked = await requestsOf(page, "/rooms/htg-auditoorium/book");
  await expect(page.locator("leptos-island")).toHaveCount(1);
  if (testInfo.project.use.javaScriptEnabled === false) {
    // Nothing runs; the plain form and its "Calculate the price" button do the work.
    await expect(page.getByRole("button", { name: "Arvuta hind" })).toBeVisible();
    return;
  }
  expect(asked.filter((url) => new URL(url).pathname.endsWith(".wasm")).length).toBe(1);
  await open(page, testInfo, "/rooms/htg-auditoorium/book");
  await expect(page.getByRole("button", { name: "Arvuta hind" })).toBeHidden();
});
