// Playing the standoff: two students take the sides on one device (a hand-over screen hides
// the last player's private brief) or on two devices by exchanging links; a finished game
// shows its debrief. The scenario is the "Symmetric relationship" preset (docs/presets.md):
// invoices of $1,000,000 a month (a $24M commitment over 24 months, fully used), net 30, late
// interest 1.5 % a month, the customer ("Platform", $50M of cash) stopping payment from
// month index 6 (July 2024); the vendor ("Cloud") has $500M of cash. Month m's invoice falls
// due on the last day of month m + 1, so at the end of July only June's invoice is overdue:
// round 1 opens with $1.0M overdue, round 2 with $2.0M, round 3 with $3.0M.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, watchProblems, BASE_URL } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const CUSTOMER_CASH = '$50,000,000';
const VENDOR_CASH = '$500,000,000';

async function openSymmetric() {
  const opened = await openPage(browser, BASE_URL, { locale: 'en-US' });
  await opened.page.selectOption('[data-testid=preset-menu]', 'symmetric');
  await opened.page.waitForFunction(() => document.querySelector('[data-testid=preset-menu]')?.value === 'symmetric');
  return opened;
}

// Plays one move through the form: the choice, then what it needs.
async function play(page, choice, { amount, measure, round } = {}) {
  await page.check(`[data-testid=move-form] input[type=radio][value=${choice}]`);
  if (amount !== undefined) await page.fill('[data-testid=move-amount]', amount);
  if (measure !== undefined) await page.selectOption('[data-testid=move-measure]', measure);
  if (round !== undefined) await page.fill('[data-testid=move-round]', round);
  await page.click('[data-testid=play-move]');
}

// On one device: the hand-over screen hides every private fact, then the player to move sees
// their own and only their own.
async function handOverTo(page, name, role, ownCash, otherCash) {
  await page.waitForSelector('[data-testid=hand-over]');
  assert.equal(await page.locator('[data-testid=private-brief]').count(), 0);
  const hidden = await page.textContent('[data-testid=game]');
  assert.ok(!hidden.includes(ownCash) && !hidden.includes(otherCash), 'no cash figure while handing over');
  assert.match(await page.textContent('[data-testid=hand-over]'), new RegExp(`Pass the device to ${name} \\(${role}\\)`));
  await page.click('[data-testid=ready]');
  assert.equal(await page.textContent('[data-testid=brief-cash]'), ownCash);
  assert.ok(!(await page.textContent('[data-testid=game]')).includes(otherCash), 'the other side\u2019s cash stays hidden');
}

// Waits until the canvas under `selector` has ink (a drawn chart, not a blank canvas).
async function waitForInk(page, selector) {
  await page.locator(selector).scrollIntoViewIfNeeded();
  await page.waitForFunction((sel) => {
    const c = document.querySelector(sel);
    if (!c || !c.width) return false;
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 16) if (data[i + 3] && (data[i] < 200 || data[i + 1] < 200)) ink += 1;
    return ink > 200;
  }, selector);
}

async function historyRows(page) {
  return page.$$eval('[data-testid=game-history] tbody tr', (rows) =>
    rows.map((row) => [...row.cells].map((cell) => cell.textContent)));
}

test('a hot-seat game of six rounds ends in a settlement, each turn behind a hand-over screen', async () => {
  const { context, page, problems } = await openSymmetric();
  try {
    await page.click('[data-testid=play-hot-seat]');
    await page.waitForSelector('[data-testid=game]');
    const customer = () => handOverTo(page, 'Platform', 'the customer', CUSTOMER_CASH, VENDOR_CASH);
    const vendor = () => handOverTo(page, 'Cloud', 'the vendor', VENDOR_CASH, CUSTOMER_CASH);

    await customer();
    assert.equal(await page.textContent('[data-testid=game-round]'), 'Round 1 of 18 · Jul 2024');
    assert.equal(await page.textContent('[data-testid=game-overdue]'), '$1.0M');
    // Each brief says what the vendor's measures cost its reader: the ad line is $1M a month;
    // with no legal rule of its own, a suit costs each side 1 % of the $24M commitment.
    const stakes = async () => page.$$eval('[data-testid=brief-stakes] li', (items) => items.map((li) => li.textContent));
    assert.ok((await stakes()).includes('If Cloud chose to cut its ads: you would lose $1.0M a month.'));
    await play(page, 'nothing');
    await vendor();
    assert.ok((await stakes()).includes('To sue: it costs you $240.0K; judgment after 12 months, won by the vendor 75 % of the time.'));
    await play(page, 'wait');

    await customer();
    await play(page, 'nothing');
    await vendor();
    await play(page, 'take', { measure: 'cut-ads' });

    // Round 3: $3.0M overdue, all paid.
    await customer();
    assert.equal(await page.textContent('[data-testid=game-overdue]'), '$3.0M');
    await play(page, 'all');
    await vendor();
    // A threat's round must come after this one: round 2 is refused, naming the range.
    await play(page, 'threaten', { measure: 'suspend', round: '2' });
    await page.waitForSelector('[data-testid=move-rejected]');
    assert.equal(await page.textContent('[data-testid=move-rejected]'),
      'Round 3, the vendor’s move: The threat’s round is 2: it must be between round 4 and round 18.');
    await play(page, 'wait');

    await customer();
    await play(page, 'nothing');
    await vendor();
    await play(page, 'threaten', { measure: 'suspend', round: '7' });

    // Round 5: $2.0M overdue again (September's and October's invoices, due since the
    // payment). The whole claim adds the late interest, 1.5 % a month of what was overdue at
    // each month end and never paid (a payment goes to the invoices): August $15,000 on $1M,
    // September $30,000 on $2M, November $15,000 on September's invoice: $2,060,000. A $2.5M
    // offer is more than that and is refused, naming the bound; $1.9M is offered, $2.0M asked.
    await customer();
    assert.equal(await page.textContent('[data-testid=game-overdue]'), '$2.0M');
    assert.equal(await page.getAttribute('[data-testid=game-claim]', 'title'), '$2,060,000');
    await play(page, 'propose', { amount: '2500000' });
    await page.waitForSelector('[data-testid=move-error]');
    assert.equal(await page.textContent('[data-testid=move-error]'),
      'Amount is “2500000”: it must be a number above 0 and at most $2,060,000.');
    await play(page, 'propose', { amount: '1900000' });
    await vendor();
    await play(page, 'counter', { amount: '2000000' });

    await customer();
    await play(page, 'accept-counter');
    await page.waitForSelector('[data-testid=debrief]');
    assert.equal(await page.textContent('[data-testid=debrief-end]'),
      'Settled in round 6 at $2.0M: Platform accepted the other side’s price, so Platform blinked.');
    const rows = await historyRows(page);
    assert.equal(rows.length, 6);
    assert.deepEqual(rows.map((row) => row.slice(0, 4)), [
      ['1', 'Jul 2024', '$1.0M', '$0'],
      ['2', 'Aug 2024', '$2.0M', '$0'],
      ['3', 'Sep 2024', '$3.0M', '$3.0M'],
      ['4', 'Oct 2024', '$1.0M', '$0'],
      ['5', 'Nov 2024', '$2.0M', '$0'],
      ['6', 'Dec 2024', '$3.0M', '$0'],
    ]);
    assert.equal(rows[1][5], 'Chose to cut its ads, from next round');
    // The same share of the claim in round 1: $2.0M of round 6's claim.
    assert.match(await page.textContent('[data-testid=debrief-round-one]'), /^Settling in round 1 for \d+(\.\d+)? % of the claim/);
    assert.ok((await page.textContent('[data-testid=debrief-prediction]')).length > 0);
    // The path month by month, with the deal marked (its label is drawn on the chart, so the
    // chart's spec is checked through its accessible label and its ink).
    await waitForInk(page, '[data-testid=debrief] canvas[data-testid=chart]');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('two players exchange links: each opens the other\u2019s link, sees the new state and answers', async () => {
  const first = await openSymmetric();
  const second = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  try {
    const a = first.page;
    await a.click('[data-testid=play-links]');
    await a.waitForSelector('[data-testid=move-form]');
    assert.equal(await a.textContent('[data-testid=brief-cash]'), CUSTOMER_CASH);
    await play(a, 'amount', { amount: '400000' });
    await a.waitForSelector('[data-testid=game-waiting]');
    const toVendor = await a.inputValue('[data-testid=game-link]');
    assert.match(toVendor, /#s=v2\.[A-Za-z0-9_-]+&g=1~6~1~18~L400000$/);

    const b = await second.newPage();
    const problems = [];
    watchProblems(b, new URL(BASE_URL).origin, problems);
    await b.goto(toVendor);
    await b.waitForSelector('[data-testid=move-form]');
    assert.equal(await b.textContent('[data-testid=game-turn]'), 'Cloud to move (the vendor)');
    assert.equal(await b.textContent('[data-testid=brief-cash]'), VENDOR_CASH);
    assert.ok(!(await b.textContent('[data-testid=game]')).includes(CUSTOMER_CASH));
    const history = await historyRows(b);
    assert.deepEqual(history[0].slice(0, 5), ['1', 'Jul 2024', '$1.0M', '$400.0K', 'Paid $400.0K']);
    await play(b, 'take', { measure: 'cut-ads' });
    await b.waitForSelector('[data-testid=game-waiting]');
    const toCustomer = await b.inputValue('[data-testid=game-link]');
    assert.match(toCustomer, /&g=1~6~1~18~L400000-Xa$/);

    await a.goto(toCustomer);
    await a.waitForSelector('[data-testid=move-form]');
    assert.equal(await a.textContent('[data-testid=game-turn]'), 'Platform to move (the customer)');
    // Round 2: July's $600K unpaid and August's $1M.
    assert.equal(await a.textContent('[data-testid=game-overdue]'), '$1.6M');
    await play(a, 'propose', { amount: '1000000' });
    const offer = await a.inputValue('[data-testid=game-link]');

    await b.goto(offer);
    await b.waitForSelector('[data-testid=move-form]');
    await play(b, 'accept');
    await b.waitForSelector('[data-testid=debrief]');
    assert.equal(await b.textContent('[data-testid=debrief-end]'),
      'Settled in round 2 at $1.0M: Cloud accepted the other side’s price, so Cloud blinked.');

    // A spectator's link opens the game without a move form or a private brief.
    const watch = await a.inputValue('[data-testid=watch-link]');
    const c = await second.newPage();
    await c.goto(watch);
    await c.waitForSelector('[data-testid=game-waiting]');
    assert.equal(await c.textContent('[data-testid=game-waiting]'), 'You are watching this game.');
    assert.equal(await c.locator('[data-testid=private-brief], [data-testid=move-form]').count(), 0);
    assert.deepEqual(problems, []);
  } finally {
    await first.context.close();
    await second.close();
  }
});

test('a link with an out-of-turn game opens its scenario and says which move is wrong', async () => {
  const { context, page, problems } = await openSymmetric();
  try {
    await page.click('[data-testid=play-links]');
    await page.waitForSelector('[data-testid=move-form]');
    await play(page, 'nothing');
    const link = await page.inputValue('[data-testid=game-link]');
    // Two customer moves in a row: the first round has no vendor move.
    const broken = link.replace(/&g=(.*)$/, '&g=$1_N');
    const other = await context.newPage();
    await other.goto(broken);
    await other.waitForSelector('[data-testid=banner]');
    assert.equal(await other.textContent('[data-testid=banner] p'),
      'The game in this link could not be opened: Round 1, the vendor’s move: It is the vendor’s move, not yours. Its scenario is shown; nothing else was changed.');
    assert.equal(await other.locator('[data-testid=game]').count(), 0);
    await other.waitForSelector('[data-testid=verdict-leverage]');
    assert.deepEqual(problems.filter((p) => !p.includes('banner')), []);
  } finally {
    await context.close();
  }
});

test('a class debrief of 30 games shows the expected counts, chart, table and spreadsheet', async () => {
  const { context, page, problems } = await openSymmetric();
  try {
    // The scenario's part of a game link, taken from a game the page starts.
    await page.click('[data-testid=play-links]');
    await page.waitForSelector('[data-testid=move-form]');
    await play(page, 'nothing');
    const scenarioLink = (await page.inputValue('[data-testid=game-link]')).replace(/&g=.*$/, '');
    await page.click('[data-testid=leave-game]');
    await page.waitForSelector('[data-testid=class-debrief]');
    // Ten games of each kind, with outcomes known by construction: the vendor accepts the
    // whole round-1 claim, $1,000,000 (the vendor blinked in round 1); the vendor counters
    // $1,800,000 in round 2 and the customer accepts in round 3 (the customer blinked); two
    // rounds of waiting and no deal.
    const kinds = ['1~6~1~6~P1000000-Y', '1~6~1~6~N-W_P1500000-C1800000_K', '1~6~1~2~N-W_N-W'];
    const lines = ['student,link'];
    for (let i = 0; i < 30; i += 1) lines.push(`pair ${i + 1},${scenarioLink}&g=${kinds[i % 3]}`);
    lines.push('pair 31,no link here');
    lines.push(`pair 32,${scenarioLink}&g=1~6~1~6~N_N`);
    await page.fill('[data-testid=class-links]', lines.join('\n'));
    await page.click('[data-testid=class-read]');
    await page.waitForSelector('[data-testid=class-summary]');
    assert.equal(await page.textContent('[data-testid=class-summary]'),
      '30 games: Platform blinked in 10, Cloud in 10, no deal in 10.');
    const rows = await page.$$eval('[data-testid=class-table] tbody tr', (trs) =>
      trs.map((tr) => [...tr.cells].map((cell) => cell.textContent)));
    assert.equal(rows.length, 30);
    const count = (round, price, who) => rows.filter((r) => r[1] === round && r[2] === price && r[3] === who).length;
    assert.equal(count('1', '$1.0M', 'Cloud'), 10);
    assert.equal(count('3', '$1.8M', 'Platform'), 10);
    assert.equal(count('', '', 'nobody (no deal)'), 10);
    const bad = await page.$$eval('[data-testid=class-bad-lines] li', (items) => items.map((li) => li.textContent));
    assert.deepEqual(bad, [
      'Line 32: There is no game link in this line.',
      'Line 33: Round 1, the vendor’s move: It is the vendor’s move, not yours.',
    ]);
    // The picture: the bargaining line with the class's prices is drawn.
    const canvas = page.locator('[data-testid=class-debrief] canvas[data-testid=chart]');
    await canvas.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => {
      const c = document.querySelector('[data-testid=class-debrief] canvas[data-testid=chart]');
      if (!c || !c.width) return false;
      const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
      let ink = 0;
      for (let i = 0; i < data.length; i += 16) if (data[i + 3] && (data[i] < 200 || data[i + 1] < 200)) ink += 1;
      return ink > 200;
    });
    // The picture marks each price the class settled at with its count of games; its data
    // table says the same in words.
    await page.click('[data-testid=class-debrief] .chart-data summary');
    // The rows are built once the details element has opened (its toggle event).
    await page.waitForSelector('[data-testid=class-debrief] [data-testid=chart-table] tbody tr');
    const marks = await page.$$eval('[data-testid=class-debrief] [data-testid=chart-table] tbody tr', (trs) =>
      trs.map((tr) => [...tr.cells].map((cell) => cell.textContent)));
    assert.ok(marks.some(([label, value]) => label === '10 games settled here' && value === '$1,000,000'), JSON.stringify(marks));
    assert.ok(marks.some(([label, value]) => label === '10 games settled here' && value === '$1,800,000'), JSON.stringify(marks));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=class-csv]')]);
    const { readFile } = await import('node:fs/promises');
    const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.equal(csv[0], 'Line,Settled in round,Price,Who blinked,Customer NPV,Vendor NPV');
    assert.equal(csv.length, 31);
    assert.match(csv[1], /^2,1,1000000\.00,Cloud,-?\d+\.\d\d,-?\d+\.\d\d$/);
    assert.match(csv[2], /^3,3,1800000\.00,Platform,/);
    assert.match(csv[3], /^4,,,nobody \(no deal\),/);

    // The same games from a text file, one link per line.
    await page.setInputFiles('[data-testid=class-file]', {
      name: 'games.txt', mimeType: 'text/plain',
      buffer: Buffer.from(lines.slice(1, 4).map((line) => line.replace(/^pair \d+,/, '')).join('\n')),
    });
    await page.waitForFunction(() => document.querySelector('[data-testid=class-summary]')?.textContent.startsWith('3 games'));
    assert.equal(await page.textContent('[data-testid=class-summary]'),
      '3 games: Platform blinked in 1, Cloud in 1, no deal in 1.');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('axe finds no violation on the game screens and the class debrief, in both languages', async () => {
  const { axeContext, expectNoAxeViolations } = await import('./axe.mjs');
  for (const lang of ['en', 'fr']) {
    const { context, page } = await openPage(browser, BASE_URL, { ...axeContext, locale: 'en-US' });
    try {
      if (lang === 'fr') {
        await page.click('[data-testid=lang-fr]');
        await page.waitForFunction(() => document.documentElement.lang === 'fr');
      }
      await page.selectOption('[data-testid=preset-menu]', 'symmetric');
      await page.click('[data-testid=play-hot-seat]');
      await page.waitForSelector('[data-testid=hand-over]');
      await expectNoAxeViolations(page, `the hand-over screen (${lang})`);
      await page.click('[data-testid=ready]');
      await expectNoAxeViolations(page, `the customer's move (${lang})`);
      await play(page, 'propose', { amount: '900000' });
      await page.click('[data-testid=ready]');
      await play(page, 'accept');
      await page.waitForSelector('[data-testid=debrief]');
      await expectNoAxeViolations(page, `the debrief (${lang})`);
      await page.click('[data-testid=leave-game]');
      await page.waitForSelector('[data-testid=class-debrief]');
      await expectNoAxeViolations(page, `the class debrief panel (${lang})`, '[data-testid=class-debrief]');
    } finally {
      await context.close();
    }
  }
});

test('the Twitter vs AWS lesson hands the controls to the players at step 5, with a private brief for each side', async () => {
  const { context, page, problems } = await openPage(browser, BASE_URL, { locale: 'en-US' });
  try {
    await page.selectOption('[data-testid=preset-menu]', 'twitter-aws-2023');
    await page.click('[data-testid=start-lesson]');
    await page.waitForSelector('[data-testid=presenter]');
    for (let step = 1; step < 5; step += 1) await page.click('[data-testid=next-step]');
    assert.equal(await page.textContent('[data-testid=step-count]'), 'Step 5 of 7');
    assert.equal(await page.textContent('[data-testid=lesson-play]'), 'Hand the controls to the players (6 rounds)');
    await page.click('[data-testid=lesson-play]');
    await page.waitForSelector('[data-testid=hand-over]');
    assert.equal(await page.locator('[data-testid=lesson-brief]').count(), 0);
    await page.click('[data-testid=ready]');
    assert.equal(await page.textContent('[data-testid=game-round]'), 'Round 1 of 6 · Mar 2023');
    // The game keeps the story's payment stop: March 2023's overdue invoices are the preset's
    // $58.4M (docs/presets.md): the usage invoices of October 2022 to February 2023,
    // 5 × $3,477,272.73, and the 2022 true-up of $50,999,999.97, less the $10M of February.
    assert.equal(await page.textContent('[data-testid=game-overdue]'), '$58.4M');
    assert.match(await page.textContent('[data-testid=lesson-brief]'), /^Twitter: \$1B cash \(assumed\)\./);
    await play(page, 'nothing');
    await page.click('[data-testid=ready]');
    assert.match(await page.textContent('[data-testid=lesson-brief]'), /^AWS: you claim each unpaid bill/);
    assert.ok(!(await page.textContent('[data-testid=game]')).includes('Twitter: $1B cash'));
    // Leaving the game goes back to the lesson step it came from.
    await page.click('[data-testid=leave-game]');
    await page.waitForSelector('[data-testid=presenter]');
    assert.equal(await page.textContent('[data-testid=step-count]'), 'Step 5 of 7');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
