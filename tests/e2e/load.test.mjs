// The load chain on a plain host page (one module script and the element, no preload hints):
// the wasm is requested before the wasm-bindgen glue, so on a slow link they travel together
// instead of one after the other, and the widget still starts with no console error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
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
