// Minifies wasm-bindgen's JS glue in a Trunk release build, with terser (pinned in
// package.json, installed by scripts/setup.sh).
//
// Trunk's own minifier cannot parse the glue's last line, `export { initSync, __wbg_init as
// default }`: it logs "WARN Failed to minify JS" and copies the file as it is (about 57 KB raw,
// 9.7 KB gzip of the first visit). scripts/post_build.sh runs this in the staging folder that is
// about to become dist/ (TRUNK_STAGING_DIR), before the service worker's manifest is written, so
// that the manifest hashes the minified bytes.
//
// The file keeps its name. Trunk derives the hash in it from the compiled wasm, not from the
// JS, and the minified glue is a function of the glue alone (terser's version and the options
// below are fixed), so one name still means one content. index.html names the file twice
// (boot.js's data attribute and a modulepreload link) and those stay right; the link's
// `integrity` (Subresource Integrity, the hash of the bytes) is replaced by that of the
// minified file, or the browser would refuse the preload.
//
// Run by hand on a built folder: `TRUNK_STAGING_DIR=dist node scripts/minify_js.mjs` (a second
// run minifies the minified file again, harmlessly); then run scripts/sw_manifest.py the same
// way, since the manifest must match.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const fail = (message) => {
  console.error(`minify_js.mjs: ${message}`);
  process.exit(1);
};

let minify;
try {
  ({ minify } = await import('terser'));
} catch (error) {
  fail(`terser is not installed (run scripts/setup.sh, which runs npm ci): ${error.message}`);
}

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) fail('TRUNK_STAGING_DIR is not set');
const indexPath = join(staging, 'index.html');
let index;
try {
  index = readFileSync(indexPath, 'utf8');
} catch (error) {
  fail(`cannot read ${indexPath}: ${error.message}`);
}

// The glue is the file boot.js imports: Trunk.toml's pattern_script writes its name into the
// `data-standoff-js` attribute (quoted or not, since Trunk minifies the HTML).
const named = /data-standoff-js=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/.exec(index);
if (!named) fail(`no data-standoff-js attribute in ${indexPath} (see Trunk.toml's pattern_script)`);
const relative = (named[1] ?? named[2] ?? named[3]).replace(/^(\.\/|\/)+/, '');
if (relative.includes('/') || !relative.endsWith('.js')) fail(`unexpected glue file name ${relative}`);
const gluePath = join(staging, relative);
const glueBytes = readFileSync(gluePath);
const glue = glueBytes.toString('utf8');

const result = await minify(glue, {
  // An ES module: top-level names are private to it, so they may be renamed too.
  module: true,
  ecma: 2020,
  compress: { passes: 2 },
  mangle: true,
  format: { comments: false },
});
if (typeof result.code !== 'string' || result.code.length === 0) fail(`terser returned no code for ${relative}`);
// The module's interface is what boot.js uses: the default export (wasm-bindgen's init).
if (!/export\s*\{[^}]*\bas default\b[^}]*\}|export default\b/.test(result.code)) {
  fail(`the minified ${relative} lost its default export`);
}

// Subresource Integrity: whichever of the three algorithms Trunk used for the original bytes is
// recomputed for the new ones. No integrity at all is fine (Trunk's data-integrity=none); an
// integrity on a link to the glue that matches none of them means something else changed the
// file, and the page would refuse it either way: stop rather than ship that.
const sri = (algorithm, bytes) => `${algorithm}-${createHash(algorithm).update(bytes).digest('base64')}`;
const algorithms = ['sha256', 'sha384', 'sha512'];
const before = algorithms.map((algorithm) => sri(algorithm, glueBytes));
const escaped = relative.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
for (const link of index.match(new RegExp(`<link\\b[^>]*${escaped}[^>]*>`, 'g')) ?? []) {
  if (/integrity=/.test(link) && !before.some((value) => link.includes(value))) {
    fail(`index.html has an integrity for ${relative} that does not match its bytes: ${link}`);
  }
}
let replaced = 0;
algorithms.forEach((algorithm, i) => {
  const parts = index.split(before[i]);
  replaced += parts.length - 1;
  index = parts.join(sri(algorithm, Buffer.from(result.code, 'utf8')));
});

writeFileSync(gluePath, result.code);
writeFileSync(indexPath, index);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`minify_js.mjs: ${relative} ${kb(glueBytes.length)} -> ${kb(Buffer.byteLength(result.code))}, ${replaced} integrity value(s) updated`);
