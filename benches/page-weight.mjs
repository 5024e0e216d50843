// Page weight as a phone receives it (issue 19). Called by benches/page-weight.sh with a
// release server at BENCH_URL; prints Markdown tables for docs/benchmarks.md.
//
// Each page is loaded in a fresh browser context (no cache), 375 px, JavaScript on, until
// the network is idle; every response is counted as received (compressed body and
// headers, Chrome's count), by type. Then Lighthouse (mobile preset, its simulated
// throttling) on four pages.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { chromium } from "@playwright/test";

const base = process.env.BENCH_URL ?? "http://127.0.0.1:3200";
const lighthouse = process.env.LIGHTHOUSE;
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const PASSWORD = "raekoda-demo-2026";
const phone = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: "et-EE" };

const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox", "--disable-gpu"] });

/** A signed-in session's cookie, through the real log-in server function. */
async function sessionCookie(email) {
  const context = await browser.newContext({ baseURL: base });
  const response = await context.request.post("/api/accounts/log_in", {
    form: { email, password: PASSWORD },
    headers: { Accept: "application/json", Origin: base },
  });
  if (!response.ok()) throw new Error(`log in as ${email}: ${response.status()} ${await response.text()}`);
  const cookies = await context.cookies();
  await context.close();
  return cookies;
}

/** A new draft proposal of the staff member's own: its edit page is measured. */
async function draftProposal(cookies) {
  const context = await browser.newContext({ baseURL: base, ...phone });
  await context.addCookies(cookies);
  const page = await context.newPage();
  await page.goto("/proposals");
  await page.getByLabel("Ettepaneku pealkiri").fill("Mõõtmise ettepanek");
  await page.getByLabel("Teenus", { exact: true }).selectOption({ index: 1 });
  await page.getByLabel("Kavandatav teenuse omanik").fill("Tiina Teenusomanik");
  await page.getByRole("button", { name: "Alusta ettepanekut" }).click();
  await page.waitForURL(/\/proposals\/\d+\/edit$/);
  const path = new URL(page.url()).pathname;
  await context.close();
  return path;
}

function kind(url, type, contentType) {
  if (new URL(url).pathname.endsWith(".wasm") || contentType.startsWith("application/wasm")) return "wasm";
  if (type === "Document") return "html";
  if (type === "Stylesheet") return "css";
  if (type === "Script") return "js";
  return "other";
}

/** Bytes as the browser received them (Chrome's own count, `encodedDataLength`: the
 *  compressed body and its headers), by type, through the DevTools protocol. */
async function measure(path, cookies) {
  const context = await browser.newContext({ baseURL: base, ...phone });
  if (cookies) await context.addCookies(cookies);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const seen = new Map();
  cdp.on("Network.responseReceived", ({ requestId, type, response }) => {
    seen.set(requestId, { url: response.url, type, contentType: response.mimeType ?? "", encoding: response.headers["content-encoding"] ?? response.headers["Content-Encoding"] ?? "none" });
  });
  const bytes = { html: 0, css: 0, js: 0, wasm: 0, other: 0 };
  const encodings = new Set();
  cdp.on("Network.loadingFinished", ({ requestId, encodedDataLength }) => {
    const response = seen.get(requestId);
    if (!response) return;
    const k = kind(response.url, response.type, response.contentType);
    bytes[k] += encodedDataLength;
    if (k !== "other") encodings.add(`${k}:${response.encoding}`);
  });
  await page.goto(path, { waitUntil: "networkidle" });
  await context.close();
  return { path, bytes, encodings: [...encodings].sort().join(" ") };
}

const citizen = await sessionCookie("citizen@raekoda.test");
const owner = await sessionCookie("owner@raekoda.test");
const proposalEdit = await draftProposal(owner);

const pages = [
  ["/", null],
  ["/rooms", null],
  ["/rooms/htg-auditoorium", null],
  ["/rooms/htg-auditoorium/book", citizen],
  ["/services", null],
  ["/services/elaniku-parkimisluba", null],
  ["/topics/waste", null],
  ["/have-your-say/jaatmejaamad-2027", null],
  ["/ideas", null],
  [proposalEdit, owner],
];

const kb = (n) => (n / 1024).toFixed(1);
console.log(`Page weight, ${new Date().toISOString().slice(0, 10)}, release build, Chromium ${browser.version()} at 375 px, no cache (KiB as received):`);
console.log();
console.log("| page | HTML | CSS | JS | wasm | JS + wasm | wasm fetched | encodings |");
console.log("|---|---:|---:|---:|---:|---:|---|---|");
for (const [path, cookies] of pages) {
  const { bytes, encodings } = await measure(path, cookies);
  const label = path === proposalEdit ? "/proposals/{id}/edit (staff)" : path + (cookies ? " (signed in)" : "");
  console.log(`| ${label} | ${kb(bytes.html)} | ${kb(bytes.css)} | ${kb(bytes.js)} | ${kb(bytes.wasm)} | ${kb(bytes.js + bytes.wasm)} | ${bytes.wasm > 0 ? "yes" : "no"} | ${encodings} |`);
}
await browser.close();

if (lighthouse) {
  mkdirSync("target/bench", { recursive: true });
  const cookieHeader = citizen.map((c) => `${c.name}=${c.value}`).join("; ");
  console.log();
  console.log("Lighthouse 12.2.3, mobile preset (simulated throttling):");
  console.log();
  console.log("| page | performance | accessibility | best practices | SEO | TBT | below 100 because |");
  console.log("|---|---:|---:|---:|---:|---:|---|");
  for (const [path, signedIn] of [["/", false], ["/rooms", false], ["/rooms/htg-auditoorium", false], ["/rooms/htg-auditoorium/book", true]]) {
    const out = `target/bench/lighthouse-${path.replace(/\W+/g, "_") || "home"}.json`;
    const args = [
      `${base}${path}`,
      "--output=json",
      `--output-path=${out}`,
      "--quiet",
      "--only-categories=performance,accessibility,best-practices,seo",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ];
    if (signedIn) args.push(`--extra-headers=${JSON.stringify({ Cookie: cookieHeader })}`);
    execFileSync(lighthouse, args, { env: { ...process.env, CHROME_PATH: chromiumPath }, stdio: ["ignore", "ignore", "inherit"] });
    const report = JSON.parse(readFileSync(out, "utf8"));
    const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
    const failing = Object.values(report.categories)
      .filter((category) => category.score < 1)
      .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1).map((ref) => `${category.id}: ${ref.id}`));
    const tbt = Math.round(report.audits["total-blocking-time"].numericValue);
    console.log(`| ${path}${signedIn ? " (signed in)" : ""} | ${score("performance")} | ${score("accessibility")} | ${score("best-practices")} | ${score("seo")} | ${tbt} ms | ${failing.join(", ") || "–"} |`);
  }
}
