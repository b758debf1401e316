// Widgets inside other components' shadow roots, under the strict CSP: Backstage TechDocs (a
// React app that attaches an open shadow root to a div already in the page, fills it with the
// sanitized MkDocs page later, and replaces it on every navigation), and shadow roots in
// general: made before the script ran, nested, attached later, filled later, a closed one left
// alone; the nearest [lang] found across shadow boundaries, for the div form and <mfa-rescue>.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, firstTitle } from './harness.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveSite, open, outsideDist, PAGES } from './site.mjs';

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

const LOST_PHONE = firstTitle('root-self-service');
const SUPPORT = firstTitle('support');
const PREVENTION = firstTitle('prevention');
const TRIAGE = firstTitle('triage');
// The small page journey of plain.html (so that it follows the journey format as that page does).
const MINI = readFileSync(join(PAGES, 'plain.html'), 'utf8').match(/<script type="application\/json" id="mini">([\s\S]*?)<\/script>/)[1];
const MINI_FIRST = JSON.parse(MINI).steps.find((s) => s.id === JSON.parse(MINI).start).title;

/** Gives the page `__findDeep(id)`: the element with `id` anywhere, open shadow roots included.
 *  (Installed through the devtools protocol: the page's CSP forbids eval, so no `new Function`.) */
function installFindDeep() {
  const find = (root, id) => {
    const el = root.getElementById?.(id);
    if (el) return el;
    for (const e of root.querySelectorAll('*')) {
      const inner = e.shadowRoot && find(e.shadowRoot, id);
      if (inner) return inner;
    }
    return null;
  };
  window.__findDeep = (id) => find(document, id);
}

/** The step title of the widget on the element `id`, wherever it is. */
const titleOf = (page, id) =>
  page.waitForFunction((i) => window.__findDeep(i)?.shadowRoot?.querySelector('[part=step-title]')?.textContent.trim(), id).then((h) => h.jsonValue());

async function clean(site, { page, errors, warnings, requested }, pages) {
  assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no CSP violations');
  assert.deepEqual(errors, [], 'no console errors');
  assert.deepEqual(warnings, [], 'no console warnings');
  assert.deepEqual(outsideDist(site, requested, pages), [], 'no request outside dist/');
}

test('Backstage TechDocs: divs in the reader\'s shadow root, attached then filled later, across navigations', async () => {
  const opened = await open(browser, site, '/pages/techdocs.html');
  const { page } = opened;
  await page.evaluate(installFindDeep);
  // The Japanese page (<html lang="ja"> inside the shadow root, an English app around it).
  assert.equal(await titleOf(page, 'td-rehearsal'), LOST_PHONE.ja);
  assert.equal(await page.evaluate(() => window.__findDeep('td-dropped')), null, 'the sanitizer dropped the <mfa-rescue> tag: the div form is the one to use');
  for (let round = 0; round < 2; round += 1) {
    // A link inside the docs: the same shadow root gets the next page.
    await page.evaluate(() => window.__findDeep('td-rehearsal').getRootNode().querySelector('a[href="support/"]').click());
    assert.equal(await titleOf(page, 'td-support'), SUPPORT.en);
    assert.equal(await page.evaluate(() => window.__findDeep('td-rehearsal')), null);
    // An addon adds content to the rendered page later.
    await page.evaluate(() => window.__findDeep('td-support').getRootNode().querySelector('article')
      .insertAdjacentHTML('beforeend', '<div id="td-addon" data-mfa-rescue data-lang="ja" data-seed="addon"></div>'));
    assert.equal(await titleOf(page, 'td-addon'), TRIAGE.ja);
    // data-* changes apply inside the shadow root too.
    await page.evaluate(() => window.__findDeep('td-addon').setAttribute('data-lang', 'en'));
    await page.waitForFunction((t) => window.__findDeep('td-addon').shadowRoot.querySelector('[part=step-title]').textContent.trim() === t, TRIAGE.en);
    await page.evaluate(() => window.__findDeep('td-support').getRootNode().querySelector('a[href="../glossary/"]').click());
    await page.waitForFunction(() => document.body.dataset.page === 'glossary');
    await page.waitForTimeout(1200);
    assert.equal(await page.evaluate(() => window.__timers()), 0, 'no widget on the glossary, nothing ticks');
    await page.goBack();
    assert.equal(await titleOf(page, 'td-support'), SUPPORT.en);
    await page.goBack();
    assert.equal(await titleOf(page, 'td-rehearsal'), LOST_PHONE.ja);
  }
  // Leaving TechDocs unmounts the reader and its shadow root with it.
  await page.click('a[data-to=catalog]');
  await page.locator('#catalog').waitFor();
  await page.waitForTimeout(1200);
  assert.equal(await page.evaluate(() => window.__timers()), 0, 'no timer left after leaving the docs');
  await page.click('a[data-to=index]');
  assert.equal(await titleOf(page, 'td-rehearsal'), LOST_PHONE.ja, 'and a new reader works again');
  await clean(site, opened, ['/pages/techdocs.html', '/pages/techdocs.js']);
  await opened.context.close();
});

test('shadow roots: made before the script, nested, attached and filled later; [lang] across boundaries; closed roots left alone', async () => {
  const opened = await open(browser, site, '/pages/shadow.html');
  const { page } = opened;
  await page.evaluate(installFindDeep);
  // Made before the script ran; no lang of their own, inside <section lang="ja"> of an English page.
  assert.equal(await titleOf(page, 'early'), TRIAGE.ja, 'the div form: lang from around the shadow host');
  assert.equal(await titleOf(page, 'nested'), PREVENTION.ja, '<mfa-rescue> two shadow roots deep: lang from around both');
  // A closed root is not looked into.
  assert.equal(await page.evaluate(() => window.__closedRoot.getElementById('in-closed').shadowRoot), null);

  // A host already in the page gets its shadow root now and its content later, with a journey
  // on the same shadow root and a widget that names it.
  await page.evaluate(() => {
    const host = document.createElement('div');
    host.id = 'later-host';
    document.getElementById('later-section').append(host);
  });
  await page.evaluate(() => document.getElementById('later-host').attachShadow({ mode: 'open' }));
  await page.waitForTimeout(50);
  await page.evaluate((mini) => {
    const root = document.getElementById('later-host').shadowRoot;
    const journey = document.createElement('script');
    journey.type = 'application/json';
    journey.id = 'mini';
    journey.textContent = mini;
    const div = document.createElement('div');
    div.innerHTML = '<div id="later" data-mfa-rescue data-seed="later"></div><div id="later-own" data-mfa-rescue data-src-journey="mini"></div>';
    root.append(journey, div);
  }, MINI);
  assert.equal(await titleOf(page, 'later'), TRIAGE.ja);
  assert.equal(await titleOf(page, 'later-own'), MINI_FIRST.ja, "src-journey finds the script in the widget's own shadow root");
  // The events leave the shadow roots (composed) and reach the window's listeners, retargeted
  // to the outermost host.
  const events = await page.evaluate(() => window.__events.filter((e) => e.type === 'step').map((e) => `${e.target} ${e.detail.journey}`));
  for (const seen of ['early-host triage', 'early-host prevention', 'later-host triage', `later-host ${JSON.parse(MINI).id}`]) {
    assert.ok(events.includes(seen), `${seen} in ${events}`);
  }

  // A root attached to a detached element, filled, then put in the page.
  await page.evaluate(() => {
    const host = document.createElement('div');
    host.id = 'detached-host';
    host.attachShadow({ mode: 'open' }).innerHTML = '<div id="detached" data-mfa-rescue data-lang="en" data-journey="support"></div>';
    window.__detached = host;
  });
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => window.__detached.shadowRoot.getElementById('detached').shadowRoot), null, 'nothing mounts outside the page');
  await page.evaluate(() => document.body.append(window.__detached));
  assert.equal(await titleOf(page, 'detached'), SUPPORT.en);

  // The wrapped attachShadow behaves as before: same root, the same errors.
  const checks = await page.evaluate(() => {
    const a = document.createElement('div');
    const root = a.attachShadow({ mode: 'open', delegatesFocus: true });
    let second;
    try {
      a.attachShadow({ mode: 'open' });
    } catch (e) {
      second = e.name;
    }
    let img;
    try {
      document.createElement('img').attachShadow({ mode: 'open' });
    } catch (e) {
      img = e.name;
    }
    return { same: a.shadowRoot === root, delegates: root.delegatesFocus, second, img, name: Element.prototype.attachShadow.name, length: Element.prototype.attachShadow.length };
  });
  assert.deepEqual(checks, { same: true, delegates: true, second: 'NotSupportedError', img: 'NotSupportedError', name: 'attachShadow', length: 1 });

  // Removing the hosts stops every widget inside them.
  await page.evaluate(() => {
    for (const id of ['ja-section', 'later-section', 'detached-host']) document.getElementById(id).remove();
  });
  await page.waitForTimeout(1200);
  assert.equal(await page.evaluate(() => window.__timers()), 0);
  await clean(site, opened, ['/pages/shadow.html', '/pages/shadow-early.js']);
  await opened.context.close();
});
