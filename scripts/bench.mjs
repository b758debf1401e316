// Cold start: for each page, N fresh browser contexts; in each, the time from navigation start to
// the frame in which the first visible content exists (the widget's step title inside its shadow
// root; the baseline's paragraph), read from performance.now() inside the page.
import { serve, launch } from '../tests/e2e/harness.mjs';
import { resolve } from 'node:path';

const runs = Number(process.argv[2] ?? 11);
const pages = [
  { name: 'leptos hello world', dist: 'target/bench-hello', probe: () => document.querySelector('#hello') },
  {
    name: 'mfa-rescue widget',
    dist: 'dist',
    probe: () => document.querySelector('#demo')?.shadowRoot?.querySelector('[part=step-title], [part=totp-code]'),
  },
];

// Installed before any page script: polls every animation frame and records when `probe` first
// finds its element.
function installProbe(probeSource) {
  const probe = new Function(`return (${probeSource})();`);
  const tick = () => {
    if (probe()) {
      window.__firstContentAt = performance.now();
    } else {
      requestAnimationFrame(tick);
    }
  };
  requestAnimationFrame(tick);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const browser = await launch();
const results = {};
for (const page of pages) {
  const server = await serve(resolve(page.dist));
  const times = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.addInitScript(installProbe, page.probe.toString());
    await tab.goto(server.url + '/');
    await tab.waitForFunction(() => window.__firstContentAt !== undefined, null, { timeout: 15000 });
    times.push(await tab.evaluate(() => window.__firstContentAt));
    await context.close();
  }
  await server.close();
  results[page.name] = median(times);
  console.log(`${page.name.padEnd(20)} cold start median ${median(times).toFixed(0).padStart(5)} ms over ${runs} fresh contexts (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`);
}
await browser.close();
const ratio = results['mfa-rescue widget'] / results['leptos hello world'];
console.log(`cold start ratio widget / hello world: ${ratio.toFixed(2)}x (goal <= 1.3x)`);

// ---- Mount, idle cost and scale (issue 6), on the release build's iframe page ----
// A browser of its own: eager memory measurement, and cross-origin isolation (COOP/COEP headers)
// so that performance.measureUserAgentSpecificMemory() counts the wasm memory too.
import { chromium } from 'playwright-core';

const isolated = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
const server = await serve(resolve('dist'), isolated);
const chrome = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--enable-blink-features=ForceEagerMeasureMemory'],
});

/** A fresh page with `count` widgets (seeded, root-self-service), settled. */
async function widgets(count, { countTimers = false } = {}) {
  const context = await chrome.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  if (countTimers) {
    // Counts timer and animation-frame callbacks as they run.
    await tab.addInitScript(() => {
      window.__callbacks = 0;
      const wrap = (name) => {
        const original = window[name];
        window[name] = (fn, ...rest) => original((...a) => { window.__callbacks++; return fn(...a); }, ...rest);
      };
      wrap('setTimeout');
      wrap('setInterval');
      wrap('requestAnimationFrame');
    });
  }
  await tab.goto(`${server.url}/embed.html?journey=root-self-service&seed=bench-0&id=w0`);
  await tab.waitForFunction(() => document.querySelector('mfa-rescue')?.shadowRoot?.querySelector('[part=step-title]'));
  const mountMs = await tab.evaluate(async (n) => {
    const t0 = performance.now();
    for (let i = 1; i < n; i++) {
      const el = document.createElement('mfa-rescue');
      el.setAttribute('journey', 'root-self-service');
      el.setAttribute('seed', `bench-${i}`);
      el.setAttribute('lang', i % 2 ? 'en' : 'ja');
      document.body.append(el);
    }
    return performance.now() - t0;
  }, count);
  await tab.waitForTimeout(1500);
  return { context, tab, mountMs };
}

async function memoryBytes(tab) {
  return tab.evaluate(async () => {
    if (!self.crossOriginIsolated || !performance.measureUserAgentSpecificMemory) return NaN;
    return (await performance.measureUserAgentSpecificMemory()).bytes;
  });
}

// Mount: once the module is loaded, connecting an element renders its first step in the same task.
{
  const { context, tab } = await widgets(1);
  const sameTask = await tab.evaluate(() => {
    const el = document.createElement('mfa-rescue');
    el.setAttribute('journey', 'triage');
    document.body.append(el);
    const title = el.shadowRoot?.querySelector('[part=step-title]')?.textContent ?? '';
    el.remove();
    return title.length > 0;
  });
  console.log(`mount: first step rendered in the same task as connectedCallback: ${sameTask ? 'yes' : 'NO'}`);
  await context.close();
}

// Idle: DOM mutations per second while visible (what changes), timer callbacks while hidden.
{
  const { context, tab } = await widgets(1, { countTimers: true });
  const visible = await tab.evaluate(async () => {
    const root = document.querySelector('mfa-rescue').shadowRoot;
    const changed = new Map();
    let records = 0;
    const name = (n) => {
      const el = n.nodeType === 1 ? n : n.parentElement;
      return el ? `${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : el.className ? `.${String(el.className).split(' ')[0]}` : ''}` : '?';
    };
    const observer = new MutationObserver((list) => {
      for (const r of list) {
        records++;
        const key = name(r.target) + (r.type === 'attributes' ? `@${r.attributeName}` : '');
        changed.set(key, (changed.get(key) ?? 0) + 1);
      }
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    const t0 = performance.now();
    const c0 = window.__callbacks;
    await new Promise((ok) => setTimeout(ok, 5000));
    observer.disconnect();
    const secs = (performance.now() - t0) / 1000;
    return { perSec: records / secs, callbacksPerSec: (window.__callbacks - c0 - 1) / secs, changed: [...changed.keys()].sort() };
  });
  console.log(`idle, visible: ${visible.perSec.toFixed(1)} DOM mutation records/s, ${visible.callbacksPerSec.toFixed(1)} timer callbacks/s; nodes that change: ${visible.changed.join(', ')}`);
  for (const [how, hide, show] of [
    ['display:none', (el) => { el.style.display = 'none'; }, (el) => { el.style.display = ''; }],
    ['off-screen', (el) => { el.style.position = 'absolute'; el.style.top = '-10000px'; }, (el) => { el.style.position = ''; el.style.top = ''; }],
  ]) {
    const hidden = await tab.evaluate(async ([hideSrc, showSrc]) => {
      const el = document.querySelector('mfa-rescue');
      new Function('el', `(${hideSrc})(el)`)(el);
      await new Promise((ok) => setTimeout(ok, 300)); // the observer reports asynchronously
      const c0 = window.__callbacks;
      await new Promise((ok) => setTimeout(ok, 3000));
      const during = window.__callbacks - c0 - 1; // minus this wait's own timeout
      new Function('el', `(${showSrc})(el)`)(el);
      return during;
    }, [hide.toString(), show.toString()]);
    console.log(`idle, ${how}: ${hidden} timer callbacks in 3 s (goal 0)`);
    await tab.waitForTimeout(500);
  }
  await context.close();
}

// Scale: 20 instances against one.
{
  const one = await widgets(1);
  const oneBytes = await memoryBytes(one.tab);
  await one.context.close();
  const twenty = await widgets(20);
  const twentyBytes = await memoryBytes(twenty.tab);
  const titles = await twenty.tab.evaluate(() => [...document.querySelectorAll('mfa-rescue')].filter((e) => e.shadowRoot?.querySelector('[part=step-title]')).length);
  await twenty.context.close();
  console.log(`scale: 20 instances mounted in ${twenty.mountMs.toFixed(0)} ms after the first (${titles}/20 showing a step)`);
  console.log(`scale: memory 1 instance ${(oneBytes / 1e6).toFixed(1)} MB, 20 instances ${(twentyBytes / 1e6).toFixed(1)} MB: ${(twentyBytes / oneBytes).toFixed(2)}x (goal <= 1.5x)`);
}
await chrome.close();
await server.close();
