#!/usr/bin/env node
// What the map and the timeline cost (issue 14's budget: both together at most 8 KB brotli):
// builds the checkout's HEAD twice in scratch worktrees, as it is and with the two taken out
// (their components and modules, `Session::html`, their CSS rules and catalogue keys; the
// engine's trail, `BackTo` and the HTML helpers the rest of the widget uses stay in both), and
// prints the brotli difference of every file a host copies, by kind. Figures, not a test; run
// after scripts/setup. Each cut is an exact text match, so when the code moves this script says
// which cut no longer applies instead of measuring something else.
//   source scripts/env.sh && node scripts/map-cost.mjs [commit, default HEAD]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const repo = resolve(import.meta.dirname, '..');
const run = (cmd, args, cwd, env = process.env) =>
  execFileSync(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

/** `text` without what runs from `from` up to (not including) `to`. */
function cut(text, from, to, file) {
  const i = text.indexOf(from);
  const j = i < 0 ? -1 : text.indexOf(to, i);
  if (i < 0 || j < 0) throw new Error(`${file}: no longer holds ${JSON.stringify(i < 0 ? from : to)}`);
  return text.slice(0, i) + text.slice(j);
}
function drop(text, part, file) {
  if (!text.includes(part)) throw new Error(`${file}: no longer holds ${JSON.stringify(part)}`);
  return text.replace(part, '');
}

const CUTS = {
  'src/ui/stepper.rs': (s, f) => ['use super::map::MapBox;\n', 'use super::timeline::Timeline;\n', '            <MapBox session />\n', '            <Timeline session step />\n']
    .reduce((t, part) => drop(t, part, f), s),
  'src/ui/mod.rs': (s, f) => drop(drop(s, 'pub mod map;\n', f), 'pub mod timeline;\n', f),
  'src/ui/session.rs': (s, f) => cut(s, "    /// `f` of the journey and the run (tracked), or nothing once the widget is gone: the map's", '    /// A memo of [`Session::world`].', f),
  'style/widget.css': (s, f) => {
    let t = cut(s, '/* The map (ui::map)', '@media print', f);
    t = drop(t, '  /* At an outcome the timeline prints alone. */\n  .mfa-rescue .step-card.ended > :not(.timeline) { display: none !important; }\n', f);
    return t.replace('.original summary, [part=map] > summary {', '.original summary {');
  },
  'src/i18n/mod.rs': (s, f) => cut(s, '    // The timeline at an outcome (ui::timeline)', '    // Why something the reader did changed nothing.', f),
};

const brotli = (file) => {
  const data = readFileSync(file);
  return brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }).length;
};
/** Brotli bytes of a build folder by kind. */
function sizes(dist) {
  const s = { wasm: 0, glue: 0, 'mfa-rescue.js': 0, css: 0, 'journeys (JSON)': 0, 'pre-rendered steps': 0 };
  for (const f of readdirSync(dist)) {
    if (f.endsWith('.wasm')) s.wasm += brotli(join(dist, f));
    else if (f === 'mfa-rescue-core.js') s.glue += brotli(join(dist, f));
    else if (f === 'mfa-rescue.js') s['mfa-rescue.js'] += brotli(join(dist, f));
    else if (f === 'widget.css') s.css += brotli(join(dist, f));
  }
  for (const f of readdirSync(join(dist, 'journeys'))) {
    if (f.endsWith('.json')) s['journeys (JSON)'] += brotli(join(dist, 'journeys', f));
    else if (f.endsWith('.html')) s['pre-rendered steps'] += brotli(join(dist, 'journeys', f));
  }
  return s;
}

const commit = process.argv[2] ?? 'HEAD';
const scratch = mkdtempSync(join(tmpdir(), 'map-cost-'));
// One target folder for both builds and for later runs: only what changed is compiled again.
const target = join(repo, 'target', 'map-cost');
const trees = {};
try {
  for (const name of ['with', 'without']) {
    const tree = join(scratch, name);
    run('git', ['worktree', 'add', '--detach', tree, commit], repo);
    symlinkSync(join(repo, 'node_modules'), join(tree, 'node_modules'));
    if (name === 'without') {
      for (const [file, edit] of Object.entries(CUTS)) {
        writeFileSync(join(tree, file), edit(readFileSync(join(tree, file), 'utf8'), file));
      }
    }
    console.error(`building ${name} the map and the timeline…`);
    run('trunk', ['build', '--release', '--offline'], tree, { ...process.env, CARGO_TARGET_DIR: target });
    trees[name] = sizes(join(tree, 'dist'));
  }
  const head = run('git', ['rev-parse', '--short', commit], repo).trim();
  console.log(`the map and the timeline at ${head}, brotli, with − without:`);
  let total = 0;
  for (const kind of Object.keys(trees.with)) {
    const delta = trees.with[kind] - trees.without[kind];
    total += delta;
    console.log(`  ${kind.padEnd(20)} ${(delta / 1000).toFixed(2).padStart(6)} KB`);
  }
  console.log(`  ${'total'.padEnd(20)} ${(total / 1000).toFixed(2).padStart(6)} KB (budget 8 KB)`);
} finally {
  for (const name of ['with', 'without']) {
    const tree = join(scratch, name);
    if (existsSync(tree)) run('git', ['worktree', 'remove', '--force', tree], repo);
  }
  rmSync(scratch, { recursive: true, force: true });
}
