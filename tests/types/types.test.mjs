// The type layer: index.d.ts under `tsc --strict` (the devDependency typescript, exact), on the
// usage samples beside this file, once per setting a consumer may have: no React at all
// (bundler and Node resolution), React 18's types and React 19's. A sample line marked
// `@ts-expect-error` that compiles is reported by tsc as an unused directive, so it fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const HERE = dirname(fileURLToPath(import.meta.url));
const TSC = join(HERE, '../../node_modules/typescript/bin/tsc');

function tsc(config) {
  return new Promise((ok) => {
    execFile(process.execPath, [TSC, '-p', join(HERE, config)], (error, stdout, stderr) => {
      ok({ code: error ? (error.code ?? 1) : 0, output: `${stdout}${stderr}`.trim() });
    });
  });
}

for (const [config, what] of [
  ['tsconfig.json', 'without React, bundler resolution'],
  ['tsconfig.nodenext.json', 'without React, Node (nodenext) resolution'],
  ['tsconfig.react18.json', "React 18's JSX"],
  ['tsconfig.react19.json', "React 19's JSX"],
]) {
  test(`tsc --strict --noEmit: ${what} (${config})`, async () => {
    const { code, output } = await tsc(config);
    assert.equal(output, '', 'no type errors');
    assert.equal(code, 0);
  });
}
