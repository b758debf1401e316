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

// What each widget after the first costs on a page with many (issue 12: 20 instances within
// 1.5x the memory of one) is mostly its nodes: about 100 bytes each in the DOM, and more for the
// ones Leptos builds and keeps (their JavaScript wrappers and view state). Parts without controls
// of their own are written as one escaped HTML string (ui::html), so they cost no view state and
// none of Leptos's empty <!----> anchors. Node counts are deterministic: this guards them.
test('a widget\'s first step is built from a bounded number of nodes; text-only parts hold no Leptos anchors', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/embed.html?journey=root-self-service&seed=nodes&lang=en`);
  await page.waitForFunction(() => document.querySelector('mfa-rescue')?.shadowRoot?.querySelector('[part=source] .source-item'));
  const counts = await page.evaluate(() => {
    const root = document.querySelector('mfa-rescue').shadowRoot;
    const count = (node) => {
      const c = { elements: 0, text: 0, anchors: 0 };
      const walk = document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT);
      while (walk.nextNode()) {
        const t = walk.currentNode.nodeType;
        if (t === Node.ELEMENT_NODE) c.elements++;
        else if (t === Node.TEXT_NODE) c.text++;
        else c.anchors++;
      }
      return c;
    };
    const inner = (sel) => [...root.querySelectorAll(sel)].map((el) => {
      // The element's own last anchor (its children's) may stay; nothing inside its contents.
      const c = count(el);
      return { sel, anchors: c.anchors, elements: c.elements };
    });
    return {
      all: count(root),
      parts: [...inner('[part=source]'), ...inner('[part=step-title]'), ...inner('.step-body'), ...inner('button.choice'), ...inner('button.jump'), ...inner('button.lang-switch'), ...inner('button.tab')],
    };
  });
  for (const part of counts.parts) {
    assert.ok(part.anchors <= 1, `${part.sel} keeps ${part.anchors} anchors (at most its own one)`);
  }
  assert.ok(counts.parts.find((p) => p.sel === '[part=source]').elements >= 4, 'the source line still has its items');
  const { elements, text, anchors } = counts.all;
  // 2026-12-03: 93 elements, 65 text nodes, 109 anchors (was 93, 78, 172).
  assert.ok(elements <= 100, `${elements} elements`);
  assert.ok(anchors <= 120, `${anchors} of Leptos's anchors`);
  assert.ok(elements + text + anchors <= 290, `${elements + text + anchors} nodes in all`);
  await context.close();
});
