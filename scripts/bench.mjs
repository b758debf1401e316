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
