#!/usr/bin/env node
// npm's prepack and postpack for the package `mfa-rescue` (package.json's "files").
//
//   stage  checks that package.json's version is Cargo.toml's, makes the release build (dist/),
//          and copies the release files a host needs to the repository root, where the package
//          has them: mfa-rescue.js must sit at the package root beside the wasm it finds through
//          import.meta.url, so that https://cdn.jsdelivr.net/npm/mfa-rescue@<version>/mfa-rescue.js
//          works. The copies are gitignored; `clean` (postpack) removes them again. Then it
//          builds the `mfa-rescue` command's wasm (scripts/build-cli, tools/mfa-rescue/pkg/,
//          gitignored, left in place: it is a build output like dist/).
//   clean  removes the staged copies.
//
// MFA_RESCUE_REUSE_DIST=1 skips the build when dist/ already holds every release file and each
// is newer than every source it is built from (the tests set it right after their own build);
// a stale or missing dist/ is built all the same.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
/** Built into dist/ by Trunk and staged at the root; embed.html is packed from its source. */
export const STAGED = [
  'mfa-rescue.js',
  'mfa-rescue-core.js',
  'mfa-rescue-core_bg.wasm',
  'page.js',
  // The pre-rendered first steps (scripts/prerender.mjs) and their stylesheet; the journeys'
  // JSON itself is packed from journeys/ as it is.
  'widget.css',
  ...readdirSync(join(ROOT, 'journeys'))
    .filter((n) => n.endsWith('.json') && n !== 'sources.json')
    .flatMap((n) => ['ja', 'en'].map((lang) => `journeys/${n.slice(0, -5)}.${lang}.html`)),
];
/** What the release build is made from (for MFA_RESCUE_REUSE_DIST). */
const SOURCES = ['Cargo.toml', 'Cargo.lock', 'Trunk.toml', 'index.html', 'embed.html', 'src', 'js', 'style', 'journeys', 'scripts/trim-js.mjs'];

const say = (text) => console.error(`pack-files: ${text}`);

/** The version in Cargo.toml's [package] table. */
export function cargoVersion() {
  const toml = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8');
  const table = toml.split(/^\[/m).find((t) => t.startsWith('package]'));
  return table?.match(/^version\s*=\s*"([^"]+)"/m)?.[1];
}

function newest(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function distIsFresh() {
  const built = ['embed.html', ...STAGED].map((name) => join(DIST, name));
  if (!built.every(existsSync)) return false;
  const oldestBuilt = Math.min(...built.map((f) => statSync(f).mtimeMs));
  const newestSource = Math.max(...SOURCES.map((p) => join(ROOT, p)).filter(existsSync).map(newest));
  return newestSource < oldestBuilt;
}

function stage() {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const cargo = cargoVersion();
  if (pkg.version !== cargo) {
    say(`package.json's version ${pkg.version} is not Cargo.toml's ${cargo}: change both together`);
    process.exit(1);
  }
  if (process.env.MFA_RESCUE_REUSE_DIST === '1' && distIsFresh()) {
    say('reusing dist/ (newer than its sources)');
  } else {
    say('release build: trunk build --release --offline');
    // The builds' output goes to stderr: stdout is npm's (`npm pack --json` prints its JSON there).
    execFileSync('bash', ['-c', 'source scripts/env.sh && nice trunk build --release --offline'], {
      cwd: ROOT,
      stdio: ['ignore', 2, 'inherit'],
    });
  }
  if (readFileSync(join(DIST, 'embed.html'), 'utf8') !== readFileSync(join(ROOT, 'embed.html'), 'utf8')) {
    say('dist/embed.html differs from embed.html, which the package ships: stage it too');
    process.exit(1);
  }
  for (const name of STAGED) copyFileSync(join(DIST, name), join(ROOT, name));
  // The `mfa-rescue` command's validator (package.json's "bin"): cargo rebuilds only what changed.
  say('the mfa-rescue command: scripts/build-cli');
  execFileSync('bash', ['scripts/build-cli'], { cwd: ROOT, stdio: ['ignore', 2, 'inherit'] });
}

function clean() {
  // Only the gitignored copies: never a file git tracks.
  const tracked = execFileSync('git', ['ls-files', '--', ...STAGED], { cwd: ROOT, encoding: 'utf8' }).trim();
  if (tracked) {
    say(`refusing to remove tracked files: ${tracked}`);
    process.exit(1);
  }
  for (const name of STAGED) rmSync(join(ROOT, name), { force: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const command = process.argv[2];
  if (command === 'stage') stage();
  else if (command === 'clean') clean();
  else {
    say('usage: pack-files.mjs stage|clean');
    process.exit(2);
  }
}
