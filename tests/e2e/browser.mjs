// Shared set-up for the end-to-end journeys: Debian's Chromium driven by playwright-core,
// with the flags this closed network needs, and a watch on every console error, page error
// and request to another origin (the app must make none).
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.STANDOFF_URL ?? 'http://127.0.0.1:8090/';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.STANDOFF_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

// Records on `problems` what must never happen on a page: console errors, uncaught errors and
// requests to any origin but ours (no CDN, no fonts from elsewhere, no analytics).
export function watchProblems(page, origin, problems) {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const target = request.url();
    if (!target.startsWith(origin) && !target.startsWith('data:') && !target.startsWith('blob:')) {
      problems.push(`request to another origin: ${target}`);
    }
  });
}

// Opens a page in a fresh context and records what should never happen.
export async function openPage(browser, url, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  watchProblems(page, new URL(BASE_URL).origin, problems);
  await page.goto(url);
  await page.waitForSelector('canvas[data-testid=chart]');
  // The editor and the lower panels render right after the first paint (app_root.rs).
  await page.waitForSelector('[data-testid=editor]');
  // The first screen's cover goes once the app has drawn its own first chart (web/boot.js).
  await page.waitForSelector('.first-screen', { state: 'detached' });
  return { context, page, problems };
}

// A fingerprint of the canvas's pixels, to tell whether it was redrawn differently. Charts far
// from the viewport wait to redraw until they come near it (chart_canvas.rs), as for a reader
// who scrolls to them: the chart is scrolled into view first, given two frames to catch up,
// and the page's scroll position is put back afterwards, so that what the journey does next
// happens where it would have.
export async function canvasPixels(page, selector = 'canvas[data-testid=chart]') {
  const scrolled = await page.$eval(selector, (canvas) => {
    const before = { x: window.scrollX, y: window.scrollY };
    canvas.scrollIntoView({ block: 'center' });
    return before;
  });
  await settle(page);
  await settle(page);
  const pixels = await page.$eval(selector, (canvas) => {
    const context = canvas.getContext('2d');
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let hash = 0;
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i], g = data[i + 1], b = data[i + 2];
      if (r !== 255 || g !== 255 || b !== 255) ink += 1;
      hash = (hash * 31 + r * 7 + g * 3 + b) >>> 0;
    }
    return { hash, ink, width: canvas.width, height: canvas.height, cssWidth: canvas.clientWidth, cssHeight: canvas.clientHeight };
  });
  await page.evaluate(({ x, y }) => window.scrollTo(x, y), scrolled);
  return pixels;
}

// Waits until two animation frames have passed, so Yew's render and the chart redraw are done.
export async function settle(page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}
