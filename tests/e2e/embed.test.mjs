// The embedding contract on the release build (dist/), with the host pages in tests/e2e/pages
// served under the strict CSP `default-src 'self'; script-src 'self' 'wasm-unsafe-eval';
// style-src 'self'`: the stable layout, several widgets on one page that run independently,
// a hostile host stylesheet, removing and re-adding elements, bad attributes, live lang and
// theme, zero requests outside dist/, zero CSP violations, and the events.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, launch, firstTitle, journeyFile } from './harness.mjs';
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

// The default journey (triage) opens on its first question; root-self-service on the lost phone.
const { ja: FIRST_JA, en: FIRST_EN } = firstTitle('triage');


/** Waits until `count` widgets show a step title or an error panel. */
async function mounted(page, count) {
  await page.waitForFunction(
    (n) =>
      [...document.querySelectorAll('mfa-rescue, [data-mfa-rescue]')].filter((e) =>
        // The live widget, not the pre-rendered first step shown (inert) while the wasm loads.
        e.shadowRoot?.querySelector('.mfa-rescue-root:not([data-prerendered]) [part=step-title], [part=error]'),
      ).length >= n,
    count,
  );
}

const text = async (page, selector) => (await page.locator(selector).textContent()).trim();
const clockOf = (page, id) => page.locator(`#${id} [part=clock]`).getAttribute('datetime');

test('dist holds a stable mfa-rescue.js beside its wasm and glue, embed.html and the demo', () => {
  const files = readdirSync(DIST);
  for (const f of ['mfa-rescue.js', 'mfa-rescue-core.js', 'mfa-rescue-core_bg.wasm', 'embed.html', 'index.html']) {
    assert.ok(files.includes(f), `${f} in dist/`);
  }
  assert.deepEqual(files.filter((f) => /[0-9a-f]{12,}/.test(f)), [], 'no hashed file names');
  const wrapper = readFileSync(join(DIST, 'mfa-rescue.js'), 'utf8');
  // Minified (terser), still the patterns bundlers follow to copy the wasm and the glue.
  assert.match(wrapper, /new URL\((['"])mfa-rescue-core_bg\.wasm\1, ?import\.meta\.url\)/);
  assert.match(wrapper, /import\((['"])\.\/mfa-rescue-core\.js\1\)/);
  for (const html of ['index.html', 'embed.html']) {
    assert.doesNotMatch(readFileSync(join(DIST, html), 'utf8'), /<script(?![^>]*\bsrc=)[^>]*>/, `${html}: no inline script`);
  }
});

test('two widgets with different languages, journeys and clocks run independently, strict CSP, nothing outside dist/', async () => {
  const { context, page, errors, warnings, requested } = await open(browser, site, '/pages/plain.html');
  await mounted(page, 2);
  assert.equal(await text(page, '#first [part=step-title]'), FIRST_JA);
  assert.equal(await text(page, '#second [part=step-title]'), 'First step');
  // The first runs on the real clock; the second is frozen where its `now` put it.
  assert.equal(await clockOf(page, 'second'), '2026-11-23T10:00:00+09:00');
  const before = await clockOf(page, 'first');
  await page.waitForTimeout(1500);
  assert.notEqual(await clockOf(page, 'first'), before, 'the first widget ticks');
  assert.equal(await clockOf(page, 'second'), '2026-11-23T10:00:00+09:00', 'the frozen one does not');
  // Moving on in one leaves the other where it was.
  await page.locator('#second [part=next]').click();
  await page.waitForFunction(() => document.querySelector('#second').shadowRoot.querySelector('[part=step-title]')?.textContent.includes('All done'));
  assert.equal(await text(page, '#first [part=step-title]'), FIRST_JA);

  assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no CSP violations');
  assert.deepEqual(errors, []);
  assert.deepEqual(warnings, []);
  assert.deepEqual(outsideDist(site, requested, ['/pages/plain.html']), [], 'no request outside dist/');
  assert.ok(requested.some((u) => u.endsWith('/dist/mfa-rescue-core_bg.wasm')), 'the wasm came from dist/');
  await context.close();
});

test('twenty widgets in two languages and two journeys each keep their own state', async () => {
  const { context, page, errors, requested } = await open(browser, site, '/pages/many.html');
  await mounted(page, 20);
  const titles = await page.evaluate(() =>
    [...document.querySelectorAll('mfa-rescue')].map((e) => e.shadowRoot.querySelector('[part=step-title]').textContent.trim()),
  );
  const expected = Array.from({ length: 20 }, (_, i) => {
    const ja = i % 2 === 0;
    return i % 4 < 2 ? (ja ? FIRST_JA : FIRST_EN) : ja ? 'はじめの一歩' : 'First step';
  });
  assert.deepEqual(titles, expected);
  await page.locator('#w6 [part=next]').click();
  await page.waitForFunction(() => document.querySelector('#w6').shadowRoot.querySelector('[part=step-title]').textContent.includes('おしまい'));
  const after = await page.evaluate(() =>
    [...document.querySelectorAll('mfa-rescue')].map((e) => e.shadowRoot.querySelector('[part=step-title]').textContent.trim()),
  );
  assert.deepEqual(after, expected.map((t, i) => (i === 6 ? 'おしまい' : t)));
  // One parsed stylesheet for the page: every widget's shadow root adopts the same sheet.
  const sheets = await page.evaluate(() => {
    const all = [...document.querySelectorAll('mfa-rescue')].map((e) => e.shadowRoot.adoptedStyleSheets);
    return { counts: all.map((s) => s.length), shared: all.every((s) => s[0] === all[0][0]), rules: all[0][0].cssRules.length };
  });
  assert.deepEqual(sheets.counts, Array(20).fill(1));
  assert.ok(sheets.shared, 'all twenty roots adopt one sheet');
  assert.ok(sheets.rules > 50, `the widget's stylesheet (${sheets.rules} rules)`);
  // The real clocks of all the built-in widgets tick (widgets out of view pause their clocks, so
  // the window is made tall enough to show all twenty).
  await page.setViewportSize({ width: 1280, height: 30000 });
  await page.waitForTimeout(300);
  const clocks = () => page.evaluate(() => [...document.querySelectorAll('mfa-rescue')].map((e) => e.shadowRoot.querySelector('[part=clock]')?.getAttribute('datetime')));
  const first = await clocks();
  await page.waitForTimeout(1500);
  const second = await clocks();
  for (let i = 0; i < 20; i += 1) {
    if (i % 4 < 2) assert.notEqual(second[i], first[i], `w${i} ticks`);
  }
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(errors, []);
  assert.deepEqual(outsideDist(site, requested, ['/pages/many.html']), []);
  await context.close();
});

/** Computed styles of the widget's inside that a host could try to change. */
async function insideStyles(page) {
  await mounted(page, 1);
  return page.evaluate(() => {
    const root = document.querySelector('#probe').shadowRoot;
    const props = ['fontSize', 'fontFamily', 'fontWeight', 'letterSpacing', 'wordSpacing', 'textTransform', 'textAlign', 'lineHeight', 'color', 'backgroundColor', 'paddingTop', 'borderTopWidth', 'display'];
    const out = {};
    for (const sel of ['.mfa-rescue-root', '.mfa-rescue', '[part=step-title]', '.practice-banner', '[part=clock]', 'button', '[part=source]']) {
      const el = root.querySelector(sel);
      if (!el) throw new Error(`missing ${sel}`);
      const cs = getComputedStyle(el);
      out[sel] = Object.fromEntries(props.map((p) => [p, cs[p]]));
    }
    return out;
  });
}

test('a hostile host stylesheet (all: unset, huge fonts, odd text) does not change the inside', async () => {
  const plain = await open(browser, site, '/pages/single.html');
  const reference = await insideStyles(plain.page);
  await plain.context.close();
  const hostile = await open(browser, site, '/pages/hostile.html');
  // The stylesheet did apply to the page around the widget.
  assert.equal(await hostile.page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '48px');
  const styles = await insideStyles(hostile.page);
  assert.deepEqual(styles, reference);
  assert.equal(styles['.mfa-rescue'].fontSize, '16px');
  assert.deepEqual(await hostile.page.evaluate(() => window.__csp), []);
  assert.deepEqual(hostile.errors, []);
  await hostile.context.close();
});

test('removing widgets stops every timer; adding them back starts them again, five times, no errors', async () => {
  const { context, page, errors } = await open(browser, site, '/pages/plain.html');
  await mounted(page, 2);
  assert.ok((await page.evaluate(() => window.__timers())) > 0, 'a running widget has a pending timer');
  for (let round = 0; round < 5; round += 1) {
    await page.evaluate(() => {
      window.__parked = [...document.querySelectorAll('mfa-rescue')];
      for (const e of window.__parked) e.remove();
    });
    await page.waitForTimeout(1200);
    assert.equal(await page.evaluate(() => window.__timers()), 0, `round ${round}: no timer left`);
    assert.equal(await page.evaluate(() => window.__parked.every((e) => e.shadowRoot.childNodes.length === 0)), true, 'unmounted');
    await page.evaluate(() => document.body.append(...window.__parked));
    await mounted(page, 2);
    assert.equal(await text(page, '#first [part=step-title]'), FIRST_JA);
    assert.ok((await page.evaluate(() => window.__timers())) > 0, `round ${round}: ticking again`);
  }
  // A widget that is mid-load (the wasm already here) and removed at once leaves nothing either.
  await page.evaluate(() => {
    const e = document.createElement('mfa-rescue');
    document.body.append(e);
    e.remove();
    for (const p of window.__parked) p.remove();
  });
  await page.waitForTimeout(1200);
  assert.equal(await page.evaluate(() => window.__timers()), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('bad attributes show a translated error in their own box; the sibling keeps ticking', async () => {
  const { context, page, errors, warnings } = await open(browser, site, '/pages/errors.html');
  await mounted(page, 8);
  const panel = async (id) => {
    const box = page.locator(`#${id} [part=error]`);
    assert.equal(await box.getAttribute('role'), 'alert', `${id}: role=alert`);
    return (await box.textContent()).replace(/\s+/g, ' ');
  };
  const journey = await panel('bad-journey');
  assert.match(journey, /「nope」という名前のシナリオはありません/);
  assert.match(journey, /root-self-service/, 'lists the valid ids');
  assert.match(await panel('bad-start'), /no step “nowhere”/);
  const now = await panel('bad-now');
  assert.match(now, /now 属性の「2026-11-23 10:00」は日時として読み取れません/);
  assert.match(now, /2026-11-23T10:00:00\+09:00/, 'shows the shape that works');
  const clock = await panel('bad-clock');
  assert.match(clock, /“paused”/);
  assert.match(clock, /running/);
  assert.match(clock, /frozen/);
  assert.match(await panel('bad-src'), /“not-on-this-page”/);
  assert.match(await panel('bad-json'), /has problems/);
  assert.equal(await page.locator('#bad-json [part=error]').getAttribute('data-error'), 'invalid-journey');

  // lang, theme and resume fall back: that widget works, in the page's language, and says why
  // in the console once.
  assert.equal(await text(page, '#bad-lang [part=step-title]'), FIRST_EN);
  assert.equal(await page.locator('#bad-lang .mfa-rescue-root').getAttribute('data-theme'), 'auto');
  assert.equal(warnings.filter((w) => w.includes('lang="xx"')).length, 1, warnings.join('\n'));
  assert.equal(warnings.filter((w) => w.includes('theme="purple"')).length, 1);
  assert.equal(warnings.filter((w) => w.includes('resume="forever"')).length, 1);
  assert.equal(warnings.length, 3, warnings.join('\n'));

  // In view (a widget out of view pauses its clock), the sibling keeps ticking.
  await page.locator('#sibling').scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  const before = await clockOf(page, 'sibling');
  await page.waitForTimeout(1500);
  assert.notEqual(await clockOf(page, 'sibling'), before, 'the sibling keeps ticking');
  await page.locator('#sibling [data-choice=phone-stored-ok]').click();
  await page.waitForFunction(() => document.querySelector('#sibling').shadowRoot.querySelector('[part=step-title]').textContent.trim() !== "Your new phone's authenticator app is empty");

  // Each broken widget also told the host, with mfa-rescue:error.
  const events = await page.evaluate(() => window.__events.filter((e) => e.type === 'error'));
  assert.deepEqual(events.map((e) => e.target).sort(), ['bad-clock', 'bad-journey', 'bad-json', 'bad-now', 'bad-src', 'bad-start']);
  assert.match(events.find((e) => e.target === 'bad-journey').detail.message, /nope/);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('lang and theme change live; theme="auto" follows prefers-color-scheme; custom properties reach in', async () => {
  const { context, page, errors } = await open(browser, site, '/pages/plain.html', { colorScheme: 'dark' });
  await mounted(page, 2);
  const bg = (id) => page.locator(`#${id} .mfa-rescue`).evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.equal(await bg('first'), 'rgb(22, 27, 34)', 'auto + a dark system: dark');
  await page.evaluate(() => document.querySelector('#first').setAttribute('theme', 'light'));
  assert.equal(await bg('first'), 'rgb(255, 255, 255)');
  await page.evaluate(() => document.querySelector('#first').setAttribute('theme', 'dark'));
  assert.equal(await bg('first'), 'rgb(22, 27, 34)');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.evaluate(() => document.querySelector('#first').setAttribute('theme', 'auto'));
  assert.equal(await bg('first'), 'rgb(255, 255, 255)');
  await page.evaluate(() => document.querySelector('#first').style.setProperty('--mfa-rescue-bg', 'rgb(1, 2, 3)'));
  assert.equal(await bg('first'), 'rgb(1, 2, 3)');

  await page.evaluate(() => document.querySelector('#first').setAttribute('lang', 'en'));
  await page.waitForFunction((t) => document.querySelector('#first').shadowRoot.querySelector('[part=step-title]').textContent.trim() === t, FIRST_EN);
  await page.evaluate(() => document.querySelector('#second').setAttribute('lang', 'ja'));
  await page.waitForFunction(() => document.querySelector('#second').shadowRoot.querySelector('[part=step-title]').textContent.trim() === 'はじめの一歩');
  assert.deepEqual(errors, []);
  await context.close();
});

test('events: step, decision and complete arrive on the host with the documented details', async () => {
  const { context, page, errors } = await open(browser, site, '/pages/plain.html');
  await mounted(page, 2);
  const events = () => page.evaluate(() => window.__events);
  await page.waitForFunction(() => window.__events.filter((e) => e.type === 'step').length >= 2, null, { timeout: 3000 }).catch(() => {});
  const steps = (await events()).filter((e) => e.type === 'step');
  assert.deepEqual(
    steps.map((e) => [e.target, e.detail]).sort(),
    [
      ['first', { journey: 'triage', step: 'second-device', index: 0 }],
      ['second', { journey: 'mini', step: 'hello', index: 0 }],
    ],
  );
  await page.locator('#first [data-choice=no]').click();
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'decision'), null, { timeout: 3000 });
  const decision = (await events()).find((e) => e.type === 'decision');
  assert.equal(decision.target, 'first');
  assert.equal(decision.detail.step, 'second-device');
  assert.equal(decision.detail.answer, 'no');
  const triage = journeyFile('triage');
  const first = triage.steps.find((s) => s.id === triage.start);
  assert.equal(decision.detail.question, first.title.ja, 'the question as the reader saw it');
  const noLabel = first.on.find((t) => t.id === 'no').label.ja;
  assert.equal(decision.detail.label, noLabel);
  await page.locator('#second [part=next]').click();
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'complete'), null, { timeout: 3000 });
  const complete = (await events()).find((e) => e.type === 'complete');
  assert.deepEqual([complete.target, complete.detail], ['second', { journey: 'mini', outcome: 'recovered', kind: 'recovered' }]);
  assert.deepEqual(errors, []);
  await context.close();
});
