// The first screen as a first visitor and as a student with a shared link on a phone see it:
// a first visit lands on the Twitter story with its lesson one click away; the presets menu
// tells a preset from the user's edited scenario, and names the preset a link holds; on a
// 390 × 844 phone a shared link shows the verdict and a drawn chart above the fold, and the
// editor below them; on a slow network the first screen's own module shows the verdict and a
// drawn chart before the app has loaded, with no control, and hands over to the app.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, watchProblems, BASE_URL } from './browser.mjs';
import { vendorPatch, waitForPatch } from './links.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PHONE = { width: 390, height: 844 };

async function selectedOptionText(page) {
  return page.$eval('[data-testid=preset-menu]', (select) => select.selectedOptions[0]?.textContent ?? '');
}

async function box(page, selector) {
  const found = await page.locator(selector).first().boundingBox();
  assert.ok(found, `${selector} is laid out`);
  return found;
}

test('a first visit lands on the Twitter story with both its clouds, its lesson one click away', async () => {
  const { context, page, problems } = await openPage(browser, BASE_URL, { locale: 'en-US' });
  try {
    assert.equal(await page.inputValue('[data-testid=preset-menu]'), 'twitter-two-clouds-2023');
    assert.equal(await selectedOptionText(page), 'Twitter 2023: AWS and Google Cloud');
    // The one line that says what to try (with several vendors, the budget), and the
    // lesson's four steps (docs/presets.md).
    assert.match(await page.textContent('[data-testid=try-line]'), /^Try it: lower the monthly budget in the editor/);
    assert.equal(await page.textContent('[data-testid=start-lesson]'), 'Start the lesson (4 steps)');
    await page.click('[data-testid=start-lesson]');
    await page.waitForSelector('[data-testid=presenter]');
    assert.equal(await page.textContent('[data-testid=step-title]'), 'Jan 2023: two clouds, one budget');
    assert.equal(await page.textContent('[data-testid=step-count]'), 'Step 1 of 4');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the presets menu tells an edited preset from the preset, and Reset goes back to it', async () => {
  const { context, page, problems } = await openPage(browser, BASE_URL, { locale: 'en-US' });
  try {
    await page.fill('#p-payment-delay-days', '45');
    await page.waitForFunction(() => document.querySelector('[data-testid=preset-menu]')?.value === '');
    assert.equal(await selectedOptionText(page), 'Your scenario');
    assert.equal(await page.textContent('[data-testid=preset-description]'),
      'Your scenario, edited from \u201cTwitter 2023: AWS and Google Cloud\u201d: Reset goes back to it.');
    await page.click('[data-testid=reset]');
    await page.waitForFunction(() => document.querySelector('[data-testid=preset-menu]')?.value === 'twitter-two-clouds-2023');
    assert.equal(await page.inputValue('#p-payment-delay-days'), '0');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a shared link on a phone: the verdict and a drawn chart above the fold, the editor below, the preset named', async () => {
  // The link is the one the app writes for the Settle or fight preset.
  const source = await openPage(browser, BASE_URL);
  let link;
  try {
    await source.page.selectOption('[data-testid=preset-menu]', 'settle-or-fight');
    await waitForPatch(source.page, (patch) => vendorPatch(patch).settlement != null);
    link = source.page.url();
  } finally {
    await source.context.close();
  }

  const { context, page, problems } = await openPage(browser, link, { viewport: PHONE, locale: 'en-US' });
  try {
    // A link that holds a preset opens as that preset.
    assert.equal(await page.inputValue('[data-testid=preset-menu]'), 'settle-or-fight');
    assert.equal(await selectedOptionText(page), 'Settle or fight');
    await page.waitForSelector('[data-testid=verdict-leverage]');
    await page.evaluate(() => window.scrollTo(0, 0));
    const verdict = await box(page, '[data-testid=verdict]');
    const chart = await box(page, 'canvas[data-chart=cash]');
    const editor = await box(page, '[data-testid=editor]');
    assert.ok(verdict.y >= 0 && verdict.y + verdict.height <= PHONE.height,
      `the verdict is in the first viewport: ${JSON.stringify(verdict)}`);
    assert.ok(chart.y >= verdict.y + verdict.height && chart.y + chart.height <= PHONE.height,
      `the first chart is below the verdict and above the fold: ${JSON.stringify(chart)}`);
    assert.ok(editor.y >= chart.y + chart.height, `the editor follows the chart: ${JSON.stringify(editor)}`);
    // The chart is drawn where it stands, without scrolling: its axes, labels and two lines
    // ink well over 1 % of its pixels (an empty canvas inks none).
    const ink = await page.$eval('canvas[data-chart=cash]', (canvas) => {
      const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      let inked = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i] !== 255 || data[i + 1] !== 255 || data[i + 2] !== 255) inked += 1;
      }
      return inked / (data.length / 4);
    });
    assert.ok(ink > 0.01, `the first chart is drawn: ${(ink * 100).toFixed(2)} % of its pixels inked`);
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'nothing scrolled to show them');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('before the app has loaded, the first screen shows the verdict and a drawn chart, no control, then hands over', async () => {
  const context = await browser.newContext({ viewport: PHONE, locale: 'en-US' });
  const page = await context.newPage();
  const problems = [];
  watchProblems(page, new URL(BASE_URL).origin, problems);
  // The app's module is held back, as a slow network would, until the first screen is checked.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/standoff-[0-9a-f]+_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  try {
    await page.goto(BASE_URL);
    await page.waitForFunction(() => performance.getEntriesByName('standoff:chart-drawn:first-screen').length > 0);
    const cover = page.locator('.first-screen');
    assert.equal(await cover.isVisible(), true);
    const [heading, ...sentences] = await cover.locator('.first-screen-verdict p').allTextContents();
    assert.equal(heading, 'Who has the leverage');
    // The flagship's verdict is Twitter against AWS. Each side's monthly cost is its rate times
    // the same claim (docs/model.md §9.4a), Twitter 12 % a year and AWS 8 %: Twitter's month
    // costs 12 / 8 = 1.5 times AWS's, so time is on AWS's side.
    const leverage = sentences.find((text) => text.startsWith('Each month of standoff costs')) ?? '';
    const [, twitter, aws] = /costs Twitter \$([0-9.]+)K and AWS \$([0-9.]+)K: time is on AWS's side/.exec(leverage) ?? [];
    assert.ok(twitter && aws, leverage);
    assert.ok(Math.abs(Number(twitter) / Number(aws) - 1.5) < 0.01, `${twitter} / ${aws} is 1.5`);
    assert.equal(sentences.at(-1), 'The editor and the rest of the page are loading…');
    // With two vendors, whom to pay first: Google's reaction (its ads and data licence) costs
    // Twitter more per dollar kept than AWS's (tests/e2e/vendors.test.mjs derives both).
    const ranking = await cover.locator('.first-screen-ranking p').allTextContents();
    assert.equal(ranking[0], 'Who gets paid');
    assert.match(ranking[1], /^Pay Google Cloud first: /);
    // A drawn chart above the fold, and nothing that looks like a control.
    const box = await cover.locator('canvas').boundingBox();
    assert.ok(box && box.y + box.height <= PHONE.height, `the chart is above the fold (${JSON.stringify(box)})`);
    const ink = await cover.locator('canvas').evaluate((canvas) => {
      const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200)) count += 1;
      return count;
    });
    assert.ok(ink > 1000, `the chart has ink (${ink} pixels)`);
    assert.equal(await page.locator('input, select, button, textarea').count(), 0, 'no control before the app');

    release();
    await page.waitForSelector('.first-screen', { state: 'detached' });
    // The app says what the first screen said, from the same engine and words.
    const app = await page.locator('[data-testid=verdict] [aria-live] p').allTextContents();
    assert.deepEqual(app, sentences.slice(0, -1));
    assert.equal(await page.locator('[data-testid=triage] p').first().textContent(), ranking[1]);
    assert.equal(await page.isVisible('[data-testid=editor]'), true);
    assert.deepEqual(problems, []);
  } finally {
    release();
    await context.close();
  }
});
