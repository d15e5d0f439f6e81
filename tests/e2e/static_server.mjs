// A small static file server for the offline journeys: it serves a folder under a sub-path
// (as a static host would serve a copy of dist/ at https://host/standoff/), the folder can be
// swapped between requests (a deployment of a new build), and the server can be stopped (the
// network cut for the page, beside Playwright's own offline switch).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

// The content type of each file a build holds, by extension (the benchmark's server too).
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

export async function startStaticServer(folder, prefix = '/standoff/') {
  const state = { folder, requests: [] };
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    state.requests.push(path);
    if (!path.startsWith(prefix)) {
      response.writeHead(404).end();
      return;
    }
    let relative = path.slice(prefix.length) || 'index.html';
    relative = normalize(relative);
    if (relative.startsWith('..')) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(join(state.folder, relative));
      // No cache headers, like python's http.server in scripts/test.sh.
      response.writeHead(200, { 'Content-Type': TYPES[extname(relative)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    origin: `http://127.0.0.1:${port}`,
    requests: state.requests,
    serve(newFolder) { state.folder = newFolder; },
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
