// Starts the WebAssembly app. Trunk would otherwise inline this loader in index.html, which a
// Content-Security-Policy without 'unsafe-inline' forbids; Trunk.toml's `pattern_script` puts
// a <script src="boot.js"> carrying the generated file names in data attributes instead.
const script = document.querySelector('script[data-standoff-js]');
const jsUrl = new URL(script.dataset.standoffJs, document.baseURI).href;
const wasmUrl = new URL(script.dataset.standoffWasm, document.baseURI).href;
const { default: init } = await import(jsUrl);
await init({ module_or_path: wasmUrl });

// Offline use: a service worker keeps this build's files (web/sw.js, docs/offline.md). Browsers
// allow one only on secure contexts (HTTPS, or loopback such as 127.0.0.1 and localhost).
// Registered once the first chart is drawn: its install downloads every file of the build,
// the analysis workers' module among them, which must not compete with the first chart for a
// phone's network or CPU. A page that draws no chart (an error page) registers it after
// REGISTER_LATEST_MS. A refusal (e.g. a host that does not serve sw.js) only costs offline
// use, so it is a warning, not an error.
const FIRST_CHART = 'standoff:chart-drawn:';
const REGISTER_LATEST_MS = 10000;

function firstChartDrawn() {
  return new Promise((resolve) => {
    const drawn = (marks) => marks.some((mark) => mark.name.startsWith(FIRST_CHART));
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
    setTimeout(resolve, REGISTER_LATEST_MS);
  }).catch(() => undefined);
}

if (window.isSecureContext && 'serviceWorker' in navigator) {
  firstChartDrawn().then(() => navigator.serviceWorker.register(new URL('sw.js', document.baseURI))).catch((error) => {
    console.warn(`Standoff will not work offline: ${error}`);
  });
}
