// Starts the WebAssembly app. Trunk would otherwise inline this loader in index.html, which a
// Content-Security-Policy without 'unsafe-inline' forbids; Trunk.toml's `pattern_script` puts
// a <script src="boot.js"> carrying the generated file names in data attributes instead.
const script = document.querySelector('script[data-standoff-js]');
const jsUrl = new URL(script.dataset.standoffJs, document.baseURI).href;
const wasmUrl = new URL(script.dataset.standoffWasm, document.baseURI).href;
const { default: init } = await import(jsUrl);
await init({ module_or_path: wasmUrl });
