// Accessibility journeys: axe-core finds no WCAG 2.2 A/AA violation on the main screen (in
// English and in French, with a chart's data table open) and in compare mode; the live region
// narrates the month while the timeline moves; reduced motion is honoured.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, openPage, settle } from './browser.mjs';
import { axeContext, expectNoAxeViolations } from './axe.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the main screen has no axe violations, in English and in French', async () => {
  const { context, page, problems } = await openPage(browser, BASE_URL, { ...axeContext, locale: 'en-US' });
  try {
    // Every editor group open, and one chart's data table, so that their contents are scanned.
    await page.$$eval('details', (all) => all.forEach((details) => { details.open = true; }));
    await page.click('.chart-data summary');
    await settle(page);
    await expectNoAxeViolations(page, 'the main screen');
    await page.click('[data-testid=lang-fr]');
    await settle(page);
    await expectNoAxeViolations(page, 'the main screen in French');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('compare mode has no axe violations', async () => {
  const { context, page, problems } = await openPage(browser, BASE_URL, axeContext);
  try {
    await page.selectOption('[data-testid=compare-select]', 'twitter-google-2023');
    await page.waitForSelector('[data-testid=compare-charts] canvas');
    await settle(page);
    await expectNoAxeViolations(page, 'compare mode');
    // Against a scenario with several vendors, each side's vendors get a table of their own.
    await page.selectOption('[data-testid=compare-select]', 'twitter-two-clouds-2023');
    await page.waitForSelector('[data-testid=compare-vendors]');
    await settle(page);
    await expectNoAxeViolations(page, 'compare mode with several vendors');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the chart data table is reached from its chart by keyboard and is labelled', async () => {
  const { context, page, problems } = await openPage(browser, BASE_URL);
  try {
    await page.focus('canvas[data-chart=cash]');
    // From the chart, Tab reaches its data table's summary next.
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({
      tag: document.activeElement.tagName,
      text: document.activeElement.textContent,
      chart: document.activeElement.closest('figure')?.dataset.chart,
    }));
    assert.equal(focused.tag, 'SUMMARY');
    assert.equal(focused.chart, 'cash');
    assert.match(focused.text, /^Data table: Who is winning/);
    await page.keyboard.press('Enter');
    await settle(page);
    const region = page.locator('figure[data-chart=cash] .chart-table-scroll');
    assert.match(await region.getAttribute('aria-label'), /^Data table: Who is winning/);
    assert.equal(await region.getAttribute('tabindex'), '0');
    assert.ok(await page.locator('figure[data-chart=cash] [data-testid=chart-table] tbody tr').count() > 0);
    // Open, not only rendered: the details element stays open after the browser's own toggle.
    assert.equal(await page.locator('figure[data-chart=cash] details.chart-data').evaluate((d) => d.open), true);
    assert.ok(await page.locator('figure[data-chart=cash] [data-testid=chart-table]').isVisible());
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the live region narrates the month and its events as the timeline moves', async () => {
  const { context, page, problems } = await openPage(browser, BASE_URL);
  try {
    const live = page.locator('[data-testid=announcer]');
    assert.equal(await live.getAttribute('aria-live'), 'polite');
    assert.equal((await live.textContent()).trim(), '', 'silent while the whole horizon shows');
    // The first visit's scenario (starting Jan 2023) holds back part of AWS's bills; its first
    // event is in its own month, and stepping to that month narrates it.
    const first = await page.$eval('[data-testid=event-log] li', (li) => ({
      month: Number(li.dataset.month), text: li.querySelector('button').textContent,
    }));
    await page.locator('#timeline-month').fill(String(first.month));
    await settle(page);
    const said = await live.textContent();
    assert.match(said, new RegExp(`^Month ${first.month + 1} of \\d+ · `));
    // What is billed and unpaid and the shortfall not yet billed are said apart, never added
    // into one "owed".
    assert.match(said, /Arrears \$[0-9,.]+; billed and unpaid \$[0-9,.]+; shortfall not yet billed \$[0-9,.]+\./);
    assert.ok(said.includes(first.text), `${said} includes ${first.text}`);
    // In French the same narration is in French.
    await page.click('[data-testid=lang-fr]');
    await settle(page);
    assert.match(await live.textContent(), new RegExp(`^Mois ${first.month + 1} sur \\d+ · `));
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('reduced motion turns transitions and smooth scrolling off', async () => {
  const { context, page, problems } = await openPage(browser, BASE_URL, { reducedMotion: 'reduce' });
  try {
    const style = await page.$eval('button', (button) => {
      const computed = getComputedStyle(button);
      return { transition: computed.transitionDuration, scroll: getComputedStyle(document.documentElement).scrollBehavior };
    });
    assert.equal(style.transition, '0s');
    assert.equal(style.scroll, 'auto');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
