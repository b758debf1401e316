// What `mfa-rescue map` prints is a flowchart Mermaid itself draws: Mermaid 11 (the version
// GitHub, MkDocs Material and Docusaurus bundle), in Debian's Chromium, renders every built-in
// journey's map in both languages with securityLevel "strict" (as GitHub does) to an SVG with one
// node per step, one edge per transition target, and each outcome node carrying its kind's class.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join, normalize } from 'node:path';
import { launch, serve } from '../e2e/harness.mjs';
import { BUILTIN, ROOT, run } from './samples.mjs';


const MERMAID = join(ROOT, 'node_modules/mermaid/dist');

let browser;
let server;
let page;
before(async () => {
  server = await serve((path) => {
    if (path === '/index.html') return join(import.meta.dirname, 'mermaid.html');
    const file = normalize(join(MERMAID, path.replace(/^\/mermaid\//, '')));
    return path.startsWith('/mermaid/') && file.startsWith(MERMAID) ? file : null;
  });
  browser = await launch();
  page = await browser.newPage();
  await page.goto(`${server.url}/index.html`);
  await page.evaluate(async () => {
    const { default: mermaid } = await import('/mermaid/mermaid.esm.min.mjs');
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    window.draw = async (id, text) => {
      const { svg } = await mermaid.render(id, text);
      // Into the page (its labels are HTML inside foreignObject: not an XML document).
      const doc = document.createElement('div');
      doc.innerHTML = svg;
      document.body.replaceChildren(doc);
      const nodes = [...doc.querySelectorAll('g.node')];
      return {
        nodes: nodes.length,
        edges: doc.querySelectorAll('path.flowchart-link').length,
        classed: Object.fromEntries(['recovered', 'blocked', 'handoff', 'start'].map((k) => [k, nodes.filter((n) => n.classList.contains(k)).length])),
        text: doc.textContent,
      };
    };
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const file of BUILTIN) {
  test(`Mermaid draws the map of ${basename(file)} (ja and en)`, async () => {
    const journey = JSON.parse(readFileSync(file, 'utf8'));
    const targets = journey.steps.flatMap((s) => s.on ?? []).reduce((n, t) => n + (t.on === 'rule' || (t.on === 'link' && t.expired) ? 2 : 1), 0);
    const outcomes = (kind) => journey.steps.filter((s) => s.outcome?.kind === kind).length;
    for (const lang of ['ja', 'en']) {
      const { code, stdout } = await run(['map', file, '--lang', lang]);
      assert.equal(code, 0);
      const drawn = await page.evaluate(([id, text]) => window.draw(id, text), [`m-${journey.id}-${lang}`, stdout]);
      assert.equal(drawn.nodes, journey.steps.length, 'one node per step');
      assert.equal(drawn.edges, targets, 'one edge per transition target');
      for (const kind of ['recovered', 'blocked', 'handoff']) assert.equal(drawn.classed[kind], outcomes(kind), kind);
      assert.equal(drawn.classed.start, 1);
      const start = journey.steps.find((s) => s.id === journey.start);
      assert.ok(drawn.text.includes(start.title[lang]), `the start step's ${lang} title is drawn`);
    }
  });
}
