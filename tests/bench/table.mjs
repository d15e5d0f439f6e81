// The budgets and the printed table. Every row is one measured figure, its budget, and a
// verdict: PASS, MISS, or "n/a" with the reason (usually a piece not yet on the page).

export const KB = 1024;
export const MB = 1024 * 1024;

// The budgets, for this machine and headless Chromium (docs/performance.md "Budgets"). The
// first chart is budgeted on a phone's profile; the desktop first chart and the first visit's
// bytes are reported without a budget (what counts is how soon a student sees the answer).
export const BUDGETS = {
  firstChartMobile: 2500,
  inputP95x1: 8,
  inputP95x4: 16,
  tornado: 50,
  sweep: 200,
  // The analyses run in web workers: a 10,000-run Monte Carlo over every worker, click → result.
  mc: 300,
  mcWorkers: 300,
  // The workers' speed-up on the 10,000-run Monte Carlo must reach this share of their number.
  speedupPerWorker: 0.75,
  longTask: 50,
  // wasm + JS heap + the canvases' backing stores, at a pixel ratio of 1.
  memory: 64 * MB,
  nativeSimulate: 0.05,
  nativeTornado: 20,
  nativeSweep: 100,
  nativeMc: 1000,
};

export function median(values) {
  return quantile(values, 0.5);
}

// The nearest-rank quantile: the smallest sample with at least q of the samples at or below
// it, so p95 of 200 samples is the 190th smallest.
export function quantile(values, q) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1];
}

export const ms = (value) => (value === null || value === undefined ? '—' : `${value.toFixed(value < 10 ? 2 : 1)} ms`);
export const bytes = (value) => (value === null || value === undefined ? '—' : `${(value / KB).toFixed(1)} KB`);
export const mib = (value) => (value === null || value === undefined ? '—' : `${(value / MB).toFixed(1)} MB`);
export const us = (valueMs) => (valueMs === null || valueMs === undefined ? '—' : `${(valueMs * 1000).toFixed(1)} µs`);

// One row. `value` null means the figure could not be measured; `note` says why.
export function row(name, value, budget, format, note = '') {
  let verdict;
  if (value === null || value === undefined || Number.isNaN(value)) verdict = 'n/a';
  else if (budget === null || budget === undefined) verdict = '';
  else verdict = value <= budget ? 'PASS' : 'MISS';
  return {
    name,
    value: value ?? null,
    shown: value === null || value === undefined ? '—' : format(value),
    budget: budget ?? null,
    budgetShown: budget === null || budget === undefined ? '' : `≤ ${format(budget)}`,
    verdict,
    note,
  };
}

export function printTable(rows, out = console.log) {
  const widths = [
    Math.max(...rows.map((r) => r.name.length), 6),
    Math.max(...rows.map((r) => r.shown.length), 8),
    Math.max(...rows.map((r) => r.budgetShown.length), 6),
    4,
  ];
  const line = (cells) => cells.map((cell, i) => (i < widths.length ? String(cell).padEnd(widths[i]) : cell)).join('  ').trimEnd();
  out(line(['metric', 'measured', 'budget', '', 'note']));
  out(line(widths.map((w) => '-'.repeat(w)).concat(['----'])));
  for (const r of rows) out(line([r.name, r.shown, r.budgetShown, r.verdict, r.note]));
}

// The same table as Markdown, for docs/performance.md.
export function markdownTable(rows) {
  const lines = ['| metric | measured | budget | verdict | note |', '|---|---:|---:|---|---|'];
  for (const r of rows) lines.push(`| ${r.name} | ${r.shown} | ${r.budgetShown} | ${r.verdict} | ${r.note.replace(/\|/g, '\\|')} |`);
  return lines.join('\n');
}
