// End-to-end tests: real Chromium (Debian's), real server, real HTTP.
// Four projects: phone (375 px) and desktop (1280 px), each with and without JavaScript.
import { defineConfig, devices } from "@playwright/test";

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
    { name: "desktop-js", use: { ...desktop, javaScriptEnabled: true } },
    { name: "phone-js", use: { ...phone, javaScriptEnabled: true } },
    { name: "desktop-nojs", use: { ...desktop, javaScriptEnabled: false } },
    { name: "phone-nojs", use: { ...phone, javaScriptEnabled: false } },
  ],
});

export { devices };
