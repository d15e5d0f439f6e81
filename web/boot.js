// Starts the WebAssembly app. Trunk would otherwise inline this loader in index.html, which a
// Content-Security-Policy without 'unsafe-inline' forbids; Trunk.toml's `pattern_script` puts
// a <script src="boot.js"> carrying the generated file names in data attributes instead.
//
// The first screen comes first: a small module (src/bin/first_screen.rs, about 40 % of the
// app's bytes) shows the verdict and the first chart under a cover, then the app's module is
// fetched, so that on a slow network the two never share the bandwidth (Trunk.toml preloads
// nothing). The cover is lifted once the app has drawn a chart of its own. A first screen that
// cannot load or run only costs the wait.
const script = document.querySelector('script[data-standoff-js]');
const jsUrl = new URL(script.dataset.standoffJs, document.baseURI).href;
const wasmUrl = new URL(script.dataset.standoffWasm, document.baseURI).href;
const CHART_DRAWN = 'standoff:chart-drawn:';
const FIRST_SCREEN_DRAWN = `${CHART_DRAWN}first-screen`;
const LIFT_LATEST_MS = 3000;

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const element = document.createElement('script');
    element.src = src;
    element.onload = resolve;
    element.onerror = () => reject(new Error(`${src} did not load`));
    document.head.append(element);
  });
}

async function showFirstScreen() {
  try {
    await loadScript(new URL('first_screen.js', document.baseURI).href);
    // The module's glue (wasm-bindgen's no-modules output) declares `wasm_bindgen` with `let`
    // in the global scope: a binding every script sees, but not a property of globalThis.
    await wasm_bindgen({ module_or_path: new URL('first_screen_bg.wasm', document.baseURI).href });
  } catch (error) {
    console.warn(`Standoff's first screen was skipped: ${error}`);
  }
}

// Resolves once the app (not the first screen) has drawn a chart, or after `latestMs`.
function appChartDrawn(latestMs) {
  return new Promise((resolve) => {
    const drawn = (marks) => marks.some((mark) => mark.name.startsWith(CHART_DRAWN) && mark.name !== FIRST_SCREEN_DRAWN);
    if (drawn(performance.getEntriesByType('mark'))) {
      resolve();
      return;
    }
    const observer = new PerformanceObserver((list) => {
      if (!drawn(list.getEntries())) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'mark' });
    setTimeout(resolve, latestMs);
  }).catch(() => undefined);
}

await showFirstScreen();
try {
  const { default: init } = await import(jsUrl);
  await init({ module_or_path: wasmUrl });
} finally {
  // The app's page (or its error page) is beneath the cover: show it once it has drawn.
  appChartDrawn(LIFT_LATEST_MS).then(() => document.querySelector('.first-screen')?.remove());
}

// Offline use: a service worker keeps this build's files (web/sw.js, docs/offline.md). Browsers
// allow one only on secure contexts (HTTPS, or loopback such as 127.0.0.1 and localhost).
// Registered once the app's first chart is drawn: its install downloads every file of the build,
// the analysis workers' module among them, which must not compete with the first chart for a
// phone's network or CPU. A page that draws no chart (an error page) registers it after
// REGISTER_LATEST_MS. A refusal (e.g. a host that does not serve sw.js) only costs offline
// use, so it is a warning, not an error.
const REGISTER_LATEST_MS = 10000;

if (window.isSecureContext && 'serviceWorker' in navigator) {
  appChartDrawn(REGISTER_LATEST_MS).then(() => navigator.serviceWorker.register(new URL('sw.js', document.baseURI))).catch((error) => {
    console.warn(`Standoff will not work offline: ${error}`);
  });
}
