// The `mfa-rescue` command as an author runs it: node on tools/mfa-rescue/bin/mfa-rescue.mjs with
// the real validator wasm (scripts/build-cli builds it; scripts/test does so before this layer).
// Every built-in journey checks clean; each broken sample of samples.mjs (the same ones the
// schema test uses) exits 1 naming the file, the step and the field; input that is not a journey
// file at all exits 2 with one line and no stack trace.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { BUILTIN, BROKEN, ROOT, minimal, run } from './samples.mjs';

/** One line on stderr, from the command itself, no stack trace. */
function oneClearLine({ stderr }, says) {
  const lines = stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `one line on stderr:\n${stderr}`);
  assert.match(lines[0], /^mfa-rescue: /);
  assert.doesNotMatch(stderr, /\n\s+at |Error:|wasm-function|node:internal/);
  assert.match(lines[0], says);
}

let dir;
before(() => {
  assert.ok(existsSync(join(ROOT, 'tools/mfa-rescue/pkg/mfa_rescue_cli_bg.wasm')), 'scripts/build-cli has built the validator');
  dir = mkdtempSync(join(tmpdir(), 'mfa-rescue-command-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const write = (name, content) => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};

test('--help prints the usage and exits 0', async () => {
  const r = await run(['--help']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^usage: mfa-rescue check FILE\.\.\./);
  assert.match(r.stdout, /mfa-rescue map FILE \[--lang ja\|en\]/);
  assert.equal(r.stderr, '');
  assert.equal((await run(['check', '--help'])).code, 0);
});

test('--version prints package.json\'s version', async () => {
  const r = await run(['--version']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^\d+\.\d+\.\d+\n$/);
});

test('every built-in journey checks clean: one ok line each, exit 0', async () => {
  const r = await run(['check', ...BUILTIN]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const lines = r.stdout.trimEnd().split('\n');
  assert.equal(lines.length, BUILTIN.length);
  for (const [i, file] of BUILTIN.entries()) {
    assert.ok(lines[i].startsWith(`${file}: ok, journey "${basename(file, '.json')}": `), lines[i]);
  }
  assert.equal(r.stderr, '');
});

test('a journey with "$schema" for editor completion checks clean', async () => {
  const r = await run(['check', write('mini.json', JSON.stringify(minimal(), null, 2))]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /mini\.json: ok, journey "mini": 2 steps, 1 outcomes/);
});

for (const [i, sample] of BROKEN.entries()) {
  test(`broken, check exits 1 naming the file, step and field: ${sample.name}`, async () => {
    const file = write(`broken-${i}.json`, JSON.stringify(sample.journey, null, 2));
    const r = await run(['check', file]);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.equal(r.stderr, '');
    const [step, field] = sample.where;
    const place = step ? `step "${step}", field "${field}": ` : `field "${field}": `;
    assert.ok(
      r.stdout.split('\n').some((line) => line.startsWith(`${file}: ${place}`)),
      `a line starts with ${file}: ${place}\n${r.stdout}`,
    );
  });
}

test('every problem of a file is printed, and a clean file beside it still gets its ok line', async () => {
  const j = minimal();
  j.title.en = '';
  j.steps[0].on[0].next = 'nowhere';
  j.steps[1].sources = ['my-blog'];
  const broken = write('three.json', JSON.stringify(j));
  const r = await run(['check', BUILTIN[0], broken]);
  assert.equal(r.code, 1);
  const lines = r.stdout.trimEnd().split('\n');
  assert.match(lines[0], /: ok, /);
  const problems = lines.slice(1);
  assert.ok(problems.length >= 3, r.stdout);
  assert.ok(problems.every((l) => l.startsWith(`${broken}: `)), r.stdout);
  for (const part of ['field "title.en"', 'step "a", field "on[0]"', 'step "b", field "sources[0]"']) {
    assert.ok(problems.some((l) => l.includes(part)), `${part} in\n${r.stdout}`);
  }
});

test('not JSON: one line, exit 2', async () => {
  const r = await run(['check', write('notjson.json', '{"id": "x",')]);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  oneClearLine(r, /notjson\.json: not JSON: .*line 1/);
});

test('an empty file: one line, exit 2', async () => {
  for (const content of ['', '\n  \n']) {
    const r = await run(['check', write('empty.json', content)]);
    assert.equal(r.code, 2);
    oneClearLine(r, /empty\.json: the file is empty/);
  }
});

test('a folder: one line, exit 2', async () => {
  const folder = join(dir, 'a-folder');
  mkdirSync(folder, { recursive: true });
  const r = await run(['check', folder]);
  assert.equal(r.code, 2);
  oneClearLine(r, /a-folder: is a folder/);
});

test('a missing file: one line, exit 2, and no other file is checked', async () => {
  const r = await run(['check', BUILTIN[0], join(dir, 'nope.json')]);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  oneClearLine(r, /nope\.json: no such file/);
});

test('a file that is not UTF-8: one line, exit 2', async () => {
  const r = await run(['check', write('latin1.json', Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]))]);
  assert.equal(r.code, 2);
  oneClearLine(r, /latin1\.json: not UTF-8/);
});

test('an unknown option, an unknown command, no command, no file: one line, exit 2', async () => {
  for (const [args, says] of [
    [['check', '--strict', BUILTIN[0]], /unknown option --strict/],
    [['map', BUILTIN[0], '--language', 'ja'], /unknown option --language/],
    [['map', BUILTIN[0], '--lang', 'fr'], /--lang is ja or en/],
    [['map', BUILTIN[0], '--lang'], /--lang needs a value/],
    [['map', BUILTIN[0], BUILTIN[1]], /map needs exactly one FILE/],
    [['lint', BUILTIN[0]], /unknown command "lint"/],
    [[], /no command given/],
    [['check'], /check needs at least one FILE/],
  ]) {
    const r = await run(args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
    assert.equal(r.stdout, '');
    oneClearLine(r, says);
  }
});

/** How many edges a journey's graph has: one per step a transition can lead to. */
const targets = (journey) =>
  journey.steps.flatMap((s) => s.on ?? []).reduce((n, t) => n + (t.on === 'rule' ? 2 : t.on === 'link' && t.expired ? 2 : 1), 0);

for (const file of BUILTIN) {
  test(`map ${basename(file)}: every step a node, every way on an edge, outcomes classed by kind, in both languages`, async () => {
    const journey = JSON.parse(readFileSync(file, 'utf8'));
    const outputs = {};
    for (const lang of ['ja', 'en']) {
      const r = await run(['map', file, `--lang=${lang}`]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, '');
      outputs[lang] = r.stdout;
      const lines = r.stdout.split('\n');
      assert.deepEqual(lines.slice(0, 4), ['---', `title: ${JSON.stringify(journey.title[lang])}`, '---', 'flowchart TD']);
      const nodes = lines.filter((l) => /^ {2}s\d+\(?\["/.test(l));
      const edges = lines.filter((l) => /^ {2}s\d+ -->\|".+"\| s\d+$/.test(l));
      assert.equal(nodes.length, journey.steps.length);
      assert.equal(edges.length, targets(journey));
      for (const [i, step] of journey.steps.entries()) {
        assert.ok(nodes[i].startsWith(`  s${i}`) && nodes[i].includes(`<br/>(${step.id})`), nodes[i]);
        if (step.outcome) {
          assert.ok(nodes[i].startsWith(`  s${i}(["`), `an outcome is a stadium: ${nodes[i]}`);
          const classed = lines.find((l) => l.startsWith('  class ') && l.endsWith(` ${step.outcome.kind}`));
          assert.ok(classed?.slice(8).split(' ')[0].split(',').includes(`s${i}`), `s${i} is classed ${step.outcome.kind}`);
        }
      }
      for (const kind of ['recovered', 'blocked', 'handoff']) {
        assert.ok(lines.some((l) => l.startsWith(`  classDef ${kind} fill:`)), `a style for ${kind}`);
      }
    }
    assert.notEqual(outputs.ja, outputs.en, 'labels follow --lang');
    assert.match(outputs.ja, /[\u3040-\u30ff]/);
  });
}

test('map defaults to English and refuses a journey with problems (exit 1, the problems on stderr)', async () => {
  const file = BUILTIN.find((f) => f.endsWith('triage.json'));
  const plain = await run(['map', file]);
  assert.equal(plain.stdout, (await run(['map', '--lang', 'en', file])).stdout);
  const j = minimal();
  j.steps[0].on[0].next = 'nowhere';
  const r = await run(['map', write('unmappable.json', JSON.stringify(j))]);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /unmappable\.json: step "a", field "on\[0\]": /);
  assert.match(r.stderr, /not drawn/);
  const notJson = await run(['map', write('map-notjson.json', 'nope')]);
  assert.equal(notJson.code, 2);
  oneClearLine(notJson, /not JSON/);
});
