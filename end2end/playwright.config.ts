// End-to-end tests: real Chromium (Debian's), real server, real HTTP.
// Four projects: phone (375 px) and desktop (1280 px), each with and without JavaScript.
//
// What runs where (issue 12: `make test` must stay quick on two cores as journeys grow):
// - the foundation (layout at both widths, languages, keyboard, axe on every page) and
//   the islands checks run in all four projects;
// - every journey runs once with JavaScript and once without, at one width each: half of
//   the journey files in desktop-js and phone-nojs, the other half in phone-js and
//   desktop-nojs, so every project runs journeys and both widths see both modes. A new
//   spec file falls into the second half by itself.
// `RAEKODA_E2E_ALL_PROJECTS=1` runs every journey in all four projects (the full matrix).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { defineConfig, devices } from "@playwright/test";

const EVERYWHERE = ["foundation.spec.ts", "islands.spec.ts"];
// The booking journeys are here: the clock-shifted runs use desktop-js and phone-nojs.
const FIRST_HALF = ["booking-journey.spec.ts", "rooms.spec.ts", "rooms-series.spec.ts", "proposals.spec.ts", "services.spec.ts", "account.spec.ts"];
const specs = readdirSync(join(__dirname, "tests")).filter((name) => name.endsWith(".spec.ts"));
const SECOND_HALF = specs.filter((name) => !EVERYWHERE.includes(name) && !FIRST_HALF.includes(name));
const fullMatrix = process.env.RAEKODA_E2E_ALL_PROJECTS === "1";
const files = (half: string[]) => (fullMatrix ? {} : { testMatch: [...EVERYWHERE, ...half].map((name) => `**/${name}`) });

const baseURL = process.env.RAEKODA_E2E_URL ?? "http://127.0.0.1:3000";

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

const desktop = { viewport: { width: 1280, height: 900 } };
const phone = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

export default defineConfig({
  testDir: "./tests",
  globalSetup: "./global-setup.ts",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // A stray test.only would silently run one test and call the suite green.
  forbidOnly: true,
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL,
    launchOptions: chromium,
    locale: "et-EE",
    // No traces: recording one per test cost time on every run; screenshots show failures.
    trace: "off",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "desktop-js", ...files(FIRST_HALF), use: { ...desktop, javaScriptEnabled: true } },
    { name: "phone-js", ...files(SECOND_HALF), use: { ...phone, javaScriptEnabled: true } },
    { name: "desktop-nojs", ...files(SECOND_HALF), use: { ...desktop, javaScriptEnabled: false } },
    { name: "phone-nojs", ...files(FIRST_HALF), use: { ...phone, javaScriptEnabled: false } },
  ],
});

export { devices };
