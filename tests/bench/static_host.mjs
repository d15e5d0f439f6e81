// A file server that compresses like a static host, for the benchmark's mobile loads: Python's
// http.server sends every file uncompressed, which on a 1.6 Mbps profile would time the
// transfer of bytes no real host sends. Text types and wasm go out with Content-Encoding:
// brotli from a precompressed `<file>.br` beside the file when the browser accepts it (as
// hosts with precompressed assets, or nginx's brotli_static, do), else gzip, from a
// precompressed `<file>.gz` or compressed here at zlib's default level 6. Every body is read and
// compressed when the server starts and kept in memory, so the server spends no CPU during a
// timed load. Each response carries an ETag and `Cache-Control: no-cache` and a matching
// If-None-Match gets a 304, as on hosts that revalidate (the service worker's precache then
// revalidates the files the page has just downloaded instead of fetching them again).
//
// Run alone: `node tests/bench/static_host.mjs DIR [PORT]` prints the URL and serves DIR.
import { createServer } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TYPES } from '../e2e/static_server.mjs';

const COMPRESSED = new Set(Object.keys(TYPES));

// Which encodings the request's Accept-Encoding allows (q=0 refuses one).
function accepted(header) {
  const allowed = new Set();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) allowed.add(name);
  }
  return allowed;
}

async function readOrNull(file) {
  try {
    return await readFile(file);
  } catch {
    return null;
  }
}

// The body to send for `file` and its encoding, cached per file and encoding.
async function body(cache, file, encodings) {
  const ext = extname(file);
  const choices = COMPRESSED.has(ext) ? [...(encodings.has('br') ? ['br'] : []), ...(encodings.has('gzip') ? ['gzip'] : []), 'identity'] : ['identity'];
  for (const encoding of choices) {
    const key = `${encoding} ${file}`;
    if (!cache.has(key)) cache.set(key, await encoded(file, encoding));
    const found = cache.get(key);
    if (found) return { bytes: found, encoding };
  }
  return null;
}

async function encoded(file, encoding) {
  if (encoding === 'br') return readOrNull(`${file}.br`);
  if (encoding === 'gzip') {
    const pre = await readOrNull(`${file}.gz`);
    if (pre) return pre;
    const raw = await readOrNull(file);
    return raw && gzipSync(raw);
  }
  return readOrNull(file);
}

// Reads and compresses every file of `root` (one level, as Trunk's dist/ is) ahead of the loads.
async function warm(cache, root) {
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (entry.isFile() && !/\.(br|gz)$/.test(entry.name)) await body(cache, join(root, entry.name), new Set(['br', 'gzip']));
  }
}

// Serves `folder` at the root of a loopback port (0: any free one). Returns the URL, the log of
// requests (path, encoding, bytes sent, status, and when it came, in ms since the epoch, the
// clock of the page's performance.timeOrigin) and stop().
export async function startStaticHost(folder, port = 0) {
  const root = resolve(folder);
  const cache = new Map();
  const log = [];
  await warm(cache, root);
  const server = createServer(async (request, response) => {
    let path = decodeURIComponent(new URL(request.url, 'http://host').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const relative = normalize(path.slice(1));
    if (relative.startsWith('..')) {
      response.writeHead(404).end();
      return;
    }
    const found = await body(cache, join(root, relative), accepted(request.headers['accept-encoding']));
    if (!found) {
      response.writeHead(404).end();
      return;
    }
    const etag = `"${createHash('sha1').update(found.bytes).digest('hex').slice(0, 16)}-${found.encoding}"`;
    const headers = {
      'Content-Type': TYPES[extname(relative)] ?? 'application/octet-stream',
      Vary: 'Accept-Encoding',
      'Cache-Control': 'no-cache',
      ETag: etag,
    };
    if (request.headers['if-none-match'] === etag) {
      log.push({ path: relative, encoding: found.encoding, bytes: 0, status: 304, at: Date.now() });
      response.writeHead(304, headers).end();
      return;
    }
    headers['Content-Length'] = found.bytes.length;
    if (found.encoding !== 'identity') headers['Content-Encoding'] = found.encoding;
    log.push({ path: relative, encoding: found.encoding, bytes: found.bytes.length, status: 200, at: Date.now() });
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : found.bytes);
  });
  await new Promise((resolvePromise) => server.listen(port, '127.0.0.1', resolvePromise));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    log,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolvePromise) => server.close(resolvePromise));
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const host = await startStaticHost(process.argv[2] ?? 'dist', Number(process.argv[3] ?? 0));
  console.log(host.url);
}
