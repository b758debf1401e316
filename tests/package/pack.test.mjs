// The npm package as an author gets it: `npm pack` at the repository root (its prepack stages the
// release build; MFA_RESCUE_REUSE_DIST=1 reuses a dist/ newer than its sources, which
// scripts/test has just built), the tarball's contents and manifest, the git tree left as it
// was, then `npm install --offline <tgz>` into a scratch site in a temp folder, served on
// loopback under the strict CSP: the widget runs from node_modules/mfa-rescue/mfa-rescue.js (and
// the iframe page from beside it), and no request leaves the site. TypeScript resolves the
// installed package's types.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch, serve, firstTitle } from '../e2e/harness.mjs';
import { open, STRICT_CSP } from '../e2e/site.mjs';
import { STAGED } from '../../scripts/pack-files.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });

let work;
let packed;
let browser;
before(() => {
  work = mkdtempSync(join(tmpdir(), 'mfa-rescue-pack-'));
});
after(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('npm pack makes mfa-rescue-<version>.tgz with the release files at its root, and leaves git as it was', () => {
  const before = git('status', '--porcelain', '--untracked-files=all');
  const started = Date.now();
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, MFA_RESCUE_REUSE_DIST: process.env.MFA_RESCUE_REUSE_DIST ?? '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const seconds = (Date.now() - started) / 1000;
  [packed] = JSON.parse(out);
  assert.equal(packed.filename, `mfa-rescue-${pkg.version}.tgz`);
  assert.equal(packed.name, 'mfa-rescue');
  const files = packed.files.map((f) => f.path).sort();
  assert.deepEqual(files, [
    'LICENSE',
    'README.md',
    'docs/JOURNEYS.md',
    'embed.html',
    'index.d.ts',
    'journey.schema.json',
    // The built-in journeys, fetched beside the wasm (the same JSON the release build minifies),
    // and each one's pre-rendered first step in both languages.
    ...['iam-user', 'org-member', 'prevention', 'root-self-service', 'support', 'triage'].flatMap((id) => [
      `journeys/${id}.en.html`,
      `journeys/${id}.ja.html`,
      `journeys/${id}.json`,
    ]),
    'mfa-rescue-core.js',
    'mfa-rescue-core_bg.wasm',
    'mfa-rescue.js',
    'package.json',
    'page.js',
    'tools/mfa-rescue/bin/mfa-rescue.mjs',
    'tools/mfa-rescue/pkg/mfa_rescue_cli.js',
    'tools/mfa-rescue/pkg/mfa_rescue_cli_bg.wasm',
    'widget.css',
  ]);
  // The packed wrapper is the release build's (comments trimmed), not the source.
  const wasm = packed.files.find((f) => f.path === 'mfa-rescue-core_bg.wasm');
  assert.ok(wasm.size > 100_000, 'the wasm is the real one');
  assert.equal(git('status', '--porcelain', '--untracked-files=all'), before, 'packing left the git tree as it was');
  for (const name of STAGED) {
    assert.equal(existsSync(join(ROOT, name)), false, `postpack removed the staged ${name}`);
  }
  console.log(`# packed ${packed.filename}: ${(packed.size / 1024).toFixed(1)} KB (${(packed.unpackedSize / 1024).toFixed(1)} KB unpacked) in ${seconds.toFixed(1)} s`);
});

test('installed offline into a scratch site: no dependencies, exports and types resolve', () => {
  assert.ok(packed, 'packed first');
  const siteDir = join(work, 'site');
  execFileSync('mkdir', ['-p', siteDir]);
  writeFileSync(join(siteDir, 'package.json'), JSON.stringify({ name: 'scratch-docs', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', join(work, packed.filename)], {
    cwd: siteDir,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const installed = JSON.parse(readFileSync(join(siteDir, 'node_modules/mfa-rescue/package.json'), 'utf8'));
  assert.equal(installed.version, pkg.version);
  assert.equal(installed.dependencies, undefined);
  const lock = JSON.parse(readFileSync(join(siteDir, 'package-lock.json'), 'utf8'));
  assert.deepEqual(Object.keys(lock.packages).sort(), ['', 'node_modules/mfa-rescue'], 'nothing else was installed');
  // Node's resolver (as bundlers follow it) finds the module by its bare name and by its file.
  const resolved = execFileSync(process.execPath, ['--input-type=module', '-e', "console.log(import.meta.resolve('mfa-rescue'), import.meta.resolve('mfa-rescue/mfa-rescue.js'), import.meta.resolve('mfa-rescue/embed.html'))"], { cwd: siteDir, encoding: 'utf8' }).trim().split(' ');
  assert.deepEqual(resolved.map((u) => u.slice(u.indexOf('/node_modules/'))), [
    '/node_modules/mfa-rescue/mfa-rescue.js',
    '/node_modules/mfa-rescue/mfa-rescue.js',
    '/node_modules/mfa-rescue/embed.html',
  ]);
  // TypeScript finds the installed package's types through its exports.
  writeFileSync(join(siteDir, 'main.ts'), [
    "import { MfaRescue, type MfaRescueOptions } from 'mfa-rescue';",
    "const options: MfaRescueOptions = { lang: 'ja', journey: 'support' };",
    "MfaRescue.create(document.body, options).destroy();",
    "document.addEventListener('mfa-rescue:complete', (e) => console.log(e.detail.kind));",
    '// @ts-expect-error a misspelt option',
    "MfaRescue.create(document.body, { jorney: 'support' });",
    '',
  ].join('\n'));
  for (const resolution of ['bundler', 'nodenext']) {
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const out = execFileSync(process.execPath, [tsc, '--strict', '--noEmit', '--skipLibCheck', 'false', '--target', 'es2022', '--lib', 'es2022,dom', '--module', resolution === 'bundler' ? 'esnext' : 'nodenext', '--moduleResolution', resolution, '--types', '', 'main.ts'], { cwd: siteDir, encoding: 'utf8' });
    assert.equal(out.trim(), '', `tsc (${resolution})`);
  }
});

test('the installed package\'s command: npx mfa-rescue check and map, offline, from node_modules', () => {
  const siteDir = join(work, 'site');
  assert.ok(existsSync(join(siteDir, 'node_modules/.bin/mfa-rescue')), 'npm linked the bin');
  const journey = join(ROOT, 'journeys/support.json');
  const npx = (...args) => execFileSync('npx', ['--offline', '--no-install', 'mfa-rescue', ...args], { cwd: siteDir, encoding: 'utf8' });
  assert.match(npx('check', journey), /support\.json: ok, journey "support": /);
  assert.match(npx('--help'), /^usage: mfa-rescue check FILE/);
  const map = npx('map', journey, '--lang', 'ja');
  assert.match(map, /^---\ntitle: "[^"]+"\n---\nflowchart TD\n/);
  assert.match(map, /\n {2}class s\d+(,s\d+)* recovered\n/);
  // A broken journey: exit 1 and the step and field named.
  const broken = join(work, 'broken.json');
  writeFileSync(broken, readFileSync(journey, 'utf8').replace('"kind": "', '"kind": "x'));
  let failed;
  try {
    npx('check', broken);
  } catch (e) {
    failed = e;
  }
  assert.equal(failed?.status, 1, 'a broken journey exits 1');
  assert.match(failed.stdout, /broken\.json: step "[^"]+", field "outcome\.kind"/);
  // The schema ships beside it, for "$schema".
  const schema = JSON.parse(readFileSync(join(siteDir, 'node_modules/mfa-rescue/journey.schema.json'), 'utf8'));
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
});

test('the scratch site runs the widget and the iframe page from node_modules, under the strict CSP, with nothing from outside', async () => {
  const siteDir = join(work, 'site');
  writeFileSync(join(siteDir, 'index.html'), `<!doctype html>
<html lang="ja">
<head>
  <meta charset="utf-8">
  <title>Docs built with npm</title>
  <link rel="icon" href="/favicon.svg">
  <script type="module" src="/node_modules/mfa-rescue/mfa-rescue.js"></script>
</head>
<body>
  <mfa-rescue id="from-npm" journey="root-self-service" seed="npm"></mfa-rescue>
  <div id="npm-div" data-mfa-rescue data-lang="en" data-seed="npm-div"></div>
  <iframe id="frame" title="mfa-rescue" src="/node_modules/mfa-rescue/embed.html?lang=en&amp;journey=support&amp;seed=frame"></iframe>
</body>
</html>
`);
  writeFileSync(join(siteDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>');
  const server = await serve(siteDir, { 'content-security-policy': STRICT_CSP });
  browser = await launch();
  try {
    const { context, page, errors, requested } = await open(browser, server, '/');
    const title = (id) => page.waitForFunction((i) => document.getElementById(i)?.shadowRoot?.querySelector('[part=step-title]')?.textContent.trim(), id).then((h) => h.jsonValue());
    assert.equal(await title('from-npm'), firstTitle('root-self-service').ja);
    assert.equal(await title('npm-div'), firstTitle('triage').en);
    const framed = page.frameLocator('#frame').locator('[part=step-title]');
    await framed.waitFor();
    assert.equal((await framed.textContent()).trim(), firstTitle('support').en);
    for (const f of page.frames()) assert.deepEqual(await f.evaluate(() => window.__csp), [], `no CSP violations in ${f.url()}`);
    assert.deepEqual(errors, []);
    assert.deepEqual(requested.filter((u) => !u.startsWith(`${server.url}/`)), [], 'no request leaves the site');
    assert.ok(requested.includes(`${server.url}/node_modules/mfa-rescue/mfa-rescue-core_bg.wasm`), 'the wasm came from beside mfa-rescue.js');
    await context.close();
  } finally {
    await server.close();
  }
});
