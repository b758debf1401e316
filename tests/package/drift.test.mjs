// What must agree across files that are edited by hand: the package's version and Cargo's; the
// settings js/mfa-rescue.js reads and the ones index.d.ts types; the journeys built in and the
// JourneyId type; the error box's keywords (src/ui/error_panel.rs) and the ErrorCode type.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { cargoVersion } from '../../scripts/pack-files.mjs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const DTS = read('index.d.ts');

/** The body of `interface Name … { … }` or `type Name = …;` in index.d.ts. */
function declaration(name) {
  const m = DTS.match(new RegExp(`(?:interface|type) ${name}\\b[^{=]*(?:=([\\s\\S]*?);\\n|\\{([\\s\\S]*?)\\n\\})`));
  assert.ok(m, `index.d.ts declares ${name}`);
  return m[1] ?? m[2];
}
const quoted = (text) => [...text.matchAll(/'([^']+)'/g)].map((m) => m[1]).sort();
const keys = (body) =>
  [...body.matchAll(/(?:^|[{;])\s*(?:readonly\s+)?'?([\w-]+)'?\??:/gm)].map((m) => m[1]).sort();
const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());

test('package.json, package-lock.json and Cargo.toml carry one version', () => {
  const pkg = JSON.parse(read('package.json'));
  const lock = JSON.parse(read('package-lock.json'));
  assert.equal(pkg.name, 'mfa-rescue');
  assert.equal(pkg.version, cargoVersion(), 'package.json follows Cargo.toml');
  assert.equal(lock.version, pkg.version);
  assert.equal(lock.packages[''].version, pkg.version);
  assert.equal(lock.packages[''].name, pkg.name);
  assert.equal(pkg.dependencies, undefined, 'no runtime dependencies');
});

test('index.d.ts names every setting js/mfa-rescue.js reads, in every spelling it accepts', () => {
  const js = read('js/mfa-rescue.js');
  const settings = JSON.parse(js.match(/const SETTINGS = (\[[^\]]*\])/)[1].replace(/'/g, '"'));
  // create()'s options: camelCase or the attribute name (js: `o[name] ?? o[camel]`).
  const options = [...keys(declaration('MfaRescueSettings')), ...keys(declaration('SrcJourney')), ...keys(declaration('SrcStrings'))];
  const expected = new Set(settings.flatMap((s) => [s, camel(s)]));
  assert.deepEqual([...new Set(options)].sort(), [...expected].sort());
  // JSX and the element: the attribute names.
  assert.deepEqual(keys(declaration('MfaRescueAttributes')), [...settings].sort());
  // The element's documentation lists them too.
  const element = DTS.slice(DTS.lastIndexOf('/**', DTS.indexOf('interface MfaRescueElement')), DTS.indexOf('interface MfaRescueElement'));
  for (const s of settings) assert.ok(element.includes(`\`${s}\``), `MfaRescueElement's doc names ${s}`);
});

test('JourneyId is exactly the built-in journeys', () => {
  // The ids the wasm compiles in (src/engine/builtin.rs), each with its file in journeys/.
  const rust = read('src/engine/builtin.rs');
  const ids = JSON.parse(rust.match(/pub const IDS: &\[&str\] = &(\[[^\]]*\]);/)[1].replace(/,\s*\]/, ']')).sort();
  assert.ok(ids.length > 0);
  const files = readdirSync(new URL('../../journeys/', import.meta.url));
  for (const id of ids) assert.ok(files.includes(`${id}.json`), `journeys/${id}.json`);
  assert.deepEqual(quoted(declaration('JourneyId')), ids);
  // js/mfa-rescue.js fetches exactly these files (a missing id would never load, an extra one
  // would be a request for a file that is not there).
  const js = read('js/mfa-rescue.js');
  assert.deepEqual(JSON.parse(js.match(/const JOURNEYS = (\[[^\]]*\])/)[1].replace(/'/g, '"')).sort(), ids);
});

test("ErrorCode is exactly the error box's keywords", () => {
  const rust = read('src/ui/loading.rs');
  const body = rust.slice(rust.indexOf('fn keyword('), rust.indexOf('fn message('));
  const keywords = [...body.matchAll(/=> "([a-z-]+)"/g)].map((m) => m[1]).sort();
  assert.ok(keywords.length > 0);
  assert.deepEqual(quoted(declaration('ErrorCode')), keywords);
});

test('the event detail types name exactly what the widget sends (src/ui/events.rs)', () => {
  const rust = read('src/ui/events.rs');
  // fn detail(): `HostEvent::Name { … } => vec![("field", …), …]`
  const body = rust.slice(rust.indexOf('fn detail('), rust.indexOf('pub fn emit('));
  const sent = new Map(
    [...body.matchAll(/HostEvent::(\w+)\s*\{[^}]*\}\s*=>\s*\{?\s*vec!\[([\s\S]*?)\]/g)].map((m) => [
      m[1].toLowerCase(),
      [...m[2].matchAll(/\(\s*"(\w+)",/g)].map((f) => f[1]).sort(),
    ]),
  );
  for (const [event, type] of [['step', 'MfaRescueStepDetail'], ['decision', 'MfaRescueDecisionDetail'], ['complete', 'MfaRescueCompleteDetail'], ['error', 'MfaRescueErrorDetail']]) {
    assert.ok(sent.get(event)?.length, `the widget sends ${event}`);
    assert.deepEqual(keys(declaration(type)), sent.get(event), `${type} is what ${event} sends`);
  }
});

test("mfa-rescue.js's loading text is the catalogue's Loading, in both languages", () => {
  const js = read('js/mfa-rescue.js');
  const copy = JSON.parse(js.match(/const LOADING = (\{[^}]*\})/)[1].replace(/'/g, '"').replace(/(\w+):/g, '"$1":'));
  const { ja, en } = JSON.parse(read('i18n/strings.json')).Loading;
  assert.deepEqual(copy, { ja, en });
});

