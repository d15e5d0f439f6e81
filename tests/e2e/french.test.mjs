// The French journey: switching the language turns every visible word of the main screen
// French, numbers and months French (narrow no-break spaces between thousands, a decimal
// comma, the currency after a no-break space, "novembre 2023"), sets <html lang="fr">, puts
// `lang=fr` in the link, and opening that link starts in French.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, openPage, settle } from './browser.mjs';
import { linkFragment } from './links.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const NNBSP = '\u202f';
const NBSP = '\u00a0';

// Words of the English interface that must not survive on the French screen (whole words,
// case-sensitive as the interface writes them). Scenario data is the user's and stays as
// written: the default scenario's title and its reciprocal line's label are removed from the
// text before the check (SCENARIO_DATA).
const ENGLISH_WORDS = [
  'Arrears', 'Month', 'Months', 'Play', 'Timeline', 'Whole horizon', 'Share link', 'Event log',
  'Monthly ledger', 'The scenario', 'Compare with', 'Download PNG', 'Data table', 'Reset',
  'Total owed', 'Customer', 'Vendor', 'Payment', 'Settlement', 'Run', 'Save', 'Export',
  'Import', 'Open', 'Delete', 'Previous', 'Next', 'Who should accept what', 'Strategy',
  'Uncertainty', 'Tornado', 'Sweep', 'Point at the chart', 'Nothing happens', 'days', 'months',
  'fraction to', ' to ', 'Language', 'Presets', 'Scenario preset', 'Custom scenario',
];

const SCENARIO_DATA = ['Teaching example', 'Vendor ads'];

// The default scenario (starting Jan 2023, $800,000 invoiced a month, net 30) paying every
// invoice 90 days late and never stopping: at the end of month index 10 (November 2023) the
// invoices of months 7, 8 and 9 are overdue and unpaid, 3 × $800,000 = $2,400,000.
const payingLate = linkFragment({ '$null': ['/payment/stop_from_month'], payment: { delay_days: 90 } });

test('switching to French turns the screen, the numbers, the page language and the link French', async () => {
  const { context, page, problems } = await openPage(browser, `${BASE_URL}${payingLate}`, { locale: 'en-US' });
  try {
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.locator('#timeline-month').fill('10');
    await settle(page);
    assert.equal(await page.textContent('[data-testid=arrears]'), '$2,400,000');

    await page.click('[data-testid=lang-fr]');
    await settle(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    assert.equal(await page.getAttribute('[data-testid=lang-fr]', 'aria-pressed'), 'true');
    // French amounts: U+202F between thousands, U+00A0 before the symbol after the number.
    assert.equal(await page.textContent('[data-testid=arrears]'), `2${NNBSP}400${NNBSP}000${NBSP}$`);
    assert.equal(await page.textContent('[data-testid=timeline-position]'), 'Mois 11 sur 24 · novembre 2023');
    assert.equal(await page.textContent('#events-title'), 'Journal des événements');
    const ledgerHeaders = await page.$$eval('[data-testid=ledger] thead th', (cells) => cells.map((c) => c.textContent));
    assert.ok(ledgerHeaders.includes('Arriérés'), ledgerHeaders.join(' | '));

    // Every editor group open, and the payoff matrix computed: their labels, options, hints
    // and strategy names are on screen too.
    await page.$$eval('details.group', (all) => all.forEach((details) => { details.open = true; }));
    await page.click('[data-testid=run-payoff]');
    await page.waitForSelector('[data-testid=payoff-matrix]');
    await settle(page);
    assert.match(await page.textContent('[data-testid=payoff-matrix]'), /Payer à temps/);
    const visible = SCENARIO_DATA.reduce(
      (text, data) => text.split(data).join(''),
      await page.evaluate(() => document.body.innerText),
    );
    const leftovers = ENGLISH_WORDS.filter((word) => {
      const pattern = word.trim() === word
        ? new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u')
        : new RegExp(word);
      return pattern.test(visible);
    });
    assert.deepEqual(leftovers, [], 'English words left on the French screen');
    // No amount is written the English way ($ first, comma thousands).
    assert.doesNotMatch(visible, /\$\d{1,3},\d{3}/);

    // The link carries the language (written after the URL's quiet period).
    await page.waitForFunction(() => window.location.hash.includes('lang=fr'), null, { timeout: 5000 });
    const link = page.url();
    assert.match(link, /[#&]lang=fr(&|$)/);

    // Opening that link in a fresh page (an English browser) starts in French.
    const second = await openPage(browser, link, { locale: 'en-US' });
    try {
      assert.equal(await second.page.getAttribute('html', 'lang'), 'fr');
      assert.equal(await second.page.textContent('#events-title'), 'Journal des événements');
      assert.equal(await second.page.getAttribute('[data-testid=lang-fr]', 'aria-pressed'), 'true');
      assert.deepEqual(second.problems, []);
    } finally {
      await second.context.close();
    }

    // Back to English: the link drops its language key.
    await page.click('[data-testid=lang-en]');
    await settle(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.waitForFunction(() => !window.location.hash.includes('lang='), null, { timeout: 5000 });
    assert.equal(await page.textContent('[data-testid=arrears]'), '$2,400,000');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a French browser opening the page without a link starts in French', async () => {
  const { context, page, problems } = await openPage(browser, BASE_URL, { locale: 'fr-FR' });
  try {
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    assert.equal(await page.textContent('#levers-title'), 'Le scénario');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
