#!/usr/bin/env node
// Trunk post_build hook: in release builds, drops comment lines, blank lines and indentation
// from the staged dist/'s JavaScript (and comments and extra whitespace from widget.css): the
// hand-written wrapper scripts (copied as-is) and the wasm-bindgen glue (Trunk 0.21's minifier
// fails on its `export default` and leaves it as is).
// About 1.7 KB brotli. Only whole-line `//` comments and `/** … */` blocks that start a line are
// removed, and the files are checked to hold no multi-line template literal, where indentation
// would be content.
// In every build it also writes the built-in journeys beside the wasm, as the browser fetches
// them (they are not compiled into it): dist/journeys/<id>.json, whitespace removed (the same
// JSON value; the wasm's loader checks them as ever).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

{
  const staging = process.env.TRUNK_STAGING_DIR;
  const source = join(process.env.TRUNK_SOURCE_DIR ?? '.', 'journeys');
  mkdirSync(join(staging, 'journeys'), { recursive: true });
  for (const name of readdirSync(source).filter((n) => n.endsWith('.json') && n !== 'sources.json')) {
    const json = JSON.stringify(JSON.parse(readFileSync(join(source, name), 'utf8')));
    writeFileSync(join(staging, 'journeys', name), json);
  }
}

if (process.env.TRUNK_PROFILE === 'release') {
  const staging = process.env.TRUNK_STAGING_DIR;
  for (const name of ['mfa-rescue.js', 'page.js', 'mfa-rescue-core.js']) {
    const file = join(staging, name);
    const source = readFileSync(file, 'utf8');
    if (source.split('\n').some((line) => (line.match(/`/g) ?? []).length % 2 === 1)) {
      console.error(`trim-js: ${name} has a multi-line template literal; left as it is`);
      continue;
    }
    const text = source
      .replace(/^[ \t]*\/\*\*[\s\S]*?\*\/[ \t]*\n/gm, '')
      .replace(/^[ \t]*\/\/.*\n/gm, '')
      .replace(/^[ \t]+/gm, '')
      .replace(/\n{2,}/g, '\n');
    writeFileSync(file, text);
  }
  // The stylesheet (copied as-is): comments out and whitespace runs made one space (widget.css
  // holds no string in which either would be content); 4.5 -> 3.4 KB brotli.
  const css = join(staging, 'widget.css');
  writeFileSync(css, readFileSync(css, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').trim() + '\n');
  // With inject_scripts = false Trunk leaves the (inert) <link rel=rust …> in the page.
  const index = join(staging, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace(/<link[^>]*\brel=rust\b[^>]*>/, ''));
}
