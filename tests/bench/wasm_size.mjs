// A size profile of a wasm file, in the spirit of `twiggy top` (which does not install here in
// reasonable time): the code size of each function, taken from the code section and named from
// the "name" custom section, summed by crate, plus the data section. Use it on wasm-bindgen's
// output before wasm-opt (Trunk keeps it in target/wasm-bindgen/release/), which still has
// the names; wasm-opt shrinks every function but rarely changes the ranking.
//
//   node tests/bench/wasm_size.mjs target/wasm-bindgen/release/standoff_bg.wasm [top]
import { readFileSync } from 'node:fs';

export function profile(bytes) {
  let at = 8;
  const u32 = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[at++];
      result += (byte & 0x7f) * 2 ** shift;
      if (!(byte & 0x80)) return result;
      shift += 7;
    }
  };
  const name = () => {
    const length = u32();
    const text = Buffer.from(bytes.subarray(at, at + length)).toString('utf8');
    at += length;
    return text;
  };
  let importedFunctions = 0;
  const bodies = [];
  const names = new Map();
  const sections = {};
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = u32();
    const end = at + size;
    let label = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount'][id] ?? `section ${id}`;
    if (id === 0) {
      const start = at;
      const custom = name();
      label = `custom "${custom}"`;
      if (custom === 'name') {
        while (at < end) {
          const sub = bytes[at++];
          const subSize = u32();
          const subEnd = at + subSize;
          if (sub === 1) {
            for (let n = u32(); n > 0; n -= 1) {
              const index = u32();
              names.set(index, name());
            }
          }
          at = subEnd;
        }
      }
      at = start;
    } else if (id === 2) {
      for (let n = u32(); n > 0; n -= 1) {
        name();
        name();
        const kind = bytes[at++];
        if (kind === 0) { u32(); importedFunctions += 1; }
        else if (kind === 1) { at += 1; const flags = u32(); u32(); if (flags & 1) u32(); }
        else if (kind === 2) { const flags = u32(); u32(); if (flags & 1) u32(); }
        else if (kind === 3) { at += 2; }
        else break;
      }
    } else if (id === 10) {
      for (let n = u32(), i = 0; i < n; i += 1) {
        const bodySize = u32();
        bodies.push({ index: importedFunctions + i, size: bodySize });
        at += bodySize;
      }
    }
    sections[label] = (sections[label] ?? 0) + size;
    at = end;
  }
  // Names carry a crate disambiguator (`core[c5930c85a12de822]::…`) and a hash suffix; drop both.
  const clean = (symbol) => symbol.replace(/\[[0-9a-f]{16}\]/g, '').replace(/::h[0-9a-f]{16}$/, '');
  const functions = bodies.map((body) => ({ ...body, name: clean(names.get(body.index) ?? `function[${body.index}]`) }));
  return { total: bytes.length, sections, functions };
}

// The crate a symbol belongs to: the first path segment, looking through `<… as …>` and `&`.
export function crateOf(symbol) {
  const cleaned = symbol.replace(/^[<&\s]+|^(mut|dyn|impl)\s+/g, '').replace(/^[<&\s]+/, '');
  const match = cleaned.match(/^([A-Za-z_][A-Za-z0-9_]*)::/);
  if (!match) return symbol.startsWith('__wbg') || symbol.startsWith('__wbindgen') ? 'wasm-bindgen glue' : '(other)';
  return match[1];
}

function main() {
  const [file, topArg] = process.argv.slice(2);
  const top = Number(topArg ?? 15);
  const result = profile(readFileSync(file));
  const kb = (n) => `${(n / 1024).toFixed(1).padStart(7)} KB`;
  const code = result.sections.code ?? 1;
  const pct = (n, of = result.total) => `${((100 * n) / of).toFixed(1).padStart(5)} %`;
  console.log(`${file}: ${kb(result.total)}`);
  console.log('\nby section');
  for (const [label, size] of Object.entries(result.sections).sort((a, b) => b[1] - a[1])) console.log(`${kb(size)} ${pct(size)}  ${label}`);
  const byCrate = new Map();
  for (const f of result.functions) byCrate.set(crateOf(f.name), (byCrate.get(crateOf(f.name)) ?? 0) + f.size);
  console.log(`\ncode by crate, share of the code section (top ${top})`);
  for (const [crate, size] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${kb(size)} ${pct(size, code)}  ${crate}`);
  // The app's own code by module (two path segments deep), named after the wasm file.
  const own = file.replace(/^.*\/|_bg\.wasm$|\.wasm$/g, '');
  const byModule = new Map();
  for (const f of result.functions) {
    if (crateOf(f.name) !== own) continue;
    const path = f.name.replace(/^[<&\s]+/, '').match(new RegExp(`^${own}::[A-Za-z_0-9]+(::[A-Za-z_0-9]+)?`));
    const module = path ? path[0] : `${own} (other)`;
    byModule.set(module, (byModule.get(module) ?? 0) + f.size);
  }
  console.log(`\n${own}'s code by module, share of the code section (top ${top})`);
  for (const [module, size] of [...byModule].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${kb(size)} ${pct(size, code)}  ${module}`);
  console.log(`\nlargest functions, share of the code section (top ${top})`);
  for (const f of [...result.functions].sort((a, b) => b.size - a.size).slice(0, top)) console.log(`${kb(f.size)} ${pct(f.size, code)}  ${f.name.slice(0, 110)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
