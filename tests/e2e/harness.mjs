// Shared set-up for the end-to-end suites: the release bundle served from /timeline/, Debian's Chromium, and a
// page opener that records every console error or warning, page error, CSP violation and failed request.
import { resolve } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "./server.mjs";
import { launchOptions } from "./browser.mjs";

export const dist = resolve(process.env.DIST ?? new URL("../../dist", import.meta.url).pathname);

/** Serves `root` (the release bundle by default) and opens Chromium. Options: `base`, the address of a bundle
 *  already served elsewhere (e.g. by nginx; then `root` is not served), and `args`, more Chromium switches. */
export async function startHarness(root = dist, { base: served, args = [] } = {}) {
  const { server, url: base } = served ? { server: null, url: served } : await serve(root);
  const browser = await chromium.launch({ ...launchOptions, args: [...launchOptions.args, ...args] });
  const problems = [];
  const short = (text) => (text.length > 300 ? text.slice(0, 300) + "…" : text);

  /** Records problems of a page (console errors/warnings, page errors, failed or 4xx/5xx requests, CSP). */
  function watch(page) {
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(short(`console ${m.type()}: ${m.text()}`));
    });
    page.on("pageerror", (e) => problems.push(short(`page error: ${e.message}`)));
    page.on("requestfailed", (r) => problems.push(short(`request failed: ${r.url()} ${r.failure()?.errorText}`)));
    page.on("response", (r) => {
      if (r.status() >= 400) problems.push(short(`HTTP ${r.status()}: ${r.url()}`));
    });
  }

  /** A fresh context (own storage) and page at `query`, waiting for `ready`. Options: locale, width, height,
   *  scheme ("light" or "dark"), touch (a phone: touch events and a mobile viewport), ready (a selector), later
   *  (also the charts and trends, which render when the reader comes near them: see `nearLater`). */
  async function open(
    query = "",
    {
      locale = "en-US",
      width = 1280,
      height = 900,
      scheme = "light",
      touch = false,
      ready = ".milestone:not([hidden])",
      later = false,
    } = {},
  ) {
    // `touch`: a phone, as Playwright emulates one (touch events, mobile viewport meta honoured).
    const context = await browser.newContext({
      locale,
      viewport: { width, height },
      colorScheme: scheme,
      ...(touch ? { hasTouch: true, isMobile: true } : {}),
    });
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const page = await context.newPage();
    watch(page);
    await page.goto(base + query);
    await started(page);
    await page.waitForSelector(ready);
    if (later) await nearLater(page);
    return { context, page };
  }

  /** Scrolls to where the charts and trends go, waits until they are there, and back to the top. */
  async function nearLater(page) {
    await page.evaluate(() => document.querySelector(".later-anchor").scrollIntoView());
    await page.waitForSelector(".trend");
    await page.evaluate(() => window.scrollTo(0, 0));
  }

  /** Waits until the app runs, has hydrated its page and rendered all of its list (`<html data-ready>`). */
  const started = (page) =>
    page.waitForFunction(() => window.wasmBindings !== undefined && document.documentElement.hasAttribute("data-ready"));

  /** CSP violations seen by a page so far. */
  const cspViolations = (page) => page.evaluate(() => window.__cspViolations ?? []);

  async function close() {
    await browser.close();
    server?.close();
  }

  return { base, browser, open, nearLater, watch, started, problems, cspViolations, close };
}
