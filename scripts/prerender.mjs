#!/usr/bin/env node
// Trunk post_build hook (release builds), after trim-js.mjs: renders the first step of every
// built-in journey in each language with the widget itself (the staged release build, in
// headless Chromium) and writes the markup beside the journey, journeys/<id>.<lang>.html (Trunk
// copies the stylesheet, widget.css, that it and the live widget use). mfa-rescue.js shows that
// markup in the shadow root as soon as it arrives (inert: nothing in it can be focused or act;
// a tap on one of its buttons is kept and given to the live widget's same button) and the live
// widget replaces it when the wasm has mounted: same markup, so no layout shift.
//
// What depends on the moment or the seed (the clock's reading, codes, their countdown) is left
// empty here; `normalize` is exported so that tests/e2e/load.test.mjs compares the files with
// the live widget's markup the same way.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Markup with the parts that depend on the moment or the seed emptied, and without Leptos's
 *  empty `<!---->` markers (its anchors for text and views that may change: a comment has no
 *  box, and the live widget replaces the pre-rendered markup rather than adopting it). */
export function normalize(html) {
  return html
    .replaceAll('<!---->', '')
    .replace(/(<time[^>]*\bpart="clock"[^>]*?)\sdatetime="[^"]*"/g, '$1')
    .replace(/(<[^>]*\bpart="(?:clock|totp-code|totp-countdown|totp-secret)"[^>]*>)[\s\S]*?(<\/(?:time|span|p|div|code|output)>)/g, '$1$2')
    .replace(/(<p class="clock-local"[^>]*>)[\s\S]*?(<\/p>)/g, '$1$2')
    .replace(/(<progress class="countdown-bar"[^>]*?)\svalue="[^"]*"/g, '$1');
}

async function prerender(staging) {
  const { serve, launch } = await import('../tests/e2e/harness.mjs');
  const ids = readdirSync(join(staging, 'journeys'))
    .filter((n) => /^[a-z-]+\.json$/.test(n))
    .map((n) => n.slice(0, -5));
  const page = (id, lang) =>
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><script type="module" src="/mfa-rescue.js"></script></head>` +
    `<body><mfa-rescue journey="${id}" lang="${lang}" resume="off"></mfa-rescue></body></html>`;
  const pagesDir = join(staging, '.prerender');
  mkdirSync(pagesDir, { recursive: true });
  const server = await serve(staging);
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    for (const id of ids) {
      for (const lang of ['ja', 'en']) {
        writeFileSync(join(pagesDir, `${id}.${lang}.html`), page(id, lang));
        const tab = await context.newPage();
        await tab.goto(`${server.url}/.prerender/${id}.${lang}.html`);
        await tab.waitForFunction(() => document.querySelector('mfa-rescue')?.shadowRoot?.querySelector('[part=step-title]'));
        const html = await tab.evaluate(() => document.querySelector('mfa-rescue').shadowRoot.querySelector('.mfa-rescue-root').innerHTML);
        writeFileSync(join(staging, 'journeys', `${id}.${lang}.html`), normalize(html));
        await tab.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  rmSync(pagesDir, { recursive: true, force: true });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.env.TRUNK_PROFILE === 'release') {
    const staging = process.env.TRUNK_STAGING_DIR;
    await prerender(staging);
  }
}
