// Journeys for the authors' tools tests: every built-in journey, and broken ones made from the
// smallest journey there is. Each broken sample says whether the schema can see its mistake (a
// wrong shape: journey.schema.json and the loader both refuse it) or only the loader can (a
// mistake about the whole journey: an id that names no step, a button its screen lacks).
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const JOURNEYS = join(ROOT, 'journeys');

/** The built-in journeys' files (the source registry is not a journey). */
export const BUILTIN = readdirSync(JOURNEYS)
  .filter((f) => f.endsWith('.json') && f !== 'sources.json')
  .sort()
  .map((f) => join(JOURNEYS, f));

export const schema = () => JSON.parse(readFileSync(join(ROOT, 'journey.schema.json'), 'utf8'));

/** Two steps, one outcome: passes both the schema and the loader. */
export function minimal() {
  return {
    $schema: './node_modules/mfa-rescue/journey.schema.json',
    id: 'mini',
    title: { ja: 'ミニ', en: 'Mini' },
    start: 'a',
    steps: [
      {
        id: 'a',
        title: { ja: 'あ', en: 'A' },
        body: { ja: '本文', en: 'Body' },
        sources: ['doc-lost-2025'],
        screen: 'sign-in',
        on: [{ on: 'action', action: 'sign-in', next: 'b' }],
      },
      {
        id: 'b',
        title: { ja: 'い', en: 'B' },
        body: { ja: '本文', en: 'Body' },
        sources: ['seed-003'],
        outcome: { id: 'done', kind: 'recovered' },
      },
    ],
  };
}

const broken = (name, schemaSees, mutate, where) => ({ name, schemaSees, where, journey: mutate(minimal()) });

/** `where`: what `mfa-rescue check` names (the step and the field). */
export const BROKEN = [
  broken('an unknown key in a step', true, (j) => ((j.steps[0].colour = 'red'), j), ['a', 'colour']),
  broken('an unknown key at the top', true, (j) => ((j.auther = 'me'), j), [null, 'auther']),
  broken('a wrong outcome kind', true, (j) => ((j.steps[1].outcome.kind = 'won'), j), ['b', 'outcome.kind']),
  broken('a missing title language', true, (j) => (delete j.steps[0].title.en, j), ['a', 'title.en']),
  broken('an empty Japanese title', true, (j) => ((j.title.ja = ''), j), [null, 'title.ja']),
  broken('an unknown transition type', true, (j) => ((j.steps[0].on[0].on = 'tap'), j), ['a', 'on[0].on']),
  broken('a transition without next', true, (j) => (delete j.steps[0].on[0].next, j), ['a', 'on[0].next']),
  broken('an unknown screen', true, (j) => ((j.steps[0].screen = 'lobby'), j), ['a', 'screen']),
  broken('an unknown effect', true, (j) => ((j.steps[0].effects = [{ type: 'mial' }]), j), ['a', 'effects[0].type']),
  broken('a negative wait', true, (j) => ((j.steps[0].on = [{ on: 'after', minutes: -5, next: 'b' }]), j), ['a', 'on[0].minutes']),
  broken('steps that are not a list', true, (j) => ((j.steps = { a: j.steps[0] }), j), [null, 'steps']),
  broken('a missing start', true, (j) => (delete j.start, j), [null, 'start']),
  broken('a source linking to javascript:', true, (j) => ((j.sources = [{ id: 'my-blog', kind: 'third-party', name: { ja: '私のブログ', en: 'My blog' }, era: '2026', url: 'javascript:alert(1)' }]), (j.steps[1].sources = ['my-blog']), j), [null, 'sources[0].url']),
  broken('a $schema that is not text', true, (j) => ((j.$schema = 1), j), [null, '$schema']),
  // What only the whole journey shows: the schema accepts these, the loader does not.
  broken('a next that names no step', false, (j) => ((j.steps[0].on[0].next = 'c'), j), ['a', 'on[0]']),
  broken('a button the screen lacks', false, (j) => ((j.steps[0].on[0].action = 'call-me-now'), j), ['a', 'on[0].action']),
  broken('a source nobody defines', false, (j) => ((j.steps[1].sources = ['my-blog']), j), ['b', 'sources[0]']),
  broken('a duplicate step id', false, (j) => ((j.steps[1].id = 'a'), (j.start = 'a'), j), ['a', 'id']),
];

const BIN = join(ROOT, 'tools/mfa-rescue/bin/mfa-rescue.mjs');

/** Runs the `mfa-rescue` command on the built wasm; resolves to its exit code and output. */
export function run(args, { cwd = ROOT } = {}) {
  return new Promise((ok) => {
    execFile(process.execPath, [BIN, ...args], { cwd }, (error, stdout, stderr) => {
      ok({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}
