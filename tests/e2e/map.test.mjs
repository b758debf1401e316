// The map and the timeline (issue 14) in the release build, at phone width (375 px) in both
// languages: axe-core finds no violation with the map open and with the timeline shown, the page
// never scrolls sideways, the map is opened and a passed step gone back to with the keyboard
// alone, and printing keeps the timeline alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serve, launch, journeyFile } from './harness.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const support = journeyFile('support');

let server;
let browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const inWidget = (selector) => `#demo >> ${selector}`;

async function axeViolations(page) {
  const result = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Tabs until `selector` (inside the widget) has the focus. */
async function tabTo(page, selector, max = 120) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate((sel) => document.querySelector('#demo').shadowRoot.activeElement?.matches(sel) ?? false, selector);
    if (hit) return;
  }
  assert.fail(`${selector} never took the focus`);
}

for (const lang of ['ja', 'en']) {
  test(`map and timeline at 375 px, ${lang}: axe 0, no sideways scroll, keyboard alone, print`, { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    await context.addInitScript(AXE);
    const page = await context.newPage();
    const problems = [];
    page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    // Friday 23:00 in Japan, the clock frozen: Japanese support opens on Monday at 09:00.
    await page.goto(`${server.url}/?journey=support&start=support-language&seed=map-e2e&lang=${lang}&clock=frozen&now=2026-11-27T23:00:00%2B09:00`);
    await page.locator('[part=step-title]').waitFor();
    const title = (id) => support.steps.find((s) => s.id === id).title[lang];

    // Open the map with the keyboard: its summary, then Enter.
    await tabTo(page, '[part=map] > summary');
    await page.keyboard.press('Enter');
    await page.locator(inWidget('[part=map] li[data-step]')).first().waitFor();
    assert.equal(await page.locator(inWidget('[part=map] li[data-step]')).count(), support.steps.length);
    assert.equal(await page.locator(inWidget('[part=map] li[aria-current=step]')).getAttribute('data-step'), 'support-language');
    assert.deepEqual(await axeViolations(page), [], 'map open');
    assert.ok((await overflow(page)) <= 0, 'the page scrolls sideways with the map open');
    // The drawing shrinks to fit its box.
    const box = await page.locator(inWidget('.map-drawing')).evaluate((e) => ({ w: e.clientWidth, page: document.documentElement.clientWidth }));
    assert.ok(box.w <= box.page, `drawing box ${box.w} px wider than the page`);

    // Two steps on, then back to the first through the map, by keyboard.
    await tabTo(page, '[data-choice=english]');
    await page.keyboard.press('Enter');
    await page.locator(inWidget('[part=step-title]')).filter({ hasText: title('submit-english') }).waitFor();
    await tabTo(page, '[part=map] li[data-step=support-language] .map-back');
    await page.keyboard.press('Enter');
    await page.locator(inWidget('[part=step-title]')).filter({ hasText: title('support-language') }).waitFor();
    const focusedPart = await page.evaluate(() => document.querySelector('#demo').shadowRoot.activeElement?.getAttribute('part'));
    assert.equal(focusedPart, 'step-title', 'the focus lands on the step it went back to');

    // By pointer: the summary closes the map (its box empties) and opens it again, and a tap on a
    // passed step goes back. The button's own words take no pointer events, so the click's target
    // is the button whichever word the finger lands on.
    await page.locator(inWidget('[data-choice=english]')).click();
    await page.locator(inWidget('[part=step-title]')).filter({ hasText: title('submit-english') }).waitFor();
    await page.locator(inWidget('[part=map] > summary')).click();
    assert.equal(await page.locator(inWidget('[part=map] li')).count(), 0, 'a closed map is drawn empty');
    await page.locator(inWidget('[part=map] > summary')).click();
    const back = page.locator(inWidget('[part=map] li[data-step=support-language] .map-back'));
    const inner = await back.evaluate((b) => [...b.querySelectorAll('*')].map((e) => getComputedStyle(e).pointerEvents));
    assert.ok(inner.length > 0 && inner.every((p) => p === 'none'), inner.join(' '));
    await back.scrollIntoViewIfNeeded();
    const r = await back.boundingBox();
    await page.touchscreen.tap(r.x + r.width / 2, r.y + r.height / 2);
    await page.locator(inWidget('[part=step-title]')).filter({ hasText: title('support-language') }).waitFor();
    assert.equal(await page.locator(inWidget('[part=map] li[aria-current=step]')).getAttribute('data-step'), 'support-language');

    // On to an outcome: English, submit, skip the wait, the call, no way to read the mail.
    for (const sel of ['[data-choice=english]', '[data-action=submit-support]', '.skip-wait', '[data-choice=english-ok]', '[data-choice=cannot-read]']) {
      await page.locator(inWidget(sel)).click();
    }
    await page.locator(inWidget('[part=timeline]')).waitFor();
    const times = await page.locator(inWidget('[part=timeline] li time')).evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
    assert.equal(times[0], '2026-11-27T23:00:00+09:00');
    assert.ok(times.every((t) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+09:00$/.test(t)), times.join(' '));
    const other = await page.locator(inWidget('[part=timeline] .other-choice')).textContent();
    assert.match(other, lang === 'ja' ? /11月30日（月） 09:00（58 時間後）/ : /Mon 30 Nov 09:00, 58 h later/);
    assert.deepEqual(await axeViolations(page), [], 'timeline shown');
    assert.ok((await overflow(page)) <= 0, 'the page scrolls sideways with the timeline');

    // Print: the timeline alone.
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => {
      const root = document.querySelector('#demo').shadowRoot;
      const visible = (sel) => [...root.querySelectorAll(sel)].some((e) => e.getClientRects().length > 0);
      return {
        timeline: visible('[part=timeline] li'),
        title: visible('[part=step-title]'),
        map: visible('[part=map]'),
        outcome: visible('.outcome'),
        world: visible('.world'),
        header: visible('.widget-header'),
      };
    });
    assert.deepEqual(shown, { timeline: true, title: false, map: false, outcome: false, world: false, header: false });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the print stylesheet keeps the timeline alone at an outcome', () => {
  const css = readFileSync(new URL('../../style/widget.css', import.meta.url), 'utf8');
  const print = css.slice(css.indexOf('@media print'));
  assert.match(print, /\.step-card\.ended > :not\(\.timeline\)[^{]*\{ display: none !important; \}/);
});
