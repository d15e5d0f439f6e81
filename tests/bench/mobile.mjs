// The first chart on a phone: cold loads under Lighthouse's mobile profile (150 ms round trip,
// 1.6 Mbps down, 675 kbps up, 4× CPU slowdown) at 390×844, from a server that compresses like
// a static host (static_host.mjs), for a first visit with no link and for the Twitter vs AWS
// story opened from a shared link. Each load runs in a fresh browser context: no HTTP cache, no
// storage, no service worker yet. Besides the first chart it records when each part of the
// load ended (docs/performance.md, "The first chart on a phone"), so that the table says where
// the time went.
import { installLoadProbe } from './probes.mjs';
import { median } from './table.mjs';

// Lighthouse's mobile profile, as DevTools throttling applies it (Lighthouse's own figures:
// 1.6 × 1024 kbit/s down, 675 kbit/s up, in bytes per second for CDP).
export const MOBILE_NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (675 * 1024) / 8,
};
export const MOBILE_CPU_SLOWDOWN = 4;
// The viewport the issue names, at Lighthouse's mobile pixel ratio.
export const MOBILE_CONTEXT = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
const FIRST_CHART_TIMEOUT = 60_000;

// The shared link of the Twitter vs AWS story as the page writes it into the address bar once
// that preset is chosen (after a quiet period), with the lesson.
export async function sharedLink(browser, url) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.selectOption('#preset-select', 'twitter-aws-2023');
    await page.waitForFunction(() => location.hash.startsWith('#s=v2.') && location.hash.length > 1000, null, { timeout: 20_000, polling: 100 });
    return new URL(page.url()).hash;
  } finally {
    await context.close();
  }
}

// What a load measured, read in the page once its first chart is drawn. Times are from the
// start of the navigation.
function readMobileLoad() {
  const entries = performance.getEntriesByType('resource');
  const resource = (test) => entries.find((entry) => test(entry.name.split('/').pop().split('?')[0]));
  // The module the first chart waits for: the first screen's, or the app's where there is none.
  const mainWasm = resource((name) => name === 'first_screen_bg.wasm') ?? resource((name) => /^standoff-.*_bg\.wasm$/.test(name));
  const chart = performance.getEntriesByType('mark').find((mark) => mark.name.startsWith('standoff:chart-drawn:'));
  const paint = performance.getEntriesByType('paint').find((entry) => entry.name === 'first-paint');
  const navigation = performance.getEntriesByType('navigation')[0];
  const firstChart = chart ? chart.startTime : null;
  return {
    firstChart,
    chartKind: chart ? chart.name.slice('standoff:chart-drawn:'.length) : null,
    htmlEnd: navigation ? navigation.responseEnd : null,
    wasmStart: mainWasm ? mainWasm.startTime : null,
    wasmFirstByte: mainWasm ? mainWasm.responseStart : null,
    wasmEnd: mainWasm ? mainWasm.responseEnd : null,
    wasmEncodedBytes: mainWasm ? mainWasm.encodedBodySize : null,
    wasmInstantiated: window.__standoffBench?.wasmInstantiated ?? null,
    wasmVia: window.__standoffBench?.wasmVia ?? null,
    firstPaint: paint ? paint.startTime : null,
    timeOrigin: performance.timeOrigin,
  };
}

// One cold load of `url` under the mobile profile. `log` is the server's request log: the
// requests that reached it before the first chart are the bytes the first chart waited for,
// and no file of the workers or of the service worker may be among them.
export async function mobileLoad(browser, url, log) {
  const context = await browser.newContext(MOBILE_CONTEXT);
  const from = log.length;
  try {
    // No canvas-ink fallback: this build marks its charts, and polling the canvas every frame
    // would spend the throttled CPU the load is measured on.
    await context.addInitScript(installLoadProbe, { ink: false });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', MOBILE_NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE_CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: 'commit', timeout: FIRST_CHART_TIMEOUT });
    await page.waitForFunction(() => performance.getEntriesByType('mark').some((mark) => mark.name.startsWith('standoff:chart-drawn:')),
      null, { timeout: FIRST_CHART_TIMEOUT, polling: 100 });
    const load = await page.evaluate(readMobileLoad);
    const before = log.slice(from).filter((entry) => entry.at <= load.timeOrigin + load.firstChart);
    load.beforeChart = before.map(({ path, encoding, bytes }) => ({ path, encoding, bytes }));
    load.early = before.map((entry) => entry.path).filter((path) => /analysis_worker|sw\.js/.test(path));
    load.errors = errors;
    return load;
  } finally {
    await context.close();
  }
}

// `loads` cold loads of each case, alternating the cases so that a change in the machine's
// load falls on both. Returns { cases: { [name]: { loads, summary } }, failures }.
export async function mobileLoads(browser, host, link, loads) {
  const baseUrl = host.url;
  const cases = { 'no link': { url: baseUrl, loads: [] }, 'shared link': { url: `${baseUrl}${link}`, loads: [] } };
  const failures = [];
  for (let i = 0; i < loads; i += 1) {
    for (const [name, entry] of Object.entries(cases)) {
      try {
        entry.loads.push(await mobileLoad(browser, entry.url, host.log));
      } catch (error) {
        failures.push(`${name}, load ${i + 1}: ${error.message.split('\n')[0]}`);
      }
    }
  }
  for (const entry of Object.values(cases)) entry.summary = summarise(entry.loads);
  return { cases, failures };
}

// The median of each moment over the loads, and every file that started before a first chart.
function summarise(loads) {
  const mid = (key) => median(loads.map((load) => load[key]).filter((value) => value !== null && value !== undefined));
  const keys = ['firstChart', 'htmlEnd', 'wasmStart', 'wasmFirstByte', 'wasmEnd', 'wasmInstantiated', 'firstPaint', 'wasmEncodedBytes'];
  const summary = Object.fromEntries(keys.map((key) => [key, mid(key)]));
  summary.count = loads.filter((load) => load.firstChart !== null).length;
  summary.min = summary.count ? Math.min(...loads.map((load) => load.firstChart)) : null;
  summary.max = summary.count ? Math.max(...loads.map((load) => load.firstChart)) : null;
  summary.early = [...new Set(loads.flatMap((load) => load.early))];
  summary.beforeChart = loads.length ? loads[0].beforeChart : [];
  summary.via = [...new Set(loads.map((load) => load.wasmVia))];
  summary.errors = [...new Set(loads.flatMap((load) => load.errors))];
  return summary;
}
