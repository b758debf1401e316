// Accessibility of the release build (issue 6, WCAG 2.2 AA).
// 1. axe-core, injected into the page, on every step of every journey, in ja and en, light and
//    dark: zero violations. Mails are opened and <details> expanded first, so their content is
//    checked too. One browser; one page per (lang, theme) that navigates from step to step.
// 2. Japanese screens: every English run of two words or more (AWS labels kept in English,
//    phrasebook lines, CLI blocks) sits under lang="en" (or translate="no"), so screen readers
//    switch voice.
// 3. Live regions: a TOTP code that turns over is announced at most once per 30-s period, the
//    seconds countdown is in no live region; a new mail and an incoming call are announced.
// 4. prefers-reduced-motion: no animation or transition runs. (Touch targets: axe target-size,
//    WCAG 2.5.8, 24 px, is switched on in 1; text contrast 4.5:1 is axe color-contrast.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serve, launch } from './harness.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const JOURNEYS = ['triage', 'root-self-service', 'support', 'iam-user', 'org-member', 'prevention'];
const files = Object.fromEntries(
  JOURNEYS.map((j) => [j, JSON.parse(readFileSync(new URL(`../../journeys/${j}.json`, import.meta.url)))]),
);
const steps = JOURNEYS.flatMap((j) => files[j].steps.map((s) => [j, s.id]));
/** Whether a step shows a practice console screen of its own (its text then talks about it). */
const hasScreen = (journey, step) => (files[journey].steps.find((s) => s.id === step)?.screen ?? 'none') !== 'none';

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

/** Opens every mail and <details> in the widget (so axe sees their content). */
async function expandAll(page) {
  await page.evaluate(() => {
    const root = document.querySelector('#demo').shadowRoot;
    for (const b of root.querySelectorAll('.mail-summary[aria-expanded="false"]')) b.click();
    for (const d of root.querySelectorAll('details')) d.open = true;
  });
}

/** Text runs in Japanese screens that look English (two words or more) but are not marked. */
function unmarkedEnglish() {
  const root = document.querySelector('#demo').shadowRoot;
  const out = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || el.closest('[translate="no"], .visually-hidden[lang]') || el.closest('[lang]')?.getAttribute('lang') === 'en') continue;
    if (el.closest('style, script')) continue;
    for (const run of n.data.replace(/\S+@\S+/g, '').split(/[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]+/)) {
      const words = run.split(/[^A-Za-z]+/).filter((w) => w.length >= 2);
      if (words.length >= 2) out.push(`${el.tagName.toLowerCase()}.${el.className}: ${run.trim()}`);
    }
  }
  return out;
}

/** On a step that shows a practice console screen: labels its text tells the reader to press or
 *  pick (「X」を押して, choose "X") that nothing of the widget shows at this step. The journeys
 *  must name buttons and choices as the console shows them in that language (a gloss after the
 *  label is fine: 「SMS text」 names 「SMS text（SMS で受け取る）」). Steps without a screen of their
 *  own describe the real AWS pages and are not checked. */
function unshownLabels() {
  const root = document.querySelector('#demo').shadowRoot;
  const card = root.querySelector('.step-card');
  const texts = [...card.querySelectorAll('.step-body, .decision .advice, .decision .reason')].map((e) => e.textContent);
  const wanted = new Set();
  for (const text of texts) {
    for (const m of text.matchAll(/「([^「」]+)」(?:（[^）]*）)?(?:を押|をクリック|を選ん|を選び|をタップ)/g)) wanted.add(m[1]);
    for (const m of text.matchAll(/\b(?:choose|press|click|select|tap)\s+[“"]([^”"]+)[”"]/gi)) wanted.add(m[1]);
  }
  const controls = [...root.querySelectorAll('button, a, summary, label, [role=tab], .radio-like, dt, dd')]
    .filter((e) => !card.querySelector('.step-body')?.contains(e))
    .map((e) => e.textContent.replace(/\s+/g, ' ').trim());
  const shows = (c, label) => c === label || c.startsWith(`${label}（`) || c.startsWith(`${label} `) || c.endsWith(` ${label}`);
  return [...wanted].filter((label) => !controls.some((c) => shows(c, label)));
}

test('axe-core: zero violations on every step of every journey, ja and en, light and dark', { timeout: 900_000 }, async () => {
  const failures = [];
  const unmarked = new Set();
  const unshown = new Set();
  let states = 0;
  const rules = new Set();
  const started = Date.now();
  for (const lang of ['ja', 'en']) {
    for (const theme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(AXE);
      const page = await context.newPage();
      for (const [journey, step] of steps) {
        await page.goto(`${server.url}/?journey=${journey}&start=${step}&seed=axe&lang=${lang}&theme=${theme}`);
        await page.locator('[part=step-title]').waitFor();
        assert.equal(await page.locator('.mfa-rescue-root').getAttribute('data-theme'), theme);
        await expandAll(page);
        const result = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } }));
        states++;
        for (const r of result.passes) rules.add(r.id);
        for (const v of result.violations) {
          failures.push(`${lang}/${theme} ${journey}/${step}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        }
        if (lang === 'ja' && theme === 'light') {
          for (const u of await page.evaluate(unmarkedEnglish)) unmarked.add(`${journey}/${step} ${u}`);
        }
        if (theme === 'light' && hasScreen(journey, step)) {
          for (const label of await page.evaluate(unshownLabels)) unshown.add(`${lang} ${journey}/${step}: ${label}`);
        }
      }
      await context.close();
    }
  }
  console.log(`axe: ${states} states (step × lang × theme) in ${Math.round((Date.now() - started) / 1000)} s`);
  assert.equal(states, 4 * steps.length);
  assert.deepEqual(failures, []);
  // The checks that matter here did run (and passed).
  for (const id of ['color-contrast', 'target-size', 'aria-allowed-attr', 'button-name', 'label', 'valid-lang']) {
    assert.ok(rules.has(id), `axe rule ${id} ran`);
  }
  if (unmarked.size) console.log([...unmarked].join('\n'));
  assert.deepEqual([...unmarked], [], 'English inside Japanese screens without lang="en"');
  assert.deepEqual([...unshown], [], 'a step tells the reader to press a label no control of the widget shows there');
});

test('axe-core at phone width (375 px, one panel at a time): zero violations on every step, ja light and en dark', { timeout: 900_000 }, async () => {
  const failures = [];
  let states = 0;
  for (const [lang, theme] of [['ja', 'light'], ['en', 'dark']]) {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    await context.addInitScript(AXE);
    const page = await context.newPage();
    for (const [journey, step] of steps) {
      await page.goto(`${server.url}/?journey=${journey}&start=${step}&seed=axe-narrow&lang=${lang}&theme=${theme}`);
      await page.locator('[part=step-title]').waitFor();
      await expandAll(page);
      const result = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } }));
      states++;
      for (const v of result.violations) {
        failures.push(`${lang}/${theme} ${journey}/${step}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      }
    }
    // The narrow layout really is one panel at a time, with tabs to switch.
    const shown = await page.evaluate(() => [...document.querySelector('#demo').shadowRoot.querySelectorAll('.slot')].filter((s) => getComputedStyle(s).display !== 'none').length);
    assert.equal(shown, 1, 'one panel at a time on a phone');
    await context.close();
  }
  assert.equal(states, 2 * steps.length);
  assert.deepEqual(failures, []);
});

/** Records, for every live region of the widget, each new text it shows (a MutationObserver),
 *  and how often the TOTP countdown changed. Read back with `window.__live()`. */
function watchLiveRegions() {
  const root = document.querySelector('#demo').shadowRoot;
  const LIVE = '[aria-live]:not([aria-live="off"]), [role=status], [role=alert], [role=log]';
  const names = new Map();
  const name = (el) => {
    if (!names.has(el)) names.set(el, `${el.tagName.toLowerCase()}.${el.className || ''}@${el.closest('[part]')?.getAttribute('part') ?? ''}#${names.size}`);
    return names.get(el);
  };
  const seen = new Map();
  const changes = {};
  let countdown = 0;
  for (const el of root.querySelectorAll(LIVE)) seen.set(el, el.textContent);
  new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      if (el?.closest('[part=totp-countdown]')) countdown++;
      const region = el?.closest(LIVE);
      if (!region) continue;
      const text = region.textContent;
      if (seen.get(region) === text) continue;
      seen.set(region, text);
      (changes[name(region)] ??= []).push(text.trim());
    }
  }).observe(root, { subtree: true, childList: true, characterData: true });
  window.__live = () => ({ changes, countdown });
}

test('live regions: the TOTP code is announced once per period, the countdown never', { timeout: 90_000 }, async () => {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${server.url}/?journey=root-self-service&start=assign-mfa&seed=live&lang=ja`);
  await page.locator('[part=phone] button.scan').click();
  await page.locator('[part=totp-code]').waitFor();
  // The code sits in a polite, atomic live region; the countdown in none.
  const code = page.locator('[part=totp-code]');
  assert.equal(await code.evaluate((el) => el.closest('[aria-live]')?.getAttribute('aria-live')), 'polite');
  assert.equal(await code.evaluate((el) => el.closest('[aria-live]')?.getAttribute('aria-atomic')), 'true');
  const countdownLive = await page.locator('[part=totp-countdown]').evaluate(
    (el) => !!el.closest('[aria-live]:not([aria-live="off"]), [role=status], [role=alert], [role=timer], [role=log]'),
  );
  assert.equal(countdownLive, false, 'the seconds countdown is not announced');
  assert.equal(await page.locator('.countdown-bar').getAttribute('aria-hidden'), 'true');
  await page.evaluate(watchLiveRegions);
  await page.waitForTimeout(35_000);
  const { changes, countdown } = await page.evaluate(() => window.__live());
  assert.ok(countdown >= 25, `the clock ran: the countdown changed ${countdown} times`);
  const totpRegion = Object.entries(changes).filter(([, texts]) => texts.some((t) => /\d{3} \d{3}/.test(t)));
  assert.equal(totpRegion.length, 1, JSON.stringify(changes));
  const [, texts] = totpRegion[0];
  assert.ok(texts.length >= 1 && texts.length <= 2, `the code was announced ${texts.length} times in 35 s: ${texts}`);
  // No live region chatters: none changed more than twice in 35 s.
  for (const [region, t] of Object.entries(changes)) assert.ok(t.length <= 2, `${region} changed ${t.length} times`);
  await page.context().close();
});

test('live regions: a new mail and an incoming call are announced once', async () => {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${server.url}/?journey=root-self-service&start=verify-email&seed=live&lang=en`);
  await page.locator('[data-action="send-email"]').waitFor();
  await page.evaluate(watchLiveRegions);
  await page.locator('[data-action="send-email"]').click();
  await page.locator('[part=mail]').first().waitFor();
  const subject = (await page.locator('[part=mail] .mail-subject').first().textContent()).replace(/^New\s*/, '').trim();
  const inboxStatus = page.locator('[part=inbox] > [role=status].visually-hidden');
  assert.match(await inboxStatus.textContent(), new RegExp(`1 mail.*${subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  let { changes } = await page.evaluate(() => window.__live());
  const mailAnnouncements = Object.values(changes).flat().filter((t) => t.includes(subject));
  assert.equal(mailAnnouncements.length, 1, JSON.stringify(changes));

  await page.goto(`${server.url}/?journey=root-self-service&start=call-me-now&seed=live&lang=ja`);
  await page.locator('[data-action="call-me-now"]').waitFor();
  const phoneStatus = page.locator('[part=phone] > [role=status].visually-hidden');
  assert.equal((await phoneStatus.textContent()).trim(), '', 'no call yet');
  await page.evaluate(watchLiveRegions);
  await page.locator('[data-action="call-me-now"]').click();
  await page.locator('[part=phone] .call').waitFor();
  const caller = (await page.locator('.call .caller').textContent()).trim();
  assert.equal((await phoneStatus.textContent()).trim(), `電話がかかってきました： ${caller}`);
  ({ changes } = await page.evaluate(() => window.__live()));
  assert.equal(Object.values(changes).flat().filter((t) => t.includes(caller)).length, 1, JSON.stringify(changes));
  await page.context().close();
});

test('prefers-reduced-motion: nothing animates or transitions', async () => {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' })).newPage();
  for (const start of ['phone-call', 'assign-mfa', 'mail-arrived']) {
    await page.goto(`${server.url}/?journey=root-self-service&start=${start}&seed=motion&lang=en`);
    await page.locator('[part=step-title]').waitFor();
    const moving = await page.evaluate(() => {
      const root = document.querySelector('#demo').shadowRoot;
      const out = [];
      for (const el of root.querySelectorAll('*')) {
        for (const pseudo of [null, '::before', '::after']) {
          const s = getComputedStyle(el, pseudo);
          const transition = s.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
          if (s.animationName !== 'none' || transition || s.scrollBehavior === 'smooth') {
            out.push(`${el.tagName}.${el.className}${pseudo ?? ''}`);
          }
        }
      }
      return { out, running: document.getAnimations().length };
    });
    assert.deepEqual(moving.out, [], `${start}: elements that move`);
    assert.equal(moving.running, 0, `${start}: running animations`);
  }
  // The rule that guarantees it is in the widget's own stylesheet.
  const rule = await page.evaluate(() =>
    [...document.querySelector('#demo').shadowRoot.adoptedStyleSheets].some((sheet) =>
      [...sheet.cssRules].some(
        (r) =>
          r.conditionText?.includes('prefers-reduced-motion: reduce') &&
          [...r.cssRules].some((x) => x.style?.animationName === 'none' && x.style?.transitionDuration === '0s'),
      ),
    ),
  );
  assert.ok(rule, 'a prefers-reduced-motion rule stops animations');
  await page.context().close();
});
