// Reads twiggy's `top -f csv` of a named wasm (scripts/wasm-breakdown) and prints where the bytes
// go: by crate, by module of mfa_rescue, the largest items, and the names that occur more than
// once (the same name with several hashes: a generic function's copy per type, or closures).
import { readFileSync } from 'node:fs';

const [file, rowsArg] = process.argv.slice(2);
const rows = Number(rowsArg ?? 25);

/** The fields of one CSV line (twiggy quotes names that hold commas or quotes). */
function fields(line) {
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (c === '"') quoted = false; else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { out.push(cur); cur = ''; } else cur += c;
  }
  out.push(cur);
  return out;
}

const items = readFileSync(file, 'utf8').trim().split('\n').slice(1).map(fields)
  .map(([name, size]) => ({ name, size: Number(size) }))
  .filter((i) => !i.name.startsWith('custom section') && !i.name.includes('subsection') && !i.name.startsWith('Σ') && !i.name.startsWith('...'));

/** The crate a symbol belongs to: the first path segment, past `<`, `&`, `mut`, `dyn`. */
function crateOf(name) {
  if (name.startsWith('data segment')) return '(data: text and tables)';
  if (/^(code|elem|table|import|export)\b/.test(name)) return `(${name.split(/[\[ ]/)[0]})`;
  if (/ (externref|multivalue) shim/.test(name)) return '(wasm-bindgen exports, with what wasm-opt inlined into them)';
  const bare = name.replace(/^[<&\s]+(mut |dyn )?/, '');
  if (/^T as /.test(bare)) return `${bare.split(' as ')[1].split('::')[0].replace(/^[<&]+/, '')} (generic impls)`;
  return bare.split(/::|\[|<| /)[0];
}

const total = items.reduce((n, i) => n + i.size, 0);
const kb = (n) => (n / 1000).toFixed(1).padStart(7);
function table(title, map) {
  console.log(`\n${title}`);
  for (const [k, v] of [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, rows)) console.log(`${kb(v)} KB  ${k}`);
}
const sum = (keyOf) => {
  const m = new Map();
  for (const i of items) {
    const k = keyOf(i.name);
    if (k !== null) m.set(k, (m.get(k) ?? 0) + i.size);
  }
  return m;
};

console.log(`${file}: ${kb(total)} KB of code and data before brotli (names not counted)`);
table('by crate', sum(crateOf));
table('by module of mfa_rescue', sum((n) => (n.startsWith('mfa_rescue::') ? n.split('::').slice(1, 3).join('::') : null)));
console.log('\nlargest items');
for (const i of [...items].sort((a, b) => b.size - a.size).slice(0, rows)) console.log(`${kb(i.size)} KB  ${i.name.slice(0, 140)}`);
const generic = new Map();
for (const i of items) {
  const k = i.name.replace(/::h[0-9a-f]{16}$/, '').replace(/\[[0-9a-f]{16}\]/g, '');
  const g = generic.get(k) ?? { size: 0, copies: 0 };
  g.size += i.size;
  g.copies += 1;
  generic.set(k, g);
}
console.log('\nnames that occur more than once, all together: a generic function compiled once per type it is used with, or the closures of one function');
for (const [k, g] of [...generic.entries()].filter(([, g]) => g.copies > 1).sort((a, b) => b[1].size - a[1].size).slice(0, rows)) {
  console.log(`${kb(g.size)} KB  ×${String(g.copies).padEnd(4)} ${k.slice(0, 130)}`);
}
