// More of the README's host snippets, each on a page shaped like that host's output, under the
// strict CSP: VitePress (pre-rendered, hydrated, then client-side navigation), Sphinx (its
// html_js_files output, ?v=checksum and all), Hugo (the shortcode of hosts/hugo/, rendered by
// Hugo itself and compared with the page), and Notion's embed block (the iframe page in a
// sandboxed frame, and in a stricter sandbox without allow-same-origin, where sessionStorage is
// refused). Backstage TechDocs and other shadow roots are in shadow.test.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, firstTitle } from './harness.mjs';
import { serveSite, open, outsideDist, PAGES, STRICT_CSP } from './site.mjs';

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

test('VitePress: the pre-rendered widget, then widgets made by client-side navigation', async () => {
  const opened = await open(browser, site, '/pages/vitepress.html');
  const { page } = opened;
  // <html lang="en-US">: the pre-rendered widget takes English.
  assert.equal(await titleOf(page, 'vp-recover'), LOST_PHONE.en);
  await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
  for (let round = 0; round < 2; round += 1) {
    await page.click('a[data-page=support]');
    // Vue set lang as a property (it reflects), journey and seed as attributes.
    assert.equal(await titleOf(page, 'vp-support'), SUPPORT.ja);
    assert.equal(await page.locator('#vp-support').getAttribute('lang'), 'ja');
    await page.click('a[data-page=plain]');
    await page.waitForTimeout(1200);
    assert.equal(await page.evaluate(() => window.__timers()), 0, 'nothing ticks on a page without widgets');
    await page.goBack();
    assert.equal(await titleOf(page, 'vp-support'), SUPPORT.ja);
    await page.click('a[data-page=recover]');
    assert.equal(await titleOf(page, 'vp-recover'), LOST_PHONE.en);
  }
  await clean(site, opened, ['/pages/vitepress.html', '/pages/vitepress.js']);
  await opened.context.close();
});

test("Sphinx: html_js_files as a module (with Sphinx's ?v= checksum), raw HTML in a page", async () => {
  const opened = await open(browser, site, '/pages/sphinx.html');
  const { page, requested } = opened;
  // language = 'ja' sets <html lang="ja">; the div asks for English itself.
  assert.equal(await titleOf(page, 'sphinx-rehearsal'), LOST_PHONE.ja);
  assert.equal(await titleOf(page, 'sphinx-en'), SUPPORT.en);
  const paths = requested.map((u) => new URL(u).pathname + new URL(u).search);
  assert.ok(paths.includes('/dist/mfa-rescue.js?v=40074451'), paths.join('\n'));
  assert.ok(paths.includes('/dist/mfa-rescue-core_bg.wasm'), 'the wasm is found beside the script, without the query');
  await clean(site, opened, ['/pages/sphinx.html']);
  await opened.context.close();
});

test('Hugo: the shortcode of hosts/hugo renders exactly tests/e2e/pages/hugo.html', () => {
  let hugo;
  try {
    hugo = execFileSync('hugo', ['version'], { encoding: 'utf8' });
  } catch {
    assert.fail('hugo is not installed: scripts/setup installs it (Debian package hugo)');
  }
  const work = mkdtempSync(join(tmpdir(), 'mfa-rescue-hugo-'));
  try {
    cpSync('tests/e2e/hugo', work, { recursive: true });
    cpSync('hosts/hugo/layouts', join(work, 'layouts'), { recursive: true });
    execFileSync('hugo', ['--quiet', '--source', work, '--destination', join(work, 'public')], { stdio: 'pipe' });
    const rendered = readFileSync(join(work, 'public/rehearsal/index.html'), 'utf8');
    assert.equal(rendered, readFileSync(join(PAGES, 'hugo.html'), 'utf8'), `${hugo.trim()} renders the page`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('Hugo: the rendered page runs both widgets, one script for the two', async () => {
  const opened = await open(browser, site, '/pages/hugo.html');
  const { page } = opened;
  assert.equal(await page.locator('script[type=module]').count(), 1, 'the shortcode adds its script once per page');
  assert.equal(await titleOf(page, 'hugo-rehearsal'), LOST_PHONE.ja);
  assert.equal(await titleOf(page, 'hugo-support'), SUPPORT.en);
  // Hugo escapes the + of the offset as &#43;: the attribute still reads +09:00.
  const clock = await page.locator('#hugo-support [part=clock]').getAttribute('datetime');
  assert.match(clock, /^2026-11-23T10:00:00\+09:00$/);
  await clean(site, opened, ['/pages/hugo.html']);
  await opened.context.close();
});

test('Notion embed block: the iframe page in a sandboxed frame; a stricter sandbox runs without resume, quietly', async () => {
  // Frames sandboxed without allow-same-origin have an opaque origin: their module scripts and
  // the wasm are cross-origin fetches, so the files need CORS (as a CDN serves them).
  const corsSite = await serveSite({ 'content-security-policy': STRICT_CSP, 'access-control-allow-origin': '*' });
  const opened = await open(browser, corsSite, '/pages/notion.html');
  const { page, errors, warnings, requested } = opened;
  try {
    const frame = (id) => page.frameLocator(`#${id}`);
    const title = (id) => frame(id).locator('[part=step-title]').first();
    await title('notion-frame').waitFor();
    await title('strict-frame').waitFor();
    assert.equal((await title('notion-frame').textContent()).trim(), LOST_PHONE.ja);
    assert.equal((await title('strict-frame').textContent()).trim(), LOST_PHONE.en);
    const strict = page.frames().find((f) => f.url().includes('id=strict'));
    assert.equal(await strict.evaluate(() => window.origin), 'null', 'the strict frame has an opaque origin');
    assert.equal(await strict.evaluate(() => { try { return typeof sessionStorage.length; } catch (e) { return e.name; } }), 'SecurityError');

    // A step further in each, then each frame reloads: the Notion-style frame resumes, the
    // strict one starts again, and neither says a word in the console.
    for (const id of ['notion-frame', 'strict-frame']) {
      await frame(id).locator('[data-choice=phone-stored-ok]').click();
      await frame(id).locator('[part=step-title]').filter({ hasNotText: id === 'notion-frame' ? LOST_PHONE.ja : LOST_PHONE.en }).waitFor();
    }
    const frameOf = (part) => page.frames().find((f) => f.url().includes(part));
    for (const part of ['id=notion', 'id=strict']) {
      const before = await frameOf(part).evaluate(() => performance.timeOrigin);
      await frameOf(part).evaluate(() => setTimeout(() => location.reload(), 0));
      // Until the frame holds its new document, with the widget mounted.
      for (let tries = 0; ; tries += 1) {
        assert.ok(tries < 200, `${part} reloaded`);
        const now = await frameOf(part)
          .evaluate(() => document.querySelector('mfa-rescue')?.shadowRoot?.querySelector('[part=step-title]') && performance.timeOrigin)
          .catch(() => null);
        if (now && now !== before) break;
        await page.waitForTimeout(50);
      }
    }
    assert.equal(await frame('notion-frame').locator('.resume-note').getAttribute('data-resumed'), 'continued');
    assert.notEqual((await title('notion-frame').textContent()).trim(), LOST_PHONE.ja);
    assert.equal((await title('strict-frame').textContent()).trim(), LOST_PHONE.en, 'no storage: a fresh start');
    assert.equal(await frame('strict-frame').locator('.resume-note').count(), 0);

    for (const f of page.frames()) assert.deepEqual(await f.evaluate(() => window.__csp), [], `no CSP violations in ${f.url()}`);
    assert.deepEqual(errors, [], 'no console errors');
    // Chromium warns about the host's own markup when a frame with allow-scripts and
    // allow-same-origin is same-origin with its parent, as here (Notion's frames are not).
    const sandboxWarning = /^An iframe which has both allow-scripts and allow-same-origin/;
    assert.deepEqual(warnings.filter((w) => !sandboxWarning.test(w)), [], 'no console warnings from the widget');
    assert.deepEqual(outsideDist(corsSite, requested, ['/pages/notion.html', '/pages/notion.css']), []);
  } finally {
    await opened.context.close();
    await corsSite.close();
  }
});
