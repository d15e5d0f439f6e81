// Several vendors and one budget, as a teacher shows them: the flagship preset "Twitter 2023:
// AWS and Google Cloud" (docs/presets.md). Its figures, worked out by hand:
// - Google Cloud bills $200M over 12 months, fully used: $200,000,000 / 12 = $16,666,666.67 a
//   month. AWS bills what is left of $510M over 66 months (42 months, $324,545,454.55) at 45 %
//   usage: $324,545,454.55 / 42 = $7,727,272.7273…, × 0.45 = $3,477,272.73 a month. Both are
//   net 30, so each month's bill is paid the next month: the first payments fall in Feb 2023.
// - The budget is $17,000,000 a month, below the $20,143,939.40 of the two bills.
// - Not paying Google costs Twitter $15M a month of ads and data licence once more than $20M
//   is overdue; not paying AWS costs at most the $1.5M a quarter of Amazon's ads, withheld after
//   a threat. So Google's reaction costs more per dollar kept, and "leverage first" pays Google
//   in full and AWS what is left: $17,000,000 − $16,666,666.67 = $333,333.33.
// - In the vendors' order (AWS first), AWS gets its $3,477,272.73 and Google the rest:
//   $17,000,000 − $3,477,272.73 = $13,522,727.27.
// - With a $16,000,000 budget, leverage first gives Google all of it and AWS nothing.
// - In Feb 2023 the budget holds back $3,477,272.73 − $333,333.33 = $3,143,939.40 of AWS's
//   bill, which is overdue at the month end.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openPage, settle, BASE_URL } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const FLAGSHIP = 'twitter-two-clouds-2023';

// The row of a chart's data table for a month, as { column: cell }.
async function tableRow(page, chart, month) {
  const figure = page.locator(`figure[data-chart=${chart}]`);
  const details = figure.locator('details.chart-data');
  if (!(await details.evaluate((d) => d.open))) await figure.locator('details.chart-data summary').click();
  await settle(page);
  return figure.locator('[data-testid=chart-table]').evaluate((table, wanted) => {
    const columns = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
    const row = [...table.querySelectorAll('tbody tr')].find((tr) => tr.cells[0]?.textContent.trim() === wanted);
    if (!row) return null;
    return Object.fromEntries([...row.cells].map((cell, i) => [columns[i], cell.textContent.trim()]));
  }, month);
}

async function waitForTriage(page, text) {
  await page.waitForFunction((wanted) => document.querySelector('[data-testid=triage]')?.textContent.includes(wanted), text);
}

test('the flagship pays Google and stiffs AWS, and the budget rule decides who is paid', async () => {
  const { context, page, problems } = await openPage(browser, BASE_URL, { locale: 'en-US' });
  try {
    await page.selectOption('[data-testid=preset-menu]', FLAGSHIP);
    await waitForTriage(page, 'Pay Google Cloud first');
    const triage = await page.textContent('[data-testid=triage]');
    assert.match(triage, /the rule “leverage first” pays Google Cloud, then AWS/);
    const ranked = await page.$$eval('[data-testid=triage-table] tbody th', (ths) => ths.map((th) => th.textContent));
    assert.deepEqual(ranked, ['Google Cloud', 'AWS']);

    // The best shares on the grid follow one painted frame later (docs/model.md §11).
    await page.waitForSelector('[data-testid=best-allocation]');
    assert.match(await page.textContent('[data-testid=best-allocation]'), /^Best shares of each bill on a 20 % grid \(36 cases\): \d+ % to AWS and \d+ % to Google Cloud/);

    let feb = await tableRow(page, 'vendor-paid', 'Feb 2023');
    assert.equal(feb['Google Cloud'], '$16,666,666.67');
    assert.equal(feb.AWS, '$333,333.33');

    await page.click('[data-testid=group-vendors] summary');
    await page.selectOption('#p-budget-rule', 'priority');
    await waitForTriage(page, 'pays AWS, then Google Cloud');
    feb = await tableRow(page, 'vendor-paid', 'Feb 2023');
    assert.equal(feb.AWS, '$3,477,272.73');
    assert.equal(feb['Google Cloud'], '$13,522,727.27');

    await page.selectOption('#p-budget-rule', 'leverage_first');
    await waitForTriage(page, 'the rule “leverage first”');
    await page.fill('#p-budget-monthly', '16000000');
    await page.press('#p-budget-monthly', 'Enter');
    await waitForTriage(page, 'With $16.0M a month');
    feb = await tableRow(page, 'vendor-paid', 'Feb 2023');
    assert.equal(feb['Google Cloud'], '$16,000,000');
    assert.equal(feb.AWS, '$0');
    // The budget travels in the link: opened afresh, it gives the same payments. The address
    // follows the scenario after a quiet period of 300 ms (url_sync.rs): it is read once it
    // has changed, or after a second if it already had.
    const shown = page.url();
    await page.waitForFunction(({ old, since }) => location.href !== old || Date.now() - since > 1000,
      { old: shown, since: Date.now() });
    const link = page.url();
    assert.match(link, /#s=v2\./);
    const again = await openPage(browser, link, { locale: 'en-US' });
    try {
      await waitForTriage(again.page, 'With $16.0M a month');
      // The editor comes with the rest of the page after the first paint: from then on the
      // panels keep their state.
      await again.page.waitForSelector('[data-testid=editor]');
      const reopened = await tableRow(again.page, 'vendor-paid', 'Feb 2023');
      assert.deepEqual(reopened, feb);
      assert.deepEqual(again.problems, []);
    } finally {
      await again.context.close();
    }
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

// The symmetric preset (docs/presets.md) has one vendor, "Cloud", whose invoices of $1,000,000
// a month, each due at the end of the next month, go unpaid from Jul 2024: $1,000,000 is
// overdue at the end of Jul 2024. A vendor added in the editor starts as a copy of it, named
// "Cloud 2" with the colour #8c564b: with no budget it is stiffed the same way, so the
// arrears chart holds two lines, the second in that colour, each at $1,000,000 in Jul 2024.
// (The table writes whole amounts without cents.)
test('a vendor added in the editor gets its line in the charts', async () => {
  const { context, page, problems } = await openPage(browser, BASE_URL, { locale: 'en-US' });
  try {
    await page.selectOption('[data-testid=preset-menu]', 'symmetric');
    await page.waitForFunction(() => document.querySelector('[data-testid=preset-menu]')?.value === 'symmetric');
    assert.equal(await page.$('[data-testid=vendors-panel]'), null);
    await page.click('[data-testid=group-vendors] summary');
    await page.click('[data-testid=add-vendor]');
    await page.waitForSelector('[data-testid=vendors-panel]');
    const jul = await tableRow(page, 'vendor-arrears', 'Jul 2024');
    assert.equal(jul.Cloud, '$1,000,000');
    assert.equal(jul['Cloud 2'], '$1,000,000');
    const canvas = 'figure[data-chart=vendor-arrears] canvas[data-testid=chart]';
    await page.$eval(canvas, (c) => c.scrollIntoView({ block: 'center' }));
    await settle(page);
    await settle(page);
    const added = await page.$eval(canvas, (c) => {
      const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i] - 0x8c) < 8 && Math.abs(data[i + 1] - 0x56) < 8 && Math.abs(data[i + 2] - 0x4b) < 8) count += 1;
      }
      return count;
    });
    assert.ok(added > 100, `the added vendor's colour covers ${added} pixels`);
    // Renamed, it is named so in the table; removed, the panel goes away.
    await page.fill('#p-more-vendors-0--vendor-name', 'Other cloud');
    await page.waitForFunction(() => document.querySelector('[data-testid=triage-table]')?.textContent.includes('Other cloud'));
    await page.click('[data-testid=vendors-list] button.remove');
    await page.waitForFunction(() => !document.querySelector('[data-testid=vendors-panel]'));
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

// Reordering and editing a further vendor, on the flagship under the priority rule (figures as
// at the top of this file): in the vendors' order, AWS first, February pays AWS its
// $3,477,272.73 and Google the rest of the $17,000,000, $13,522,727.27. Moved up, Google is
// first: it gets its whole $16,666,666.67 and AWS the rest, $333,333.33. Then AWS, now the
// second vendor, is chosen in the editor and its share of each invoice paid set to 0 %: nothing
// is paid to AWS, and Google still gets its whole bill (the budget no longer binds). Google's
// own share stays at 1 (the whole of each invoice).
test('a further vendor is moved up and its terms edited in the same groups', async () => {
  const { context, page, problems } = await openPage(browser, BASE_URL, { locale: 'en-US' });
  try {
    await page.selectOption('[data-testid=preset-menu]', FLAGSHIP);
    await waitForTriage(page, 'Pay Google Cloud first');
    await page.click('[data-testid=group-vendors] summary');
    await page.selectOption('#p-budget-rule', 'priority');
    await waitForTriage(page, 'pays AWS, then Google Cloud');
    let feb = await tableRow(page, 'vendor-paid', 'Feb 2023');
    assert.deepEqual([feb.AWS, feb['Google Cloud']], ['$3,477,272.73', '$13,522,727.27']);

    await page.click('[data-testid=vendors-list] button.move');
    await waitForTriage(page, 'pays Google Cloud, then AWS');
    feb = await tableRow(page, 'vendor-paid', 'Feb 2023');
    assert.deepEqual([feb.AWS, feb['Google Cloud']], ['$333,333.33', '$16,666,666.67']);
    assert.equal(await page.inputValue('#p-more-vendors-0--vendor-name'), 'AWS');

    await page.selectOption('[data-testid=vendor-terms]', '1');
    const share = '#p-more-vendors-0--payment-pay-share';
    await page.waitForSelector(share);
    await page.fill(share, '0');
    await page.press(share, 'Enter');
    let tries = 0;
    do {
      await settle(page);
      feb = await tableRow(page, 'vendor-paid', 'Feb 2023');
      tries += 1;
    } while (feb.AWS !== '$0' && tries < 20);
    assert.deepEqual([feb.AWS, feb['Google Cloud']], ['$0', '$16,666,666.67']);

    await page.selectOption('[data-testid=vendor-terms]', '0');
    await page.waitForSelector('#p-payment-pay-share');
    assert.equal(await page.inputValue('#p-payment-pay-share'), '1');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the ledger file of the flagship has one row per vendor per month, with what the budget did', async () => {
  const { context, page, problems } = await openPage(browser, BASE_URL, { locale: 'en-US' });
  try {
    await page.selectOption('[data-testid=preset-menu]', FLAGSHIP);
    await waitForTriage(page, 'Pay Google Cloud first');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=export-csv]'),
    ]);
    const path = join(await mkdtemp(join(tmpdir(), 'standoff-vendors-')), 'ledger.csv');
    await download.saveAs(path);
    const csv = await readFile(path);
    assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
    const lines = csv.subarray(3).toString('utf8').split('\r\n');
    // Twelve months of AWS, then twelve of Google Cloud, and the empty string after the last CRLF.
    assert.equal(lines.length, 1 + 2 * 12 + 1);
    assert.match(lines[0], /^Month,Month index,Vendor,Due this month,Allowed by the budget,Paid,"Held back by the budget, unpaid",Commitment accrued,/);
    assert.match(lines[2], /^2023-02,1,AWS,3477272\.73,333333\.33,333333\.33,3143939\.40,/);
    assert.match(lines[14], /^2023-02,1,Google Cloud,16666666\.67,16666666\.67,16666666\.67,0\.00,/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a first visit lands on the flagship, whose pain picture has a line per vendor and one for Twitter', async () => {
  // Each side's cost of a month is its monthly rate times the claim open against the customer
  // (docs/model.md, the pain picture; no reaction has cost anyone anything yet in Feb and Mar
  // 2023: Amazon's threat is not carried out and Google is paid in full). The rates are
  // nominal: Twitter 12 %/12 = 1 %, AWS 8 %/12. Google's claim is 0, so its cost is $0.
  // - Feb 2023: AWS's claim is the $3,143,939.40 the budget held back (see the top of the
  //   file), not yet late. Twitter: 1 % of it = $31,439.394 → $31,439.39; AWS: × 0.08 / 12 =
  //   $20,959.596 → $20,959.60.
  // - Mar 2023: two such amounts, $6,287,878.80, and 30 days of 1.5 % simple late interest
  //   on February's: $47,159.091 → $47,159.09; the claim is $6,335,037.89. Twitter: 1 % =
  //   $63,350.3789 → $63,350.38; AWS: × 0.08 / 12 = $42,233.5859 → $42,233.59.
  const { context, page, problems } = await openPage(browser, BASE_URL, { locale: 'en-US' });
  try {
    assert.equal(await page.inputValue('[data-testid=preset-menu]'), FLAGSHIP);
    await page.waitForSelector('canvas[data-chart=pain]');
    assert.deepEqual(await tableRow(page, 'pain', 'Feb 2023'), {
      Month: 'Feb 2023',
      "Twitter's cost, all vendors": '$31,439.39',
      "AWS's cost": '$20,959.60',
      "Google Cloud's cost": '$0',
    });
    assert.deepEqual(await tableRow(page, 'pain', 'Mar 2023'), {
      Month: 'Mar 2023',
      "Twitter's cost, all vendors": '$63,350.38',
      "AWS's cost": '$42,233.59',
      "Google Cloud's cost": '$0',
    });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
