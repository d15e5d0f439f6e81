// End-to-end journeys for offline use (docs/offline.md), in real Chromium against the release
// build: a first visit lets the service worker cache the build; with the network cut the app
// still opens, at its address and from a link; and a new build deployed over the old one is
// picked up after a reload, with the old cache deleted. Each journey serves its own copy of
// dist/ under a sub-path (as a static host would) from a server it can stop or re-point, and
// runs in a fresh browser context so that its service worker reaches no other journey.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, settle, watchProblems } from './browser.mjs';
import { startStaticServer } from './static_server.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');

let browser;
let scratch;
before(async () => {
  browser = await launch();
  scratch = mkdtempSync(join(tmpdir(), 'standoff-offline-'));
});
after(async () => {
  await browser?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

// A copy of dist/ in the scratch folder; `marker`, when given, makes it another build: a meta
// element in index.html, then the manifest step of the post_build hook (sw_manifest.py) run
// again on the copy, exactly as Trunk runs it, so the worker carries a new manifest and
// version. The hook's other step, the glue's minification, has already run on dist/.
function buildCopy(name, marker) {
  const folder = join(scratch, name);
  cpSync(DIST, folder, { recursive: true });
  if (marker) {
    const index = join(folder, 'index.html');
    const html = readFileSync(index, 'utf8');
    assert.ok(html.includes('</head>'));
    writeFileSync(index, html.replace('</head>', `<meta name="standoff-test-build" content="${marker}" />\n  </head>`));
    // The worker copied from dist/ already carries dist's manifest; the hook replaces it.
    execFileSync('python3', [join(ROOT, 'scripts/sw_manifest.py')], { env: { ...process.env, TRUNK_STAGING_DIR: folder } });
  }
  return folder;
}

function versionOf(folder) {
  const line = readFileSync(join(folder, 'sw.js'), 'utf8').split('\n').find((l) => l.startsWith('const MANIFEST = '));
  return JSON.parse(line.slice('const MANIFEST = '.length, -1)).version;
}

// A fresh context (its own service workers and caches) with a watch on what must never happen.
async function freshContext(origin) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  context.on('page', (page) => watchProblems(page, origin, problems));
  return { context, problems };
}

// Resolves when a service worker controls the page; the worker activates only after its
// install cached every file, so the cache is complete by then.
async function waitForWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

async function cacheNames(page) {
  return page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('standoff ')));
}

async function headline(page) {
  await page.waitForSelector('canvas[data-testid=chart]');
  await settle(page);
  return {
    owed: await page.textContent('[data-testid=billed-unpaid]'),
    npv: await page.textContent('[data-testid=customer-npv]'),
  };
}

test('after one visit the app opens offline, at its address and from a link', async () => {
  const folder = buildCopy('offline');
  const server = await startStaticServer(folder);
  const { context, problems } = await freshContext(server.origin);
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    const online = await headline(page);
    assert.match(online.owed, /^-?\$[0-9,]+(\.[0-9]{2})?$/);
    await waitForWorker(page);
    assert.deepEqual(await cacheNames(page), [`standoff ${server.url} ${versionOf(folder)}`]);

    // A link made by the app itself: a preset (the page opens on Twitter vs AWS), then the
    // address it writes.
    const before = page.url();
    await page.selectOption('[data-testid=preset-menu]', 'twitter-google-2023');
    // The app writes the address after a quiet period; wait until it changed and holds still.
    let link = before;
    const deadline = Date.now() + 10000;
    for (let stable = 0, last = null; stable < 5; last = link) {
      assert.ok(Date.now() < deadline, 'the address never took the preset\'s link');
      await page.waitForTimeout(100);
      link = page.url();
      stable = link !== before && link === last ? stable + 1 : 0;
    }
    assert.match(new URL(link).hash, /^#s=v2\./);
    const preset = await headline(page);
    assert.notDeepEqual(preset, online, 'the preset has figures of its own');

    // The network cut: the browser's switch, and the server gone too.
    await context.setOffline(true);
    await server.stop();

    // A reload of the plain address: the first visit's figures. The app keeps the last
    // edited scenario in storage, so the preset's figures are also acceptable there; what
    // matters is that the app opened and computed.
    await page.goto(server.url);
    const reloaded = await headline(page);
    assert.ok([JSON.stringify(online), JSON.stringify(preset)].includes(JSON.stringify(reloaded)), JSON.stringify(reloaded));

    // The link opened in a new tab, offline: a full load of index.html from the cache, and the
    // link's scenario on screen.
    const linked = await context.newPage();
    await linked.goto(link);
    assert.deepEqual(await headline(linked), preset);

    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await server.stop().catch(() => {});
  }
});

test('a new build replaces the old one after a reload and its cache is deleted', async () => {
  const first = buildCopy('build-a', 'A');
  const second = buildCopy('build-b', 'B');
  const versionA = versionOf(first);
  const versionB = versionOf(second);
  assert.notEqual(versionA, versionB);
  const server = await startStaticServer(first);
  const { context, problems } = await freshContext(server.origin);
  const marker = (page) => page.getAttribute('meta[name=standoff-test-build]', 'content');
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await headline(page);
    await waitForWorker(page);
    assert.equal(await marker(page), 'A');
    assert.deepEqual(await cacheNames(page), [`standoff ${server.url} ${versionA}`]);

    // Deploy B over A. Reloads until B shows (the first may still be A's: the browser checks
    // the worker for updates as the page loads), and at most three.
    server.serve(second);
    let seen = 'A';
    for (let attempt = 0; attempt < 3 && seen !== 'B'; attempt += 1) {
      await page.reload();
      await headline(page);
      seen = await marker(page);
    }
    assert.equal(seen, 'B', 'build B is served after reloads');

    // B's worker takes over and A's cache goes.
    const deadline = Date.now() + 15000;
    while (Date.now() < deadline && (await cacheNames(page)).join() !== `standoff ${server.url} ${versionB}`) {
      await page.waitForTimeout(100);
    }
    assert.deepEqual(await cacheNames(page), [`standoff ${server.url} ${versionB}`]);

    // And B is what opens offline: no old index.html next to the new wasm.
    await context.setOffline(true);
    await server.stop();
    await page.reload();
    await headline(page);
    assert.equal(await marker(page), 'B');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await server.stop().catch(() => {});
  }
});
