#!/usr/bin/env node
// Trunk post_build hook: in release builds, minifies the staged dist/'s JavaScript with terser
// (and drops comments and extra whitespace from widget.css): the hand-written wrapper scripts
// (copied as-is) and the wasm-bindgen glue (Trunk 0.21's minifier fails on its `export default`
// and leaves it as is). 1.4 KB brotli less than the line-trimming this replaced (2026-12-04).
// In every build it also writes the built-in journeys beside the wasm, as the browser fetches
// them (they are not compiled into it): dist/journeys/<id>.json, whitespace removed (the same
// JSON value; the wasm's loader checks them as ever).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

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
  // The scripts, minified by terser as ES modules (exports, `import.meta.url` and the
  // `new URL('…', import.meta.url)` pattern bundlers look for stay as they are).
  for (const name of ['mfa-rescue.js', 'page.js', 'mfa-rescue-core.js']) {
    const file = join(staging, name);
    // Function and class names are kept: the wrapped `attachShadow` keeps its `name`, as pages
    // may read it.
    const { code } = await minify(readFileSync(file, 'utf8'), { module: true, keep_fnames: true, keep_classnames: true });
    writeFileSync(file, code + '\n');
  }
  // The stylesheet (copied as-is): comments out and whitespace runs made one space (widget.css
  // holds no string in which either would be content); 4.5 -> 3.4 KB brotli.
  const css = join(staging, 'widget.css');
  writeFileSync(css, readFileSync(css, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').trim() + '\n');
  // With inject_scripts = false Trunk leaves the (inert) <link rel=rust …> in the page.
  const index = join(staging, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace(/<link[^>]*\brel=rust\b[^>]*>/, ''));
}
