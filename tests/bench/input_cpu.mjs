// Where a slider input's time goes, measured in a way a busy machine disturbs little: not run
// by bench.sh or the tests, but by hand against a served build (docs/performance.md, "Script
// CPU per input").
//
//   STANDOFF_URL=http://127.0.0.1:PORT/ node tests/bench/input_cpu.mjs
//
// PRESET=<id> opens that preset from the menu first.
//
// It presses ArrowRight/ArrowLeft on the payment-delay slider (`INPUTS`, default 200, after 6
// unmeasured ones) at CPU throttle `RATE` (default 1), one input at a time with the
// benchmark's probe, and records a Chromium trace. The figure is the main thread's CPU time
// (`tdur` of the trace's `FunctionCall` events, i.e. script) that starts inside each input's
// keydown → redraw window: unlike the wall-clock figure, it does not grow while the page waits
// for a core. Compare builds at RATE=1 (the throttle's own timing is disturbed by load).
//
// With PROFILE=1 it records a CDP sampling profile instead (0.1 ms interval; name the wasm
// functions by serving a copy of dist/ whose `_bg.wasm` is wasm-bindgen's output in
// target/wasm-bindgen/release/, which keeps the name section) and prints, per input and
// inside the same windows, the self and inclusive time of the top functions; CALLEES=<regex>
// adds the time under the first frame matching it, split by the frame below; TOP=<n> lists n
// functions (default 25); CALLERS=<regex> splits the time under the first frame matching it by
// the nearest two of the app's frames above it.
import { launch, BASE_URL } from '../e2e/browser.mjs';
import { installInputProbe } from './probes.mjs';

const SLIDER = 'p-payment-delay-days-slider';
const INPUTS = Number(process.env.INPUTS ?? 200);
const RATE = Number(process.env.RATE ?? 1);
const WARM = 6;
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
const ms = (value) => value.toFixed(2);

const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(BASE_URL);
  await page.waitForSelector('[data-testid=editor]');
  if (process.env.PRESET) {
    await page.selectOption('#preset-select', process.env.PRESET);
    await page.waitForTimeout(1_000);
  }
  await page.evaluate(installInputProbe, SLIDER);
  await page.focus(`#${SLIDER}`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  const press = async (count, from) => {
    for (let i = 0; i < count; i += 1) {
      await page.keyboard.press((from + i) % 2 ? 'ArrowLeft' : 'ArrowRight');
      await page.waitForFunction((n) => window.__standoffInput.samples.length >= n, from + i + 1, { timeout: 5_000 });
    }
  };
  await press(WARM, 0);

  if (process.env.PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    // A busy loop with a known name at a known page time ties the profile's clock to the page's.
    const calibration = await page.evaluate(() => {
      const start = performance.now();
      (function standoffCalibration() { while (performance.now() - start < 30); })();
      return start;
    });
    await press(INPUTS, WARM);
    const { profile } = await cdp.send('Profiler.stop');
    const samples = (await page.evaluate(() => window.__standoffInput.samples)).slice(WARM);
    report(profile, samples, calibration);
  } else {
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['blink.user_timing', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] },
      transferMode: 'ReportEvents',
    });
    const calibration = await page.evaluate(() => performance.mark('standoff-calibration').startTime);
    await press(INPUTS, WARM);
    await cdp.send('Tracing.end');
    await complete;
    const samples = (await page.evaluate(() => window.__standoffInput.samples)).slice(WARM);
    const mark = events.find((event) => event.name === 'standoff-calibration');
    const offset = mark.ts / 1000 - calibration;
    const main = events.find((event) => event.name === 'thread_name' && event.pid === mark.pid && event.args?.name === 'CrRendererMain');
    const calls = events.filter((event) => event.pid === mark.pid && event.tid === main.tid && event.ph === 'X'
      && event.name === 'FunctionCall' && event.tdur !== undefined);
    const cpu = samples.map((sample) => {
      const from = sample.t0 + offset - 0.2;
      const to = sample.t0 + sample.redraw + offset;
      return calls.filter((call) => call.ts / 1000 >= from && call.ts / 1000 < to).reduce((sum, call) => sum + call.tdur / 1000, 0);
    });
    const redraw = samples.map((sample) => sample.redraw);
    console.log(`${samples.length} inputs at ${RATE}x: script CPU per input p50 ${ms(quantile(cpu, 0.5))} p95 ${ms(quantile(cpu, 0.95))} mean ${ms(mean(cpu))} ms; `
      + `wall-clock input -> redraw p50 ${ms(quantile(redraw, 0.5))} p95 ${ms(quantile(redraw, 0.95))} ms`);
  }
} finally {
  await browser.close();
}

// Self and inclusive time per function per input, counting only samples inside the windows.
function report(profile, samples, calibration) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const name = (node) => node.callFrame.functionName || `(${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber})`;
  const stackOf = (id) => {
    const stack = [];
    for (let at = id; at !== undefined; at = parent.get(at)) stack.push(name(nodes.get(at)));
    return stack.reverse();
  };
  let offset = null;
  let time = profile.startTime;
  for (let i = 0; i < profile.samples.length && offset === null; i += 1) {
    time += profile.timeDeltas[i];
    if (name(nodes.get(profile.samples[i])) === 'standoffCalibration') offset = time / 1000 - calibration;
  }
  const windows = samples.map((sample) => [sample.t0 + offset, sample.t0 + sample.redraw + offset]);
  const self = new Map();
  const inclusive = new Map();
  const callees = new Map();
  const pattern = process.env.CALLEES ? new RegExp(process.env.CALLEES) : null;
  const callerPattern = process.env.CALLERS ? new RegExp(process.env.CALLERS) : null;
  const callers = new Map();
  const add = (map, key, value) => map.set(key, (map.get(key) ?? 0) + value);
  time = profile.startTime;
  for (let i = 0; i < profile.samples.length; i += 1) {
    time += profile.timeDeltas[i];
    const at = time / 1000;
    if (!windows.some(([from, to]) => at >= from && at <= to)) continue;
    const dt = profile.timeDeltas[i] / 1000;
    const stack = stackOf(profile.samples[i]);
    const leaf = stack[stack.length - 1];
    if (leaf === '(idle)') continue;
    add(self, leaf, dt);
    add(self, '(all)', dt);
    for (const frame of new Set(stack)) add(inclusive, frame, dt);
    if (pattern) {
      const index = stack.findIndex((frame) => pattern.test(frame));
      if (index >= 0) add(callees, stack[index + 1] ?? '(self)', dt);
    }
    if (callerPattern) {
      const index = stack.findIndex((frame) => callerPattern.test(frame));
      // The nearest two of the app's own frames above the match name who called it.
      const above = stack.slice(0, Math.max(0, index)).filter((frame) => process.env.ALL_FRAMES || frame.includes('standoff')).slice(-Number(process.env.DEPTH ?? 2));
      if (index >= 0) add(callers, above.reverse().join(' <- ') || '(top)', dt);
    }
  }
  const print = (title, map, count, width = 160) => {
    console.log(`--- ${title} (ms per input)`);
    for (const [key, value] of [...map].sort((a, b) => b[1] - a[1]).slice(0, count)) {
      console.log(ms(value / samples.length).padStart(7), key.slice(0, width));
    }
  };
  const top = Number(process.env.TOP ?? 25);
  print('self', self, top);
  print('inclusive', new Map([...inclusive].filter(([key]) => /standoff|yew|reconcile/.test(key))), top + 5);
  if (pattern) print(`under ${process.env.CALLEES}`, callees, 25);
  if (callerPattern) print(`above ${process.env.CALLERS}`, callers, 25, 2000);
}
