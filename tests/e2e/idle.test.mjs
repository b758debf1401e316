// Idle cost: a widget that cannot be seen (display:none, scrolled far off-screen, a background
// tab) runs no timer at all, and catches up at once when it is seen again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch } from './harness.mjs';

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

test('hidden or off-screen widgets run no timer; shown again, the clock is current', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__callbacks = 0;
    for (const name of ['setTimeout', 'setInterval', 'requestAnimationFrame']) {
      const original = window[name];
      window[name] = (fn, ...rest) => original((...a) => { window.__callbacks++; return fn(...a); }, ...rest);
    }
  });
  await page.goto(`${server.url}/embed.html?journey=root-self-service&seed=idle`);
  const clock = () => page.evaluate(() => document.querySelector('mfa-rescue').shadowRoot.querySelector('[part=clock]').getAttribute('datetime'));
  await page.waitForFunction(() => document.querySelector('mfa-rescue')?.shadowRoot?.querySelector('[part=clock]'));
  const ticking = await page.evaluate(async () => {
    const c0 = window.__callbacks;
    await new Promise((ok) => setTimeout(ok, 2500));
    return window.__callbacks - c0 - 1;
  });
  assert.ok(ticking >= 2, `a visible widget ticks every second (${ticking} callbacks in 2.5 s)`);
  for (const [hide, show] of [
    ["el.style.display = 'none'", "el.style.display = ''"],
    ["el.style.position = 'absolute'; el.style.top = '-10000px'", "el.style.position = ''; el.style.top = ''"],
  ]) {
    const during = await page.evaluate(async ([hideCode, showCode]) => {
      const el = document.querySelector('mfa-rescue');
      new Function('el', hideCode)(el);
      await new Promise((ok) => setTimeout(ok, 300));
      const c0 = window.__callbacks;
      await new Promise((ok) => setTimeout(ok, 2500));
      const n = window.__callbacks - c0 - 1;
      new Function('el', showCode)(el);
      return n;
    }, [hide, show]);
    assert.equal(during, 0, `no timer callback while hidden (${hide})`);
    const before = await clock();
    await page.waitForFunction((b) => document.querySelector('mfa-rescue').shadowRoot.querySelector('[part=clock]').getAttribute('datetime') !== b, before, { timeout: 3000 });
    const now = Date.parse(await clock());
    assert.ok(Math.abs(now - Date.now()) < 3000, 'the clock caught up with the real time');
  }
  await context.close();
});
