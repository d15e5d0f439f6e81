// The analyses in web workers: the tornado, the sweep, the strategy matrix and the Monte Carlo
// each run on a page limited to one worker (`?workers=1`), on a page with one worker per core
// (the default) and on a page without workers (`?workers=0`, the main-thread runner of browsers
// without module workers), and show the same figures on all three, since a job's parts merge
// to the single-run result. While the workers run, no main-thread task lasts over 50 ms (the
// browser's long-task entries, PerformanceObserver 'longtask').
//
// On a machine busier than its cores (another build running: load average above the number of
// cores), the page's own frames (style, paint, the compositor's commit) wait for a core and
// can pass 50 ms with no script in them. The journey then checks what the main thread must
// never do, run an analysis slice: no script of the page's long animation frames
// (PerformanceObserver 'long-animation-frame', each script's own duration) over 50 ms, and it
// says so in its output.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpus, loadavg } from 'node:os';
import { launch, openPage, watchProblems, BASE_URL } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// What each analysis shows once done: its table or summary, as text.
const ANALYSES = [
  { kind: 'payoff', result: ['[data-testid=payoff-matrix]', '[data-testid=equilibria]'] },
  { kind: 'tornado', result: ['[data-testid=tornado-table]'] },
  { kind: 'sweep', result: ['[data-testid=sweep-summary]'] },
  { kind: 'mc', result: ['[data-testid=mc-runs]', '[data-testid=mc-summary]', '[data-testid=mc-probabilities]'] },
];

// Watches the page's long tasks, and the scripts of its long animation frames, from now on.
function watchLongTasks() {
  window.__longTasks = [];
  window.__longScripts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(Math.round(entry.duration));
  }).observe({ type: 'longtask' });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      for (const script of entry.scripts) window.__longScripts.push(Math.round(script.duration));
    }
  }).observe({ type: 'long-animation-frame' });
}

const busy = () => loadavg()[0] > cpus().length;

// Runs every analysis on the Twitter vs AWS preset with a 31×31 sweep and 4,000 Monte Carlo
// runs; returns each one's text and the long tasks seen while they ran.
async function runAll(query) {
  const { context, page, problems } = await openPage(browser, `${BASE_URL}${query}`);
  try {
    await page.selectOption('[data-testid=preset-menu]', 'twitter-aws-2023');
    await page.$$eval('details', (all) => all.forEach((details) => { details.open = true; }));
    await page.fill('#analysis-sweep-steps', '31');
    await page.press('#analysis-sweep-steps', 'Tab');
    await page.fill('#analysis-mc-runs', '4000');
    await page.press('#analysis-mc-runs', 'Tab');
    // The workers' modules load when the panels mount; let them start before timing.
    await page.waitForTimeout(1000);
    await page.evaluate(watchLongTasks);
    const shown = {};
    for (const { kind, result } of ANALYSES) {
      await page.click(`[data-testid=run-${kind}]`);
      await page.waitForFunction(
        (k) => ['done', 'error'].includes(document.querySelector(`[data-analysis=${k}]`)?.dataset.status),
        kind,
        { timeout: 60_000 },
      );
      assert.equal(await page.getAttribute(`[data-analysis=${kind}]`, 'data-status'), 'done', `${kind} on ${query || 'the default page'}`);
      shown[kind] = [];
      for (const selector of result) shown[kind].push(await page.textContent(selector));
    }
    // Long-task entries arrive after their task ends.
    await page.waitForTimeout(300);
    const longTasks = await page.evaluate(() => window.__longTasks);
    const longScripts = await page.evaluate(() => window.__longScripts);
    assert.deepEqual(problems, []);
    return { shown, longTasks, longScripts };
  } finally {
    await context.close();
  }
}

test('every analysis shows the same figures with one worker, one per core and none', async (t) => {
  const busyBefore = busy();
  const one = await runAll('?workers=1');
  const all = await runAll('');
  const busyDuring = busyBefore || busy();
  const none = await runAll('?workers=0');
  assert.match(one.shown.sweep[0], /^31 × 31 grid/);
  assert.match(one.shown.mc[0], /^4,000 runs, 0 failed, seed/);
  for (const { kind } of ANALYSES) {
    assert.deepEqual(all.shown[kind], one.shown[kind], `${kind}: every worker against one`);
    assert.deepEqual(none.shown[kind], one.shown[kind], `${kind}: the main thread against one worker`);
  }
  for (const [name, run] of [['one worker', one], ['every worker', all]]) {
    const long = run.longTasks.filter((d) => d > 50);
    if (!busyDuring) {
      assert.deepEqual(long, [], `long main-thread tasks with ${name}`);
      continue;
    }
    t.diagnostic(`machine busier than its ${cpus().length} cores (load ${loadavg()[0].toFixed(1)}): tasks over 50 ms with ${name}: [${long.join(', ')}]; checked the scripts instead`);
    assert.deepEqual(run.longScripts.filter((d) => d > 50), [], `long main-thread scripts with ${name}`);
  }
});

test('a cancelled Monte Carlo stops, and the next one runs to its end', async () => {
  const { context, page, problems } = await openPage(browser, BASE_URL);
  try {
    await page.$$eval('details', (all) => all.forEach((details) => { details.open = true; }));
    await page.fill('#analysis-mc-runs', '20000');
    await page.press('#analysis-mc-runs', 'Tab');
    await page.click('[data-testid=run-mc]');
    await page.waitForSelector('[data-analysis=mc][data-status=running] progress');
    await page.click('[data-analysis=mc] button:has-text("Cancel")');
    assert.equal(await page.getAttribute('[data-analysis=mc]', 'data-status'), 'idle');
    // A late part of the cancelled job must not finish it.
    await page.waitForTimeout(1500);
    assert.equal(await page.getAttribute('[data-analysis=mc]', 'data-status'), 'idle');
    await page.fill('#analysis-mc-runs', '500');
    await page.press('#analysis-mc-runs', 'Tab');
    await page.click('[data-testid=run-mc]');
    await page.waitForSelector('[data-analysis=mc][data-status=done]', { timeout: 30_000 });
    assert.match(await page.textContent('[data-testid=mc-runs]'), /^500 runs/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

// The tornado's table and the Monte Carlo's summary for 500 runs, on an open page.
async function tornadoAndMc(page) {
  await page.$$eval('details', (all) => all.forEach((details) => { details.open = true; }));
  await page.fill('#analysis-mc-runs', '500');
  await page.press('#analysis-mc-runs', 'Tab');
  const shown = [];
  for (const [kind, selector] of [['tornado', '[data-testid=tornado-table]'], ['mc', '[data-testid=mc-summary]']]) {
    await page.click(`[data-testid=run-${kind}]`);
    await page.waitForSelector(`[data-analysis=${kind}][data-status=done]`, { timeout: 60_000 });
    shown.push(await page.textContent(selector));
  }
  return shown;
}

test('when the worker\'s files cannot load, the analyses run on the main thread with the same figures', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    // The worker's loader, glue and module fail to load, as behind a filter that blocks them.
    await context.route(/analysis_worker/, (route) => route.abort());
    const page = await context.newPage();
    const problems = [];
    watchProblems(page, new URL(BASE_URL).origin, problems);
    await page.goto(BASE_URL);
    await page.waitForSelector('[data-testid=editor]');
    const blocked = await tornadoAndMc(page);
    // The browser reports the blocked file itself; nothing else may go wrong.
    assert.deepEqual(problems.filter((problem) => !/Failed to load resource|analysis_worker/.test(problem)), []);

    const { context: other, page: reference } = await openPage(browser, `${BASE_URL}?workers=1`);
    try {
      assert.deepEqual(blocked, await tornadoAndMc(reference));
    } finally {
      await other.close();
    }
  } finally {
    await context.close();
  }
});
