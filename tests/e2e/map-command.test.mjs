// The widget's Map and the authors' `mfa-rescue map` draw one graph (engine::graph): for every
// built-in journey, the nodes and edges the widget draws are exactly those the command prints.
// Needs the command's wasm (scripts/build-cli; scripts/test builds it before this layer).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serve, launch } from './harness.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = `${ROOT}tools/mfa-rescue/bin/mfa-rescue.mjs`;
const JOURNEYS = ['triage', 'root-self-service', 'support', 'iam-user', 'org-member', 'prevention'];

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

/** The step ids and `from>to` pairs of the command's Mermaid flowchart, sorted. */
function commandGraph(id) {
  const out = execFileSync(process.execPath, [BIN, 'map', `${ROOT}journeys/${id}.json`, '--lang', 'en'], { encoding: 'utf8' });
  const ids = new Map();
  const edges = [];
  for (const line of out.split('\n')) {
    const node = line.match(/^\s+(s\d+)[[(]+"(.*)"[\])]+$/);
    if (node) ids.set(node[1], node[2].match(/<br\/>\(([a-z0-9-]+)\)/)[1]);
    const edge = line.match(/^\s+(s\d+) -->(?:\|".*"\|)? (s\d+)$/);
    if (edge) edges.push([edge[1], edge[2]]);
  }
  return {
    nodes: [...ids.values()].sort(),
    edges: edges.map(([a, b]) => `${ids.get(a)}>${ids.get(b)}`).sort(),
  };
}

for (const id of JOURNEYS) {
  test(`the widget's map of ${id} has the nodes and edges mfa-rescue map prints`, { timeout: 60_000 }, async () => {
    const printed = commandGraph(id);
    assert.ok(printed.nodes.length > 3 && printed.edges.length >= printed.nodes.length - 1, JSON.stringify(printed));
    const page = await browser.newPage();
    await page.goto(`${server.url}/?journey=${id}&lang=en&seed=map-command`);
    await page.locator('#demo >> [part=map] > summary').click();
    await page.locator('#demo >> [part=map] li[data-step]').first().waitFor();
    const drawn = await page.evaluate(() => {
      const root = document.querySelector('#demo').shadowRoot;
      return {
        nodes: [...root.querySelectorAll('[part=map] svg [data-node]')].map((n) => n.dataset.node).sort(),
        edges: [...root.querySelectorAll('[part=map] path.edge')].map((e) => `${e.dataset.from}>${e.dataset.to}`).sort(),
        listed: [...root.querySelectorAll('[part=map] li[data-step]')].map((n) => n.dataset.step).sort(),
      };
    });
    assert.deepEqual(drawn.nodes, printed.nodes);
    assert.deepEqual(drawn.listed, printed.nodes);
    assert.deepEqual(drawn.edges, printed.edges);
    await page.close();
  });
}
