// The embedding tests' web server: the release build under /dist/ and the host fixture pages
// (tests/e2e/pages) under /pages/, so every page loads the widget from a sub-folder
// (../dist/mfa-rescue.js), as a wiki that copied the folder would. Records every request.
// Also a page instrument: CSP violations and the page's live timers, counted from the start.
import { join, resolve } from 'node:path';
import { DIST, serve } from './harness.mjs';

export const PAGES = resolve('tests/e2e/pages');
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/** Serves /dist/… and /pages/…; `headers` go on every response (e.g. the strict CSP). */
export function serveSite(headers = { 'content-security-policy': STRICT_CSP }) {
  return serve(async (path) => {
    const [, top, ...rest] = path.split('/');
    const root = { dist: DIST, pages: PAGES }[top];
    const file = root && join(root, ...rest);
    return file && file.startsWith(root) ? file : null;
  }, headers);
}

/** Runs before any page script: records CSP violations in `__csp`, the widget's events in
 * `__events`, and keeps `__timers()`, the
 * number of timeouts and intervals scheduled and neither fired nor cleared. */
export function instrument() {
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
  });
  const live = new Set();
  const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;
  window.setTimeout = function (f, ms, ...args) {
    const id = st.call(window, (...a) => {
      live.delete(id);
      if (typeof f === 'function') f(...a);
    }, ms, ...args);
    live.add(id);
    return id;
  };
  window.clearTimeout = function (id) {
    live.delete(id);
    return ct.call(window, id);
  };
  window.setInterval = function (f, ms, ...args) {
    const id = si.call(window, f, ms, ...args);
    live.add(id);
    return id;
  };
  window.clearInterval = function (id) {
    live.delete(id);
    return ci.call(window, id);
  };
  window.__timers = () => live.size;
  // The widget's events, as a host would see them (they bubble and are composed).
  window.__events = [];
  for (const type of ['step', 'decision', 'complete', 'error']) {
    window.addEventListener(`mfa-rescue:${type}`, (e) => {
      const target = e.target; // retargeted to the host outside its shadow root
      window.__events.push({ type, target: target.id || target.localName, detail: JSON.parse(JSON.stringify(e.detail ?? null)) });
    });
  }
}

/** Opens `path` with the instrument; collects console messages by type and page errors. */
export async function open(browser, site, path, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const errors = [];
  const warnings = [];
  const requested = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(site.url + path);
  return { context, page, errors, warnings, requested };
}

/** Every request `requested` made went to the build folder or to `page` itself. */
export function outsideDist(site, requested, pages) {
  return requested.filter((u) => !u.startsWith(`${site.url}/dist/`) && !pages.some((p) => u.startsWith(site.url + p)));
}
