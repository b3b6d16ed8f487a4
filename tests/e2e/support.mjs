// Shared pieces of the end-to-end tests: a static server for the built site (dist/) and a
// headless Chromium from Debian's package, driven by playwright-core.
import { before, after } from "node:test";
import { chromium } from "playwright-core";
import { serveSite } from "../../xtask/site-server.mjs";

/**
 * Serves the built site (`dir`, default $LOOPSCOPE_DIST or dist/) on a free loopback port
 * with the server `cargo xtask serve` uses, precompressed copies and all, so the tests
 * load the page as a browser gets it from us; resolves to { url, close }.
 */
export async function serveDist(dir = process.env.LOOPSCOPE_DIST || "dist") {
  return serveSite(dir);
}

/**
 * The built site and a browser for one test file: started before its tests, closed after
 * them. Returns an object whose `server` ({ url, close }) and `browser` are set once the
 * tests run.
 */
export function useSite() {
  const site = {};
  before(async () => {
    site.server = await serveDist();
    site.browser = await launchBrowser();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/** Launches Debian's Chromium headless, with the flags this machine needs. */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Opens a page that records console errors and uncaught exceptions into `errors`. */
export async function openPage(browser, url) {
  const page = await browser.newPage();
  const errors = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(String(err)));
  await page.goto(url);
  return { page, errors };
}

/**
 * Hovers the timeline's canvas over lane `lane` (0-based, in view) at `seconds` of the run
 * and returns the tooltip's text. The geometry matches crates/app/src/timeline.rs: a
 * 20 px time axis, 22 px lanes, lane names in the first 150 px, 8 px right margin.
 */
export async function hoverTimeline(page, lane, seconds) {
  const canvas = page.locator("[data-testid=timeline] canvas");
  const box = await canvas.boundingBox();
  // A negative lane counts from the bottom of the view (-1: the lowest lane showing).
  const laneY = lane >= 0 ? 20 + lane * 22 + 11 : box.height + lane * 22 + 11;
  const range = await page.locator("[data-testid=timeline-range]").innerText();
  const [t0, t1] = range.replace(" s", "").split(" – ").map(Number);
  const trackWidth = box.width - 150 - 8;
  const x = 150 + ((seconds - t0) / (t1 - t0)) * trackWidth;
  await page.mouse.move(box.x + x, box.y + laneY);
  const tip = page.locator("[data-testid=timeline-tip]");
  await tip.waitFor({ timeout: 2000 });
  return tip.innerText();
}

/** Waits until the toolbar's status reads `text` (e.g. "finished"). */
export async function waitForStatus(page, text, timeout = 20000) {
  await page.waitForFunction(
    (want) => document.querySelector("[data-testid=status]")?.textContent === want,
    text,
    { timeout },
  );
}

/** Waits for the editor (CodeMirror, or the plain textarea where the bundle is absent). */
async function editorReady(page) {
  await page.waitForFunction(
    () => {
      const host = document.querySelector("[data-testid=editor]");
      return host && (host.loopscopeEditor || host.querySelector("textarea"));
    },
    null,
    { timeout: 15000 },
  );
}

/** Replaces the program as a paste would, so the app sees the edit as the person's. */
export async function setCode(page, code) {
  await editorReady(page);
  const done = await page.evaluate((code) => {
    const editor = document.querySelector("[data-testid=editor]").loopscopeEditor;
    if (!editor) return false;
    const { view } = editor;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code }, userEvent: "input.paste" });
    return true;
  }, code);
  if (!done) await page.fill("[data-testid=editor] textarea", code);
}

/** The program in the editor. */
export async function getCode(page) {
  await editorReady(page);
  return page.evaluate(() => {
    const host = document.querySelector("[data-testid=editor]");
    return host.loopscopeEditor ? host.loopscopeEditor.getValue() : host.querySelector("textarea").value;
  });
}
