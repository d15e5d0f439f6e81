// The French journey: switching the language turns every visible word of the main screen
// French, numbers and months French (narrow no-break spaces between thousands, a decimal
// comma, the currency after a no-break space, "novembre 2023"), sets <html lang="fr">, puts
// `lang=fr` in the link, and opening that link starts in French. The other screens (compare
// mode, the analyses, the sharing, file and saved panels, presenter mode with its lesson and
// dialogs, the printed handout) and the banners about bad links and files have no English
// left either, in their text or in their accessible names, titles, placeholders and alt texts.
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
  'Billed and unpaid', 'Shortfall', 'not yet billed', 'Customer', 'Vendor', 'Payment', 'Settlement', 'Run', 'Save', 'Export',
  'Import', 'Open', 'Delete', 'Previous', 'Next', 'Who should accept what', 'Strategy',
  'Uncertainty', 'Tornado', 'Sweep', 'Point at the chart', 'Nothing happens', 'days', 'months',
  'fraction to', ' to ', 'Language', 'Presets', 'Scenario preset', 'Custom scenario',
  'Presenter', 'Print', 'Step', 'Keys', 'Close', 'Full screen', 'QR code', 'Scan', 'Levers',
  'Leave', 'Copy', 'Rename', 'Saved', 'Download', 'chart', 'could not', 'is kept', 'This link',
  'The link', 'The file', 'The scenario', 'between', 'must be', 'Each party', 'by month',
  'cash flows', 'Swap', 'Difference', 'Output', 'runs', 'Seed', 'percentile', 'Median',
  'Open this scenario', 'and \\d+ more', 'Reload', 'stopped', 'Previous month', 'Next month',
];

// The words above found in `text` (whole words unless the entry has spaces around it; a
// field's path such as `payment.delay_days` is a name, not English, so `_` joins words).
function leftoversIn(text) {
  return ENGLISH_WORDS.filter((word) => {
    const pattern = word.trim() === word
      ? new RegExp(`(^|[^\\p{L}_])${word}([^\\p{L}_]|$)`, 'u')
      : new RegExp(word);
    return pattern.test(text);
  });
}

// The English left on screen: in the visible text and in the attributes that screen readers
// and tooltips read (of every element, visible or not), without the scenario's own data.
async function englishLeftovers(page) {
  const text = await page.evaluate(() => {
    const names = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-valuetext'];
    const attributes = [...document.querySelectorAll('*')].flatMap(
      (element) => names.map((name) => element.getAttribute(name)).filter(Boolean),
    );
    return `${document.body.innerText}\n${attributes.join('\n')}`;
  });
  return leftoversIn(SCENARIO_DATA.reduce((rest, data) => rest.split(data).join(''), text));
}

const SCENARIO_DATA = [
  'Teaching example', 'Vendor ads', 'Twitter vs AWS (2023)', 'Amazon retail ads', 'Amazon Studios ads',
];

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
    assert.deepEqual(await englishLeftovers(page), [], 'English words left on the French screen');
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

test('compare mode, the analyses, the sharing, file and saved panels and the handout have no English', async () => {
  const { context, page, problems } = await openPage(browser, BASE_URL, { locale: 'fr-FR', viewport: { width: 1400, height: 1000 } });
  try {
    await page.selectOption('#preset-select', 'twitter-aws-2023');
    await settle(page);
    await page.$$eval('details', (all) => all.forEach((details) => { details.open = true; }));
    for (const id of ['run-payoff', 'run-tornado', 'run-sweep', 'run-mc']) await page.click(`[data-testid=${id}]`);
    await page.waitForSelector('[data-testid=payoff-matrix]');
    // The sweep and the Monte Carlo run in chunks: their tables appear when they are done.
    await page.waitForFunction(() => !document.querySelector('progress'), null, { timeout: 30000 });
    await page.selectOption('[data-testid=compare-select]', 'twitter-google-2023');
    await page.waitForSelector('[data-testid=compare-table]');
    await page.click('[data-testid=share]');
    await page.fill('[data-testid=save-name]', 'Plan A');
    await page.click('[data-testid=save]');
    await page.waitForSelector('[data-testid=saved-entry]');
    await settle(page);
    assert.deepEqual(await englishLeftovers(page), [], 'English on the main screen with everything open');

    await page.emulateMedia({ media: 'print' });
    await settle(page);
    assert.ok(await page.isVisible('[data-testid=handout-head]'));
    assert.deepEqual(await englishLeftovers(page), [], 'English on the printed handout');
    assert.match(await page.textContent('[data-testid=handout-more]'), /^…et \d+ de plus$/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('presenter mode, its lesson, its dialogs and its handout have no English', async () => {
  const { context, page, problems } = await openPage(browser, BASE_URL, { locale: 'fr-FR', viewport: { width: 1920, height: 1080 } });
  try {
    await page.selectOption('#preset-select', 'twitter-aws-2023');
    await page.click('[data-testid=enter-presenter]');
    await page.waitForSelector('[data-testid=lesson-step]');
    await page.keyboard.press('PageDown');
    await settle(page);
    assert.equal(await page.textContent('[data-testid=step-count]'), 'Étape 2 sur 7');
    assert.deepEqual(await englishLeftovers(page), [], 'English in presenter mode');
    await page.keyboard.press('?');
    await page.waitForSelector('[data-testid=keys-dialog]');
    assert.deepEqual(await englishLeftovers(page), [], 'English in the keys dialog');
    await page.keyboard.press('Escape');
    await page.keyboard.press('q');
    await page.waitForSelector('[data-testid=qr-dialog]');
    assert.deepEqual(await englishLeftovers(page), [], 'English in the QR code dialog');
    await page.keyboard.press('Escape');
    await page.emulateMedia({ media: 'print' });
    await settle(page);
    assert.ok(await page.isVisible('[data-testid=handout-head]'));
    assert.deepEqual(await englishLeftovers(page), [], 'English on the handout printed from presenter mode');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a bad link and a bad file are explained in French, naming the field and its range', async () => {
  // '@' is not in the base64url alphabet: the first character of the data after "v1.".
  const { context, page } = await openPage(browser, `${BASE_URL}#s=v1.@@@&lang=fr`, { locale: 'en-US' });
  try {
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    assert.equal(
      await page.textContent('[data-testid=banner-message]'),
      `Ce lien n’a pas pu être ouvert. Les données du lien contiennent un caractère invalide «${NBSP}@${NBSP}» `
        + `à la position 1${NBSP}: elles ont peut-être été abîmées lors de la copie. `
        + 'Le scénario par défaut est affiché à la place.',
    );
    // A file whose payment delay is past its range (0 to 3650 days), dropped on the page.
    // Members missing from the scenario take their neutral values (docs/link-format.md).
    const scenario = { version: 1, payment: { delay_days: 5000 } };
    const text = JSON.stringify({ format: 'standoff-scenario', version: 1, scenario });
    await page.evaluate((t) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([t], 'retard.json', { type: 'application/json' }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, text);
    await page.waitForFunction(() => document.querySelector('[data-testid=banner-message]')?.textContent.startsWith('Le fichier'));
    const message = await page.textContent('[data-testid=banner-message]');
    assert.ok(message.startsWith(`Le fichier «${NBSP}retard.json${NBSP}» n’a pas pu être importé.`), message);
    assert.ok(message.includes(`payment.delay_days vaut 5000${NBSP}: il doit être compris entre 0 et 3${NNBSP}650 jours`), message);
    assert.ok(message.endsWith('Le scénario actuel est conservé.'), message);
    assert.deepEqual(await englishLeftovers(page), [], 'English in the banner');

    // Without a clipboard (a page that is not a secure context), the reason is French too.
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await page.click('[data-testid=share]');
    await page.locator('[data-testid=share-fallback]').waitFor();
    assert.match(
      await page.textContent('.share [role=status]'),
      /^Le lien n’a pas pu être copié automatiquement\u00a0: ce navigateur ne donne pas accès au presse-papiers à cette page\./,
    );
  } finally {
    await context.close();
  }
});
