// The host snippets of the README, each on a page shaped like that host, under the strict CSP:
// plain MkDocs output, a Docusaurus-style single-page site whose navigation adds and removes
// widgets, a Confluence HTML macro (the div form), the iframe page posting its height, and the
// demo page itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, DIST, firstTitle } from './harness.mjs';
import { serveSite, open, outsideDist, STRICT_CSP } from './site.mjs';

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
const LOST_PHONE_JA = '新しいスマホで、認証アプリが空になった';
const LOST_PHONE_EN = "Your new phone's authenticator app is empty";

const titleOf = (page, id) =>
  page.waitForFunction(
    (i) => document.getElementById(i)?.shadowRoot?.querySelector('[part=step-title]')?.textContent.trim(),
    id,
  ).then((h) => h.jsonValue());

async function clean(site, { page, errors, requested }, pages) {
  assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no CSP violations');
  assert.deepEqual(errors, [], 'no console errors');
  assert.deepEqual(outsideDist(site, requested, pages), [], 'no request outside dist/');
}

test('MkDocs: extra_javascript as a module, the widget takes the page language', async () => {
  const opened = await open(browser, site, '/pages/mkdocs.html');
  assert.equal(await titleOf(opened.page, 'mkdocs-rehearsal'), LOST_PHONE_JA);
  await clean(site, opened, ['/pages/mkdocs.html', '/pages/mkdocs.css']);
  await opened.context.close();
});

test('Docusaurus-style SPA: widgets come and go with client-side navigation, no timers left', async () => {
  const opened = await open(browser, site, '/pages/docusaurus.html');
  const { page } = opened;
  assert.equal(await titleOf(page, 'recover-ja'), LOST_PHONE_JA);
  for (let round = 0; round < 3; round += 1) {
    await page.click('a[data-doc=two]');
    assert.equal(await titleOf(page, 'two-en'), LOST_PHONE_EN);
    await page.waitForFunction(() => document.getElementById('two-ja')?.shadowRoot?.querySelector('[part=totp-code], [part=qr]'));
    await page.click('a[data-doc=none]');
    await page.waitForTimeout(1200);
    assert.equal(await page.evaluate(() => window.__timers()), 0, 'nothing ticks on a page without widgets');
    await page.goBack();
    assert.equal(await titleOf(page, 'two-en'), LOST_PHONE_EN);
    await page.click('a[data-doc=recover]');
    assert.equal(await titleOf(page, 'recover-ja'), LOST_PHONE_JA);
  }
  await clean(site, opened, ['/pages/docusaurus.html', '/pages/docusaurus.js']);
  await opened.context.close();
});

test('Confluence HTML macro: the div form, upgraded now and when added later, live data-lang, create()', async () => {
  const opened = await open(browser, site, '/pages/confluence.html');
  const { page } = opened;
  assert.equal(await titleOf(page, 'confluence-rehearsal'), LOST_PHONE_JA);
  // A second macro that appears later (an expanded section, a page tree loading).
  await page.evaluate(() => {
    const div = document.createElement('div');
    div.innerHTML = '<div id="late" data-mfa-rescue data-lang="en" data-seed="late"></div>';
    document.getElementById('main-content').append(div);
  });
  assert.equal(await titleOf(page, 'late'), FIRST_EN);
  // data-lang changes live.
  await page.evaluate(() => document.getElementById('late').setAttribute('data-lang', 'ja'));
  await page.waitForFunction((t) => document.getElementById('late').shadowRoot.querySelector('[part=step-title]').textContent.trim() === t, FIRST_JA);
  // The JS API on an element of the host's choosing; options win over data-*.
  await page.evaluate(() => {
    const box = document.createElement('section');
    box.id = 'api';
    box.dataset.lang = 'ja';
    document.body.append(box);
    window.__api = window.MfaRescue.create(box, { lang: 'en', srcJourney: undefined, seed: 'api' });
  });
  assert.equal(await titleOf(page, 'api'), FIRST_EN);
  const exported = await page.evaluate(async () => {
    const m = await import('../dist/mfa-rescue.js');
    return typeof m.create === 'function' && m.MfaRescue === window.MfaRescue;
  });
  assert.equal(exported, true, 'create is a module export too');
  await page.evaluate(() => window.__api.destroy());
  assert.equal(await page.evaluate(() => document.getElementById('api').shadowRoot.childNodes.length), 0);
  // Removing the macros stops them.
  await page.evaluate(() => document.getElementById('main-content').remove());
  await page.waitForTimeout(1200);
  assert.equal(await page.evaluate(() => window.__timers()), 0);
  await clean(site, opened, ['/pages/confluence.html']);
  await opened.context.close();
});

test('iframe page: settings from its address, height posted to the parent', async () => {
  const opened = await open(browser, site, '/pages/iframe.html');
  const { page } = opened;
  await page.waitForFunction(() => Number(document.body.dataset.height) > 300);
  const frame = page.frameLocator('#frame');
  await frame.locator('[part=totp-secret], [part=qr]').first().waitFor();
  const reported = Number(await page.evaluate(() => document.body.dataset.height));
  const inner = await page.frames().find((f) => f.url().includes('embed.html')).evaluate(() => document.documentElement.getBoundingClientRect().height);
  assert.equal(reported, Math.ceil(inner), 'the parent heard the page\'s height');
  const box = await page.locator('#frame').boundingBox();
  assert.equal(Math.round(box.height), reported, 'and sized the frame to it');
  assert.equal((await frame.locator('[part=step-title]').textContent()).trim().length > 0, true);
  // The address's lang=en reached the widget (data-query: mfa-rescue.js reads the address).
  assert.equal(await frame.locator('.mfa-rescue').getAttribute('lang'), 'en');
  // Both the parent and the framed page ran under the strict policy without a violation.
  const framed = page.frames().find((f) => f.url().includes('embed.html'));
  assert.deepEqual(await framed.evaluate(() => window.__csp), []);
  await clean(site, opened, ['/pages/iframe.html', '/pages/iframe-parent.js']);
  await opened.context.close();
});

test('the demo page runs under the strict CSP with nothing but its own files', async () => {
  const server = await serve(DIST, { 'content-security-policy': STRICT_CSP });
  try {
    const { context, page, problems, requested } = await openPage(browser, `${server.url}/?lang=en&seed=csp`);
    await page.locator('#demo [part=step-title]').waitFor();
    assert.equal((await page.locator('#demo [part=step-title]').textContent()).trim(), FIRST_EN);
    assert.deepEqual(problems, []);
    assert.deepEqual(requested.filter((u) => !u.startsWith(server.url)), []);
    await context.close();
  } finally {
    await server.close();
  }
});
