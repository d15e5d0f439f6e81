// Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every text and wasm file of a build
// (TRUNK_STAGING_DIR, or the folder given as the one argument), for hosts that serve
// precompressed files (nginx's gzip_static and brotli_static, most static hosting services).
// Brotli at its highest quality takes about 20 % off the gzip size of our wasm, which on a
// slow mobile link is about 0.7 s of the first visit (docs/performance.md, "The first chart on
// a phone"); a host compressing on the fly uses lower levels than a build can afford.
//
// The gzip copy comes from GNU gzip -9 when it is there (about 1 % smaller than zlib's level 9
// on our wasm, and what scripts/size_check.sh counts), else from node's zlib. A copy no smaller
// than its file is not written. Run by scripts/post_build.sh on release builds, after the
// service worker's manifest, which lists the files themselves and never these copies.
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { execFileSync } from 'node:child_process';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg']);

function gzip(file, raw) {
  try {
    return execFileSync('gzip', ['-9', '-n', '-c', file], { maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return gzipSync(raw, { level: constants.Z_BEST_COMPRESSION });
  }
}

function brotli(raw) {
  return brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  });
}

const folder = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!folder) {
  console.error('precompress.mjs: give a folder, or run it as a Trunk hook (TRUNK_STAGING_DIR)');
  process.exit(1);
}
let written = 0;
for (const name of readdirSync(folder).sort()) {
  const file = join(folder, name);
  if (!COMPRESSIBLE.has(extname(name)) || !statSync(file).isFile()) continue;
  const raw = readFileSync(file);
  for (const [suffix, bytes] of [['.br', brotli(raw)], ['.gz', gzip(file, raw)]]) {
    if (bytes.length >= raw.length) continue;
    writeFileSync(`${file}${suffix}`, bytes);
    written += 1;
  }
}
console.log(`precompress.mjs: ${written} .br and .gz files`);
