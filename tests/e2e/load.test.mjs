// The load chain on a plain host page (one module script and the element, no preload hints):
// the wasm is requested before the wasm-bindgen glue, so on a slow link they travel together
// instead of one after the other, and the widget still starts with no console error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, firstTitle } from './harness.mjs';
import { serveSite, open, outsideDist } from './site.mjs';

let site;
let browser;
before(async () => {
  site = await serveSite();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

test('the wasm request starts before the glue is requested, and the first step shows', async () => {
  const { context, page, errors, requested } = await open(browser, site, '/pages/single.html');
  await page.waitForFunction(() => document.querySelector('#probe')?.shadowRoot?.querySelector('[part=step-title]'));
  assert.equal((await page.locator('#probe [part=step-title]').textContent()).trim(), firstTitle('triage').en);
  const paths = requested.map((u) => new URL(u).pathname);
  const wasm = paths.indexOf('/dist/mfa-rescue-core_bg.wasm');
  const glue = paths.indexOf('/dist/mfa-rescue-core.js');
  assert.ok(wasm >= 0 && glue >= 0, `both requested: ${paths.join(' ')}`);
  assert.ok(wasm < glue, `the wasm first: ${paths.join(' ')}`);
  assert.equal(paths.filter((p) => p === '/dist/mfa-rescue-core_bg.wasm').length, 1, 'the wasm once');
  assert.deepEqual(errors, []);
  assert.deepEqual(outsideDist(site, requested, ['/pages/single.html']), []);
  await context.close();
});

test("the wasm waits for the pre-rendered step's response to begin, so its bytes do not slow that step", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route('**/journeys/triage.en.html', async (route) => {
    await held;
    await route.continue();
  });
  const sheet = page.waitForResponse((r) => r.url().endsWith('/dist/widget.css'));
  await page.goto(`${site.url}/pages/single.html`);
  await sheet;
  await page.locator('#probe [data-loading]').waitFor();
  // Everything else the step needs has arrived; the step's own response has not begun.
  await page.waitForTimeout(300);
  assert.ok(requested.includes('/dist/journeys/triage.en.html'), requested.join(' '));
  assert.ok(!requested.includes('/dist/mfa-rescue-core_bg.wasm'), `no wasm request yet: ${requested.join(' ')}`);
  release();
  await page.locator('#probe .mfa-rescue-root:not([data-prerendered]) [part=step-title]').waitFor();
  assert.ok(requested.indexOf('/dist/mfa-rescue-core_bg.wasm') > requested.indexOf('/dist/journeys/triage.en.html'));
  await context.close();
});

/** Holds the wasm's request back until the returned function is called. */
async function holdWasm(page) {
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route('**/mfa-rescue-core_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Where `#probe` sits on the page and how big it is. */
const probeBox = (page) => page.evaluate(() => {
  const r = document.querySelector('#probe').getBoundingClientRect();
  return { top: r.top + scrollY, left: r.left + scrollX, width: r.width, height: r.height };
});

/** The widget's markup in `host`'s shadow root, as the pre-render writes it. */
const markup = (page, host) =>
  page.evaluate((sel) => document.querySelector(sel).shadowRoot.querySelector('.mfa-rescue-root').innerHTML, host);

test('the pre-rendered first step shows before the wasm, inert, in the page language; a tap on an answer is kept and the live widget takes it', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const release = await holdWasm(page);
  // single.html: lang="en" on the element, triage.
  await page.goto(`${site.url}/pages/single.html`);
  const box = page.locator('#probe .mfa-rescue-root[data-prerendered]');
  await box.waitFor();
  assert.equal(await box.getAttribute('inert'), '', 'nothing can be clicked or focused before it works');
  assert.equal((await page.locator('#probe [part=step-title]').textContent()).trim(), firstTitle('triage').en);
  // A tap on an answer while the wasm is held back changes nothing yet: the answer is marked as
  // kept, and the step stays.
  const answer = page.locator('#probe [data-choice]').nth(1);
  const choice = await answer.getAttribute('data-choice');
  await answer.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  const r = await answer.boundingBox();
  await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
  assert.equal(await answer.getAttribute('data-pending'), '', 'the tapped answer is marked');
  assert.equal(await page.locator('#probe [data-pending]').count(), 1);
  assert.equal((await page.locator('#probe [part=step-title]').textContent()).trim(), firstTitle('triage').en);
  // A tap on the step's text keeps nothing more.
  await page.locator('#probe [part=step-title]').evaluate((e) => e.scrollIntoView({ block: 'center' }));
  const title = await page.locator('#probe [part=step-title]').boundingBox();
  await page.mouse.click(title.x + 2, title.y + title.height / 2);
  assert.equal(await page.locator('#probe [data-pending]').count(), 1);
  const before = await probeBox(page);
  const triage = JSON.parse(readFileSync(new URL('../../journeys/triage.json', import.meta.url)));
  const next = triage.steps[0].on.find((t) => t.id === choice).next;
  release();
  // The live widget takes over in place (its height then follows the step the tap leads to),
  // and takes the kept tap: on to the step that answer leads to.
  await page.locator('#probe .mfa-rescue-root:not([data-prerendered])').waitFor();
  const after = await probeBox(page);
  assert.equal(after.width, before.width, 'no sideways shift when the live widget takes over');
  assert.equal(after.top, before.top);
  assert.equal(await page.locator('#probe [inert]').count(), 0);
  assert.equal(await page.locator('#probe [data-pending]').count(), 0);
  const nextTitle = triage.steps.find((s) => s.id === next).title.en;
  await page.locator('#probe [part=step-title]').filter({ hasText: nextTitle }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('without a tap, the live widget replaces the pre-rendered step in place, and an answer works', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const release = await holdWasm(page);
  await page.goto(`${site.url}/pages/single.html`);
  await page.locator('#probe .mfa-rescue-root[data-prerendered]').waitFor();
  const before = await probeBox(page);
  release();
  await page.locator('#probe .mfa-rescue-root:not([data-prerendered])').waitFor();
  assert.deepEqual(await probeBox(page), before, 'no layout shift when the live widget takes over');
  assert.equal((await page.locator('#probe [part=step-title]').textContent()).trim(), firstTitle('triage').en);
  await page.locator('#probe [data-choice]').first().click();
  await page.waitForFunction((t) => document.querySelector('#probe').shadowRoot.querySelector('[part=step-title]')?.textContent.trim() !== t, firstTitle('triage').en);
  await context.close();
});

test("every journey's pre-rendered first step, in both languages, is the live widget's markup", async () => {
  const { normalize } = await import('../../scripts/prerender.mjs');
  const { readdirSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { DIST, journeyFile } = await import('./harness.mjs');
  const IDS = readdirSync(join(DIST, 'journeys')).filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5));
  assert.equal(IDS.length, 6);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${site.url}/pages/single.html`);
  await page.waitForFunction(() => document.querySelector('#probe')?.shadowRoot?.querySelector('.mfa-rescue-root:not([data-prerendered]) [part=step-title]'));
  for (const id of IDS) {
    assert.ok(journeyFile(id).steps.length > 0);
    for (const lang of ['ja', 'en']) {
      const file = readFileSync(`${DIST}/journeys/${id}.${lang}.html`, 'utf8');
      // A live widget with a random seed and the real clock, as a reader gets it.
      await page.evaluate(([j, l]) => {
        document.querySelector('#live')?.remove();
        const el = document.createElement('mfa-rescue');
        el.id = 'live';
        el.setAttribute('journey', j);
        el.setAttribute('lang', l);
        el.setAttribute('resume', 'off');
        document.body.append(el);
      }, [id, lang]);
      await page.waitForFunction(() => document.querySelector('#live')?.shadowRoot?.querySelector('.mfa-rescue-root:not([data-prerendered]) [part=step-title]'));
      assert.equal(normalize(await markup(page, '#live')), file, `${id} ${lang}: the pre-rendered markup drifted from the live widget's; rebuild`);
    }
  }
  await context.close();
});

test('before any first step is there, the box says it is loading, in the page language', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Nothing but the wrapper arrives: no pre-rendered step, no wasm.
  await page.route(/\/(journeys\/|widget\.css|mfa-rescue-core)/, () => {});
  await page.goto(`${site.url}/pages/mkdocs.html`);
  const status = page.locator('mfa-rescue [data-loading][role=status]').first();
  await status.waitFor();
  const lang = await page.evaluate(() => document.documentElement.lang);
  const strings = JSON.parse(readFileSync('i18n/strings.json', 'utf8'));
  assert.equal(await status.getAttribute('lang'), lang.slice(0, 2));
  assert.equal((await status.textContent()).trim(), strings.Loading[lang.slice(0, 2)]);
  await context.close();
});

test('widget.css: requested once for every widget of the page, adopted by the live widgets (a deep link too); without it, an error instead of an unstyled box', async () => {
  // many.html: twenty widgets, two journeys, both languages.
  const { context, page, errors, requested } = await open(browser, site, '/pages/many.html');
  await page.waitForFunction(() => [...document.querySelectorAll('mfa-rescue')].every((e) => e.shadowRoot?.querySelector('.mfa-rescue-root:not([data-prerendered]) [part=step-title]')));
  const css = requested.filter((u) => new URL(u).pathname === '/dist/widget.css');
  assert.equal(css.length, 1, `widget.css once: ${css.join(' ')}`);
  // A deep link shows no pre-rendered step; the live widget still has the sheet, styled.
  const styled = await page.evaluate(async () => {
    const el = document.createElement('mfa-rescue');
    el.setAttribute('journey', 'root-self-service');
    el.setAttribute('start', 'sign-in');
    el.setAttribute('lang', 'en');
    document.body.append(el);
    for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('[part=step-title]'); i++) await new Promise((ok) => setTimeout(ok, 20));
    const sheets = el.shadowRoot.adoptedStyleSheets;
    const first = document.querySelector('mfa-rescue').shadowRoot.adoptedStyleSheets[0];
    return { count: sheets.length, same: sheets[0] === first, display: getComputedStyle(el.shadowRoot.querySelector('.shell')).display };
  });
  assert.deepEqual(styled, { count: 1, same: true, display: 'grid' });
  assert.deepEqual(errors, []);
  await context.close();

  // The stylesheet cannot be had: the box does not stay "loading", and the page hears why.
  const broken = await browser.newContext();
  const tab = await broken.newPage();
  await tab.route('**/widget.css', (route) => route.fulfill({ status: 404, body: '' }));
  const warned = tab.waitForEvent('console', { predicate: (m) => m.type() === 'warning' && m.text().includes('widget.css'), timeout: 15000 });
  await tab.goto(`${site.url}/pages/single.html`);
  await warned;
  const left = await tab.evaluate(() => ({ title: !!document.querySelector('#probe').shadowRoot?.querySelector('[part=step-title]'), loading: !!document.querySelector('#probe').shadowRoot?.querySelector('[data-loading]') }));
  assert.deepEqual(left, { title: false, loading: false }, 'neither an unstyled widget nor a "loading" that never ends');
  await broken.close();
});
