#!/usr/bin/env node
// Prints raw, gzip and brotli bytes for every file a page loads from the build folder, and the
// totals. With --max-brotli-kb N, exits non-zero when the brotli total is above N KB (a guard
// with a generous margin; the goal is tracked by scripts/bench).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? 'dist';
const maxIdx = args.indexOf('--max-brotli-kb');
const maxKb = maxIdx >= 0 ? Number(args[maxIdx + 1]) : null;

function walk(d) {
  // Hidden entries (Trunk's .stage while a build runs) are not shipped.
  return readdirSync(d).filter((name) => !name.startsWith('.')).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const shipped = walk(dir).filter((p) => /\.(wasm|js|css|html)$/.test(p) || /(^|[\/])journeys[\/][^\/]+\.json$/.test(p)).sort();
const rows = shipped.map((p) => {
  const data = readFileSync(p);
  return {
    file: relative(dir, p),
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }).length,
  };
});
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const kb = (n) => (n / 1000).toFixed(1).padStart(8);
const width = Math.max(5, ...rows.map((r) => r.file.length));
console.log(`${'file'.padEnd(width)}  ${'raw KB'.padStart(8)}  ${'gzip KB'.padStart(8)}  ${'brotli KB'.padStart(9)}`);
for (const r of rows) console.log(`${r.file.padEnd(width)}  ${kb(r.raw)}  ${kb(r.gzip)}  ${kb(r.brotli).padStart(9)}`);
console.log(`${'total'.padEnd(width)}  ${kb(total.raw)}  ${kb(total.gzip)}  ${kb(total.brotli).padStart(9)}`);
if (maxKb !== null) {
  const ok = total.brotli <= maxKb * 1000;
  console.log(`brotli budget: ${(total.brotli / 1000).toFixed(1)} KB of ${maxKb} KB allowed: ${ok ? 'ok' : 'OVER BUDGET'}`);
  if (!ok) process.exit(1);
}
