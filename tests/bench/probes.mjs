// Code that runs inside the page under test. Each export is a function that playwright
// serialises into the page (`addInitScript` or `evaluate`), so none of them may close over
// anything from this module: everything they need arrives as an argument.

// Installed before any page script on every cold load. It keeps the wasm module's linear
// memory, without any hook in the app, whichever loader starts it (Trunk's inline one or a
// boot file): it wraps `WebAssembly.instantiateStreaming` and `WebAssembly.instantiate`, which
// wasm-bindgen's `init` calls, and takes `exports.memory` from the instance they return. It
// also notes when instantiation finished and when Trunk's loader reported the app started.
// For builds whose charts do not yet place a `standoff:chart-drawn:*` performance mark, it
// polls the first chart canvas once per animation frame until it holds ink, as a coarser
// fallback for "first chart painted".
// `ink: false` leaves the fallback out (the mobile loads, whose CPU it would spend).
export function installLoadProbe({ ink = true } = {}) {
  const probe = { wasmMemory: null, wasmInstantiated: null, wasmVia: null, appStarted: null, firstInk: null };
  window.__standoffBench = probe;
  // `via` names the API that made the instance: wasm-bindgen's glue falls back from
  // instantiateStreaming to instantiate (no compiling while downloading) when the server's
  // Content-Type is not application/wasm.
  const keep = (via) => (result) => {
    const instance = result instanceof WebAssembly.Instance ? result : result?.instance;
    const memory = instance?.exports?.memory;
    if (memory instanceof WebAssembly.Memory && probe.wasmMemory === null) {
      probe.wasmMemory = memory;
      probe.wasmInstantiated = performance.now();
      probe.wasmVia = via;
    }
    return result;
  };
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    if (typeof original !== 'function') continue;
    WebAssembly[name] = function wrapped(...args) {
      return original.apply(this, args).then(keep(name));
    };
  }
  addEventListener('TrunkApplicationStarted', () => {
    probe.appStarted = performance.now();
  });
  const hasMark = () => performance.getEntriesByType('mark').some((mark) => mark.name.startsWith('standoff:chart-drawn:'));
  // A pixel counts as ink when it is neither transparent (a fresh canvas) nor white (a
  // cleared background); every fourth pixel is enough to see a drawn axis or line.
  const hasInk = (canvas) => {
    if (!canvas.width || !canvas.height) return false;
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    for (let i = 0; i < data.length; i += 16) {
      if (data[i + 3] !== 0 && (data[i] !== 255 || data[i + 1] !== 255 || data[i + 2] !== 255)) return true;
    }
    return false;
  };
  const poll = () => {
    if (hasMark()) return;
    const canvas = document.querySelector('canvas[data-testid=chart]');
    if (canvas && hasInk(canvas)) {
      probe.firstInk = performance.now();
      return;
    }
    if (performance.now() < 30000) requestAnimationFrame(poll);
  };
  if (ink) requestAnimationFrame(poll);
}

// Installed before any page script, beside the load probe: remembers every canvas the page
// creates, in the DOM or not, for the memory figure. A canvas's backing store (width × height ×
// 4 bytes of RGBA) lives outside the JS heap and the wasm memory, and the charts keep canvases
// that are never attached (draw::Frame, one per monthly chart). Canvases come from
// `Document.prototype.createElement` / `createElementNS` (web-sys's `create_element`, and Yew
// for the first element of each tag name) and from `Node.prototype.cloneNode` (Yew clones a
// cached element for every later one; a deep clone may hold canvases too), and from the
// `OffscreenCanvas` constructor: all four are wrapped. The probe keeps a WeakRef to each
// canvas, so it keeps none alive: one the page dropped is gone after the garbage collection
// that precedes every memory reading. It also notes which canvases were ever asked for a
// context, since Chromium allocates a backing store only then.
export function installCanvasProbe() {
  const refs = [];
  const drawn = new WeakSet();
  window.__standoffCanvases = { refs, drawn };
  const remember = (node) => {
    if (node instanceof HTMLCanvasElement) refs.push(new WeakRef(node));
    if (node instanceof Element || node instanceof DocumentFragment) {
      for (const inner of node.querySelectorAll('canvas')) refs.push(new WeakRef(inner));
    }
    return node;
  };
  const wrap = (prototype, name, after) => {
    const original = prototype[name];
    prototype[name] = function wrapped(...args) {
      return after(original.apply(this, args), this);
    };
  };
  wrap(Document.prototype, 'createElement', remember);
  wrap(Document.prototype, 'createElementNS', remember);
  wrap(Node.prototype, 'cloneNode', remember);
  wrap(HTMLCanvasElement.prototype, 'getContext', (context, canvas) => {
    if (context) drawn.add(canvas);
    return context;
  });
  if (typeof OffscreenCanvas === 'function') {
    wrap(OffscreenCanvas.prototype, 'getContext', (context, canvas) => {
      if (context) drawn.add(canvas);
      return context;
    });
    window.OffscreenCanvas = new Proxy(OffscreenCanvas, {
      construct(target, args, newTarget) {
        const canvas = Reflect.construct(target, args, newTarget);
        refs.push(new WeakRef(canvas));
        return canvas;
      },
    });
  }
}

// The canvases alive now, and their estimated backing-store bytes (width × height × 4 each):
// every canvas the probe saw created and is still reachable, plus any canvas in the document
// it did not see (one written in the HTML). Counted by where they are, in the document or not,
// and apart: those never asked for a context (counted all the same, but likely without a store).
export function readCanvases() {
  const probe = window.__standoffCanvases ?? { refs: [], drawn: new WeakSet() };
  const live = new Set();
  for (const ref of probe.refs) {
    const canvas = ref.deref();
    if (canvas) live.add(canvas);
  }
  for (const canvas of document.querySelectorAll('canvas')) live.add(canvas);
  const result = {
    count: 0, bytes: 0,
    inDocument: 0, inDocumentBytes: 0,
    offDocument: 0, offDocumentBytes: 0,
    withoutContext: 0, withoutContextBytes: 0,
    largest: null,
    sizes: [],
  };
  for (const canvas of live) {
    const bytes = canvas.width * canvas.height * 4;
    const attached = canvas instanceof HTMLCanvasElement && canvas.isConnected;
    result.count += 1;
    result.bytes += bytes;
    if (attached) {
      result.inDocument += 1;
      result.inDocumentBytes += bytes;
    } else {
      result.offDocument += 1;
      result.offDocumentBytes += bytes;
    }
    if (!probe.drawn.has(canvas)) {
      result.withoutContext += 1;
      result.withoutContextBytes += bytes;
    }
    if (!result.largest || bytes > result.largest.bytes) result.largest = { width: canvas.width, height: canvas.height, bytes };
    result.sizes.push(`${canvas.width}×${canvas.height}${attached ? '' : ' off'}${probe.drawn.has(canvas) ? '' : ' no context'}`);
  }
  return result;
}

// What a cold load measured, read once the first chart is there. Times are milliseconds
// since the navigation started (the document's time origin).
export function readLoad() {
  const probe = window.__standoffBench ?? {};
  const marks = performance.getEntriesByType('mark').filter((mark) => mark.name.startsWith('standoff:chart-drawn:'));
  const navigation = performance.getEntriesByType('navigation')[0];
  const wasmResource = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('.wasm'));
  return {
    firstMark: marks.length ? { name: marks[0].name, time: marks[0].startTime } : null,
    firstInk: probe.firstInk ?? null,
    appStarted: probe.appStarted ?? null,
    wasmInstantiated: probe.wasmInstantiated ?? null,
    responseEnd: navigation ? navigation.responseEnd : null,
    domContentLoaded: navigation ? navigation.domContentLoadedEventEnd : null,
    wasmResponseEnd: wasmResource ? wasmResource.responseEnd : null,
  };
}

// Installs the input-latency probe for one slider. For every keydown on the slider it records:
//   t0          performance.now() in a capturing keydown listener on window: the first script
//               to see the key press;
//   tInputDone  performance.now() in a bubbling `input` listener on window: it runs after
//               Yew's capturing listener and the microtasks it queued (Yew renders and runs
//               effects, hence chart draws, in a microtask), so the synchronous redraw is done;
//   tLastMark   the latest `standoff:chart-drawn:<kind>` mark placed after t0 by a chart that
//               was in the viewport at t0, for redraws that the app defers (to an animation
//               frame or a later task). A chart below the fold that redraws as it comes near
//               the viewport (chart_canvas.rs) is not one the reader is looking at, and a
//               verdict whose height changes can move one across that line at every input;
//               the budget is "all visible charts redrawn";
//   tFrame      the start of the first animation-frame callback after the last of those marks
//               (the frame that presents the redraw). The probe keeps watching frames until two
//               pass with no new mark, so a redraw spread over several frames is counted whole.
// A sample's "redraw" latency is max(tInputDone, tLastMark) - t0; its "frame" latency is
// tFrame - t0 and includes the wait for the display's next frame (up to 16.7 ms at 60 Hz).
export function installInputProbe(sliderId) {
  const probe = { samples: [], pending: null, stray: 0 };
  window.__standoffInput = probe;
  const isSlider = (event) => event.target instanceof Element && event.target.id === sliderId;
  const visibleKinds = () => new Set([...document.querySelectorAll('canvas[data-testid=chart]')]
    .filter((canvas) => {
      const box = canvas.getBoundingClientRect();
      return box.width > 0 && box.bottom > 0 && box.top < innerHeight;
    })
    .map((canvas) => canvas.dataset.chart));
  const chartMarksSince = (t0, kinds) => performance.getEntriesByType('mark')
    .filter((mark) => mark.name.startsWith('standoff:chart-drawn:') && mark.startTime >= t0
      && kinds.has(mark.name.slice('standoff:chart-drawn:'.length)));
  addEventListener('keydown', (event) => {
    if (!isSlider(event)) return;
    if (probe.pending) probe.stray += 1;
    probe.pending = { t0: performance.now(), tInputDone: null, kinds: visibleKinds() };
  }, true);
  addEventListener('input', (event) => {
    if (!isSlider(event) || !probe.pending || probe.pending.tInputDone !== null) return;
    const sample = probe.pending;
    sample.tInputDone = performance.now();
    let seen = -1;
    let quiet = 0;
    const step = () => {
      const marks = chartMarksSince(sample.t0, sample.kinds);
      if (marks.length !== seen) {
        seen = marks.length;
        sample.tFrame = performance.now();
        sample.tLastMark = marks.length ? Math.max(...marks.map((mark) => mark.startTime)) : null;
        sample.marks = marks.length;
        quiet = 0;
      } else {
        quiet += 1;
      }
      if (quiet >= 2) {
        probe.samples.push({
          t0: sample.t0,
          redraw: Math.max(sample.tInputDone, sample.tLastMark ?? -Infinity) - sample.t0,
          frame: sample.tFrame - sample.t0,
          marks: sample.marks,
        });
        probe.pending = null;
      } else {
        requestAnimationFrame(step);
      }
    };
    requestAnimationFrame(step);
  });
}

// Installs the probe for one analysis run: the click time (capturing click listener), the
// time `data-status` of `[data-analysis=<kind>]` becomes `done` or `error` (MutationObserver
// callback), every status seen on the way, and every long task (over 50 ms, the browser's
// threshold) the main thread runs. The long-task observer is installed before the click;
// `buffered` also returns earlier entries, which `readAnalysis` drops by time.
export function installAnalysisProbe(kind) {
  const probe = { kind, tClick: null, tDone: null, status: null, statuses: [], longTasks: [] };
  window.__standoffAnalysis = probe;
  try {
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    });
    observer.observe({ type: 'longtask', buffered: true });
    probe.longTaskObserver = true;
  } catch (error) {
    probe.longTaskObserver = false;
  }
  document.addEventListener('click', (event) => {
    if (probe.tClick === null && event.target instanceof Element && event.target.closest(`[data-testid=run-${kind}]`)) {
      probe.tClick = performance.now();
    }
  }, true);
  new MutationObserver((records) => {
    for (const record of records) {
      const target = record.target;
      if (!(target instanceof Element) || target.getAttribute('data-analysis') !== kind) continue;
      const status = target.getAttribute('data-status');
      probe.statuses.push(status);
      if (probe.tClick !== null && probe.tDone === null && (status === 'done' || status === 'error')) {
        probe.tDone = performance.now();
        probe.status = status;
      }
    }
  }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-status'], childList: false });
}

// The analysis probe's result: the time from click to done, and the longest main-thread task
// that overlapped the run.
export function readAnalysis() {
  const probe = window.__standoffAnalysis;
  const overlapping = probe.longTasks.filter((task) => task.start + task.duration > probe.tClick && task.start < probe.tDone);
  return {
    status: probe.status,
    statuses: probe.statuses,
    time: probe.tDone - probe.tClick,
    longTaskObserver: probe.longTaskObserver,
    longTasks: overlapping.length,
    longestTask: overlapping.reduce((longest, task) => Math.max(longest, task.duration), 0),
  };
}
