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
// Registered after the app started, so it never delays the first chart; a refusal (e.g. a host
// that does not serve sw.js) only costs offline use, so it is a warning, not an error.
if (window.isSecureContext && 'serviceWorker' in navigator) {
  navigator.serviceWorker.register(new URL('sw.js', document.baseURI)).catch((error) => {
    console.warn(`Standoff will not work offline: ${error}`);
  });
}
