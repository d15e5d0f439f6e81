// The verdict at the top of the page: who has the leverage, who is likelier to blink first and
// when, and what a deal looks like, in words, for two presets and in both languages; and the
// pain picture drawn beside it. Every expected figure is derived by hand in the comments, from
// the presets' inputs, never read from the app.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, BASE_URL } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// The verdict follows the settled report, one painted frame after a change. The panel's lesson
// button follows the scenario at once, so the panel's text can change a frame before its
// sentences do (a busy machine widens that frame): the wait is for the leverage sentence.
async function verdictAfter(page, change) {
  const before = await page.textContent('[data-testid=verdict-leverage]');
  await change();
  await page.waitForFunction((old) => document.querySelector('[data-testid=verdict-leverage]')?.textContent !== old, before);
  return {
    leverage: await page.textContent('[data-testid=verdict-leverage]'),
    blink: await page.textContent('[data-testid=verdict-blink]'),
    deal: await page.textContent('[data-testid=verdict-deal]'),
  };
}

test('Settle or fight: time is on the vendor side, and even so the vendor is likelier to blink', async () => {
  const { context, page, problems } = await openPage(browser, BASE_URL);
  try {
    const verdict = await verdictAfter(page, () => page.selectOption('[data-testid=preset-menu]', 'settle-or-fight'));
    // $1M invoices, unpaid from month 6; at the deal month 11 the claim is the six invoices
    // of months 5–10 ($6M) plus 1.5 % × $1M × (5+4+3+2+1+0) = $225,000 of interest:
    // C = $6,225,000. Both discount at 10 %/12 a month: r C = $51,875. The ads ($1M a month)
    // are cut from month 9, three of the six standoff months: $500,000 a month on average.
    // Platform: $51,875 + $500,000 = $551,875 → $551.9K; Cloud: $51,875 → $51.9K.
    assert.equal(verdict.leverage,
      "Each month of standoff costs Platform $551.9K and Cloud $51.9K: time is on Cloud's side, by $500.0K a month.");
    // Cloud concedes first with probability 551,875 / (551,875 + 51,875) = 91.4 % → 91 %;
    // the median length ln 2 × 6,225,000 / 603,750 = 7.15 months, so half are over by
    // month 11 + 8 = 19 from January 2024: August 2025.
    assert.equal(verdict.blink,
      'Even so, Cloud is likelier to blink first (91 %); half of such standoffs are over by Aug 2025.');
    // The deal is the scenario's own settlement at the end of month 11, December 2024.
    assert.match(verdict.deal, /^A deal paid in Dec 2024 settles at \$[0-9.]+M/);
    assert.equal(await page.isVisible('canvas[data-chart=pain]'), true);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('Twitter vs AWS: the blink is beyond the horizon, in both languages', async () => {
  const { context, page, problems } = await openPage(browser, BASE_URL);
  try {
    const english = await verdictAfter(page, () => page.selectOption('[data-testid=preset-menu]', 'twitter-aws-2023'));
    // The deal month is January 2023 (month index 24 from January 2021), when arrears first
    // pass $50M and Amazon makes its threat. Nothing but capital costs is lost before it (the
    // threat is never carried out), so each side's
    // monthly cost is its monthly rate times the same claim: Twitter 12 %/12 = 1 %, AWS
    // 8 %/12 = 0.667 %. Time is on AWS's side, and AWS concedes first with probability
    // 1 / (1 + 0.667) = 60 %. The median length is ln 2 / (1 % + 0.667 %) = 41.6 months:
    // month 24 + 42 = 66, past the 66-month horizon, whose last month (index 65) is June 2026.
    assert.match(english.leverage, /^Each month of standoff costs Twitter \$[0-9.]+K and AWS \$[0-9.]+K: time is on AWS's side, by \$[0-9.]+K a month\.$/);
    assert.equal(english.blink,
      'Even so, AWS is likelier to blink first (60 %), but more than half of such standoffs would still be on in Jun 2026, at the end of the horizon.');
    assert.match(english.deal, /^No deal in Jan 2023: Twitter would pay at most \$[0-9.]+M, AWS wants at least \$[0-9.]+M, a gap of \$[0-9.]+M\.$/);

    const french = await verdictAfter(page, () => page.click('[data-testid=lang-fr]'));
    assert.equal(french.blink,
      'Pourtant, AWS a le plus de chances de céder le premier (60\u202f%), mais plus de la moitié de ces bras de fer dureraient encore en juin 2026, à la fin de l’horizon.');
    assert.match(french.leverage, /^Chaque mois de bras de fer coûte [0-9,]+\u00a0k\$ à Twitter et [0-9,]+\u00a0k\$ à AWS\u00a0: le temps joue pour AWS/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('headline figures read compact at a glance and exact to the cent on hover and focus', async () => {
  const { context, page, problems } = await openPage(browser, BASE_URL);
  try {
    await page.selectOption('[data-testid=preset-menu]', 'symmetric');
    // $1M invoices due the month after, unpaid from month 6: over the whole 24-month horizon
    // the invoices of months 5 to 22 are overdue at the end, 18 × $1M.
    await page.waitForFunction(() => document.querySelector('[data-testid=arrears-compact]')?.textContent === '$18.0M');
    const exact = page.locator('[data-testid=arrears]');
    assert.equal(await exact.textContent(), '$18,000,000');
    // Visually hidden (a 1-pixel box, as screen readers still read it) until hover or focus.
    assert.ok((await exact.boundingBox()).width <= 1, 'the exact amount waits for hover or focus');
    await page.focus('.figure dd:has([data-testid=arrears])');
    assert.ok((await exact.boundingBox()).width > 40, 'focus shows the exact amount');
    assert.equal(await page.locator('[data-testid=arrears-compact]').isVisible(), false);
    await page.click('[data-testid=lang-fr]');
    await page.waitForFunction(() => document.querySelector('[data-testid=arrears-compact]')?.textContent === '18,0\u00a0M$');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
