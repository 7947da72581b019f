// Drives headless browsers over the pages tests/browser/build.mjs made:
// serves SITE on a loopback port (server.mjs), opens every page in every
// browser given, reads back `window.__results` (checks.mjs), prints one line
// per check naming the browser, the page and the check, and closes with
// `N passed, N failed`. Exits non-zero on any failure. Never downloads a
// browser: puppeteer-core launches the binaries it is given.
//
// node tests/browser/run.mjs --site DIR [--chromium PATH] [--firefox PATH] [--page NAME]...
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import puppeteer from "puppeteer-core";
import { serve } from "./server.mjs";

const { values: args } = parseArgs({
  options: {
    site: { type: "string" },
    chromium: { type: "string" },
    firefox: { type: "string" },
    page: { type: "string", multiple: true },
  },
});
if (!args.site || (!args.chromium && !args.firefox)) {
  console.error("usage: node tests/browser/run.mjs --site DIR [--chromium PATH] [--firefox PATH] [--page NAME]...");
  process.exit(2);
}

const PAGES = args.page ?? ["web", "tsc", "webpack", "vite"];
/** Per page: loading plus every check (Firefox's collection waits up to ~40 s). */
const PAGE_TIME_LIMIT_MS = 120_000;
const LAUNCH_TIME_LIMIT_MS = 60_000;
/** The whole run; past it the process reports and exits. */
const RUN_TIME_LIMIT_MS = 15 * 60_000;

// Flags that work on a machine without a network or a GPU, as root.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--js-flags=--expose-gc",
];

const results = []; // { browser, page, check, status, detail }
const cleanups = [];

function report(browser, page, check, status, detail = "") {
  results.push({ browser, page, check, status, detail });
  const mark = { pass: "ok  ", fail: "FAIL", skip: "skip" }[status];
  const tail = detail ? (status === "fail" ? `\n       ${detail.replaceAll("\n", "\n       ")}` : `  (${detail})`) : "";
  console.log(`${mark} ${browser} / ${page} / ${check}${tail}`);
}

function summary() {
  const passed = results.filter((r) => r.status === "pass").length;
  const failed = results.filter((r) => r.status === "fail");
  const skipped = results.filter((r) => r.status === "skip");
  if (skipped.length) {
    console.log(`\n${skipped.length} check(s) skipped, each with its reason above:`);
    for (const r of skipped) console.log(`  skip ${r.browser} / ${r.page} / ${r.check}: ${r.detail}`);
  }
  if (failed.length) {
    console.log(`\n${failed.length} check(s) failed:`);
    for (const r of failed) console.log(`  FAIL ${r.browser} / ${r.page} / ${r.check}`);
  }
  console.log(`${passed} passed, ${failed.length} failed`);
  return failed.length === 0;
}

async function cleanup() {
  for (const fn of cleanups.splice(0).reverse()) {
    try {
      await fn();
    } catch (e) {
      console.error(`cleanup: ${e.message}`);
    }
  }
}

const deadline = setTimeout(async () => {
  report("runner", "-", `the whole run finished within ${RUN_TIME_LIMIT_MS / 1000} s`, "fail", "out of time; browsers and server stopped");
  await Promise.race([cleanup(), new Promise((r) => setTimeout(r, 10_000))]);
  summary();
  process.exit(1);
}, RUN_TIME_LIMIT_MS);

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, fail) => { timer = setTimeout(() => fail(new Error(`${what}: no answer within ${ms / 1000} s`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

async function launch(name, executablePath) {
  const profile = mkdtempSync(join(tmpdir(), `wasm-dispose-${name}-`));
  cleanups.push(() => rmSync(profile, { recursive: true, force: true }));
  const options =
    name === "chromium"
      ? { executablePath, headless: true, args: [...CHROMIUM_ARGS, `--user-data-dir=${profile}`] }
      : { browser: "firefox", executablePath, headless: true, userDataDir: profile };
  const browser = await withTimeout(puppeteer.launch({ ...options, timeout: LAUNCH_TIME_LIMIT_MS }), LAUNCH_TIME_LIMIT_MS + 5_000, `launching ${name}`);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await withTimeout(browser.close(), 20_000, `closing ${name}`).catch(() => browser.process()?.kill("SIGKILL"));
  };
  cleanups.push(close);
  return { browser, close };
}

async function runPage(browser, label, base, pageName) {
  const page = await browser.newPage();
  const problems = [];
  // A failed request or an uncaught error ends the wait early: the page
  // gets 10 s more to finish, in case the checks still report.
  let broken;
  const brokenPage = new Promise((_, fail) => { broken = () => setTimeout(() => fail(new Error("the page broke (below) and did not finish")), 10_000); });
  brokenPage.catch(() => {});
  const problem = (text) => { problems.push(text); if (problems.length === 1) broken(); };
  page.on("pageerror", (e) => problem(`page error: ${e.message}`));
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console.error: ${m.text()}`); });
  page.on("requestfailed", (r) => problem(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on("response", (r) => {
    if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) problem(`HTTP ${r.status()}: ${r.url()}`);
  });
  try {
    await page.goto(`${base}/${pageName}/`, { waitUntil: "load", timeout: 30_000 });
    await Promise.race([
      page.waitForFunction(() => window.__results?.done === true, { timeout: PAGE_TIME_LIMIT_MS, polling: 200 }),
      brokenPage,
    ]);
    const checks = await page.evaluate(() => window.__results.checks);
    report(label, pageName, "the page loads its packages and reports", "pass");
    for (const c of checks) report(label, pageName, c.name, c.status, c.detail);
    if (checks.length === 0) report(label, pageName, "the page ran checks", "fail", "no checks reported");
  } catch (e) {
    const partial = await page.evaluate(() => window.__results?.checks ?? []).catch(() => []);
    for (const c of partial) report(label, pageName, c.name, c.status, c.detail);
    report(label, pageName, "the page loads its packages and reports", "fail", [e.message, ...problems].join("\n"));
  } finally {
    await page.close().catch(() => {});
  }
}

let ok = false;
try {
  const server = await serve(args.site);
  cleanups.push(server.close);
  console.log(`serving ${args.site} on ${server.url}`);
  for (const name of ["chromium", "firefox"]) {
    const path = args[name];
    if (!path) continue;
    const started = performance.now();
    let session;
    try {
      session = await launch(name, path);
    } catch (e) {
      report(name, "-", "the browser starts", "fail", e.message);
      continue;
    }
    const label = `${name} ${(await session.browser.version()).replace(/^\D*\//, "")}`;
    console.log(`\n# ${label} (${path})`);
    for (const pageName of PAGES) {
      const t = performance.now();
      await runPage(session.browser, label, server.url, pageName);
      console.log(`# ${label} / ${pageName}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    await session.close();
    console.log(`# ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
  }
} catch (e) {
  report("runner", "-", "the runner", "fail", e.stack ?? String(e));
} finally {
  await cleanup();
  clearTimeout(deadline);
  ok = summary();
}
process.exit(ok ? 0 : 1);
