// End-to-end journeys for sharing and keeping scenarios, in real Chromium against the
// release build: the URL follows the levers and reopens the same numbers in a fresh browser;
// the Share button copies the link (or shows it to copy by hand); bad and truncated links,
// corrupt saved entries and a corrupt store give a banner and lose nothing; saved scenarios
// survive a reload; JSON export and import round-trip; the CSV ledger has a byte-order mark;
// and the Content-Security-Policy allows the app to run with no violation.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE_URL, launch, openPage, canvasPixels, settle } from './browser.mjs';
import { linkFragment, patchOf, vendorPatch, waitForPatch } from './links.mjs';

const STORE = 'standoff.saved-scenarios';
const DELAY = '#p-payment-delay-days';
// Other levers of the payment group (open at first), by DOM id (`p-` + the parameter id with
// non-alphanumerics as '-'), with a value in range and its JSON path and value in the link.
const OTHER_LEVERS = [
  { selector: '#p-payment-pay-share', value: '0.6', path: ['payment', 'pay_share'], json: '0.6' },
  { selector: '#p-payment-net-days', value: '45', path: ['payment', 'net_days'], json: 45 },
  { selector: '#p-payment-late-interest-monthly', value: '0.02', path: ['payment', 'late_interest_monthly'], json: '0.02' },
];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const at = (object, path) => path.reduce((value, key) => value?.[key], object);

async function figures(page) {
  await settle(page);
  return {
    delay: await page.inputValue(DELAY),
    headline: await page.textContent('.headline'),
    chart: (await canvasPixels(page)).hash,
  };
}

async function setLever(page, selector, value) {
  await page.fill(selector, value);
  await settle(page);
}

test('levers move the URL; the copied link opens the same numbers in a fresh browser', async () => {
  const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };
  const first = await openPage(browser, BASE_URL, clipboard);
  const { page } = first;
  try {
    await setLever(page, DELAY, '75');
    const moved = [];
    for (const lever of OTHER_LEVERS) {
      if (await page.locator(lever.selector).isVisible()) {
        await setLever(page, lever.selector, lever.value);
        moved.push(lever);
      }
    }
    const patch = await waitForPatch(page, (p) => vendorPatch(p).payment?.delay_days === 75
      && moved.every((lever) => at(vendorPatch(p), lever.path) === lever.json));
    assert.equal(vendorPatch(patch).payment.delay_days, 75);
    assert.ok(moved.length >= 2, `several levers moved (${moved.map((l) => l.selector)})`);
    const shown = await figures(page);

    await page.click('[data-testid=share]');
    await page.waitForSelector('[data-testid=link-length]');
    const status = await page.textContent('.share [role=status]');
    assert.match(status, /^Link copied — \d+ characters\.$/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, page.url(), 'the copied link is the address bar\'s link');
    assert.equal(Number(await page.textContent('[data-testid=link-length]')), copied.length);
    console.log(`link length with the delay${moved.length ? ` and ${moved.length} other lever(s)` : ''} changed: ${copied.length}`);

    const second = await openPage(browser, copied);
    try {
      assert.deepEqual(await figures(second.page), shown);
      for (const lever of moved) {
        assert.equal(Number(await second.page.inputValue(lever.selector)), Number(lever.value));
      }
      assert.equal(await second.page.locator('[data-testid=banner]').count(), 0);
      assert.deepEqual(second.problems, []);
    } finally {
      await second.context.close();
    }
    assert.deepEqual(first.problems, []);
  } finally {
    await first.context.close();
  }
});

test('without a clipboard the link is shown selected, to copy by hand', async () => {
  // The teaching example, from a link of the empty patch (a first visit opens on a preset).
  const { context, page, problems } = await openPage(browser, `${BASE_URL}${linkFragment({})}`);
  try {
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    // The address bar follows the scenario after a quiet period; wait for it, so that the
    // link shown and the page URL describe the same moment.
    await waitForPatch(page, () => true);
    await page.click('[data-testid=share]');
    const field = page.locator('[data-testid=share-fallback]');
    await field.waitFor();
    const link = await field.inputValue();
    assert.equal(link, page.url());
    assert.deepEqual(patchOf(link), {}, 'the default scenario is the empty patch');
    const selection = await page.evaluate(() => {
      const active = document.activeElement;
      return { id: active.id, start: active.selectionStart, end: active.selectionEnd, readOnly: active.readOnly };
    });
    assert.deepEqual(selection, { id: 'share-link', start: 0, end: link.length, readOnly: true });
    assert.equal(Number(await page.textContent('[data-testid=link-length]')), link.length);
    assert.match(await page.textContent('.share [role=status]'), /copy it/);
    console.log(`link length of the default scenario: ${link.length} (fragment ${new URL(link).hash.length})`);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('garbage and truncated links: banner with the text, default scenario, no console error', async () => {
  const full = linkFragment({ payment: { delay_days: 200 }, customer: { name: 'Twitter' }, vendor: { name: 'AWS' } });
  const cases = [
    { fragment: '#this-is-not-a-link', message: /no scenario in it/ },
    { fragment: '#s=v1.AAAA!!!!', message: /invalid character '!' at position 5/ },
    { fragment: full.slice(0, Math.floor(full.length / 2)), message: /cut off|truncated/ },
    { fragment: '#s=v9.AAAA', message: /made by a newer version/ },
  ];
  for (const { fragment, message } of cases) {
    const { context, page, problems } = await openPage(browser, `${BASE_URL}${fragment}`);
    try {
      const text = await page.textContent('[data-testid=banner-message]');
      assert.match(text, /^This link could not be opened\./, fragment);
      assert.match(text, message, fragment);
      assert.match(text, /The default scenario is shown instead\.$/);
      assert.equal(await page.inputValue('[data-testid=banner-offending]'), fragment.slice(1));
      assert.equal(await page.getAttribute('[data-testid=banner]', 'role'), 'alert');
      assert.equal(await page.inputValue(DELAY), '0', 'the default scenario is loaded');
      // The address bar becomes a link to what is shown: the default scenario.
      await waitForPatch(page, (patch) => Object.keys(patch).length === 0);
      await page.click('[data-testid=banner] button');
      assert.equal(await page.locator('[data-testid=banner]').count(), 0, 'dismissed');
      assert.deepEqual(problems, [], fragment);
    } finally {
      await context.close();
    }
  }
});

test('a link pasted into the open page loads it; a bad one keeps the current scenario', async () => {
  const { context, page, problems } = await openPage(browser, `${BASE_URL}${linkFragment({ payment: { delay_days: 10 } })}`);
  try {
    await page.evaluate((hash) => { window.location.hash = hash; }, linkFragment({ payment: { delay_days: 321 } }));
    await page.waitForFunction(() => document.querySelector('#p-payment-delay-days').value === '321');
    await page.evaluate(() => { window.location.hash = '#s=v1.broken'; });
    await page.waitForSelector('[data-testid=banner]');
    assert.match(await page.textContent('[data-testid=banner-message]'), /The current scenario is kept\.$/);
    assert.equal(await page.inputValue(DELAY), '321');
    await waitForPatch(page, (patch) => vendorPatch(patch).payment?.delay_days === 321);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

// The address bar's quiet-period write (url_sync.rs) can fall due between a paste and the
// `hashchange` it causes, and put the shown scenario's link back first. The page must still
// open what was pasted: the event says where it went. Here the write is made to come first on
// purpose, in the same task as the paste.
test('a link pasted just as the address bar is rewritten still loads what was pasted', async () => {
  const { context, page, problems } = await openPage(browser, `${BASE_URL}${linkFragment({ payment: { delay_days: 10 } })}`);
  try {
    await page.evaluate((hash) => {
      const shown = window.location.href;
      window.location.hash = hash;
      window.history.replaceState(null, '', shown);
    }, linkFragment({ payment: { delay_days: 123 } }));
    await page.waitForFunction(() => document.querySelector('#p-payment-delay-days').value === '123');
    await waitForPatch(page, (patch) => vendorPatch(patch).payment?.delay_days === 123);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('saved scenarios: save, reload, reopen, rename, delete; names stay text; last edited restored', async () => {
  const { context, page, problems } = await openPage(browser, BASE_URL);
  try {
    const save = async (name) => {
      await page.fill('[data-testid=save-name]', name);
      await page.click('[data-testid=save]');
      await page.waitForFunction((n) => [...document.querySelectorAll('[data-testid=saved-name]')].some((e) => e.textContent === n), name);
    };
    const names = () => page.$$eval('[data-testid=saved-name]', (list) => list.map((e) => e.textContent));

    await setLever(page, DELAY, '45');
    await save('Plan A');
    const hostile = '<img src=x onerror="window.__pwned=1">';
    await setLever(page, DELAY, '200');
    await save(hostile);
    assert.equal(await page.locator('.saved-list img').count(), 0, 'a name is never markup');
    await waitForPatch(page, (patch) => vendorPatch(patch).payment?.delay_days === 200);

    await page.reload();
    await page.waitForSelector('[data-testid=saved-list]');
    assert.deepEqual(await names(), ['Plan A', hostile]);
    assert.equal(await page.inputValue(DELAY), '200', 'the link in the address bar wins');
    await page.getByRole('button', { name: 'Open “Plan A”' }).click();
    assert.equal(await page.inputValue(DELAY), '45');
    await waitForPatch(page, (patch) => vendorPatch(patch).payment?.delay_days === 45);

    await page.getByRole('button', { name: 'Rename “Plan A”' }).click();
    await page.fill('[data-testid=rename-field]', 'Plan A (45 days)');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByRole('button', { name: `Delete “${hostile}”` }).click();
    assert.deepEqual(await names(), ['Plan A (45 days)']);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);

    // Opened without a link, the app restores the last-edited scenario.
    await page.goto('about:blank');
    await page.goto(BASE_URL);
    await page.waitForSelector('[data-testid=saved-list]');
    assert.equal(await page.inputValue(DELAY), '45');
    assert.deepEqual(await names(), ['Plan A (45 days)']);
    assert.equal(await page.locator('[data-testid=banner]').count(), 0);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a corrupt saved entry or store: banner naming it, nothing else lost', async () => {
  const { context, page, problems } = await openPage(browser, BASE_URL);
  try {
    for (const [name, days] of [['Keep me', '12'], ['Break me', '34']]) {
      await setLever(page, DELAY, days);
      await page.fill('[data-testid=save-name]', name);
      await page.click('[data-testid=save]');
      await page.waitForSelector(`text=Saved as “${name}”.`);
    }
    // The app's own quiet-period write must be done before storage is corrupted by hand.
    await waitForPatch(page, (patch) => vendorPatch(patch).payment?.delay_days === 34);
    await page.evaluate((key) => {
      const store = JSON.parse(localStorage.getItem(key));
      store.entries.find((entry) => entry.name === 'Break me').scenario.vendors[0].payment.delay_days = 'banana';
      localStorage.setItem(key, JSON.stringify(store));
    }, STORE);
    await page.reload();
    const message = await page.textContent('[data-testid=banner-message]');
    // The field, the value and the payment delay's own range (0 to 3650 days, docs/model.md).
    assert.match(message, /^Saved scenario "Break me" could not be read: vendors\[0\]\.payment\.delay_days is “banana”: it must be a whole number, and it must be between 0 and 3650 days\./);
    assert.match(await page.inputValue('[data-testid=banner-offending]'), /banana/);
    assert.deepEqual(await page.$$eval('[data-testid=saved-name]', (l) => l.map((e) => e.textContent)), ['Keep me']);
    await page.getByRole('button', { name: 'Open “Keep me”' }).click();
    assert.equal(await page.inputValue(DELAY), '12');
    // The broken entry is kept, verbatim, after the app has written the store again.
    await waitForPatch(page, (patch) => vendorPatch(patch).payment?.delay_days === 12);
    const kept = await page.evaluate((key) => localStorage.getItem(key), STORE);
    assert.match(kept, /banana/);
    assert.match(await page.textContent('.unreadable summary'), /1 saved item/);

    // A store that is not JSON at all: banner, the text kept to copy and in storage.
    await page.evaluate((key) => localStorage.setItem(key, '{"format":"standoff-saved", oops'), STORE);
    await page.reload();
    assert.match(await page.textContent('[data-testid=banner-message]'), /The saved scenarios could not be read: The data is not valid JSON/);
    assert.equal(await page.inputValue('[data-testid=banner-offending]'), '{"format":"standoff-saved", oops');
    assert.equal(await page.inputValue(DELAY), '12', 'the scenario on screen is kept');
    await setLever(page, DELAY, '13');
    await waitForPatch(page, (patch) => vendorPatch(patch).payment?.delay_days === 13);
    assert.match(await page.evaluate((key) => localStorage.getItem(key), STORE), /oops/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('JSON export → import round trip (picker and drop); CSV ledger with BOM', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'standoff-e2e-'));
  const source = await openPage(browser, BASE_URL, { acceptDownloads: true });
  let exported;
  try {
    await setLever(source.page, DELAY, '33');
    const shown = await figures(source.page);
    const [download] = await Promise.all([
      source.page.waitForEvent('download'),
      source.page.click('[data-testid=export-json]'),
    ]);
    assert.match(download.suggestedFilename(), /^standoff-[a-z0-9-]+\.json$/);
    exported = join(folder, download.suggestedFilename());
    await download.saveAs(exported);
    const file = JSON.parse(await readFile(exported, 'utf8'));
    assert.equal(file.format, 'standoff-scenario');
    assert.equal(file.version, 2);
    assert.equal(file.scenario.vendors[0].payment.delay_days, 33);

    const [csvDownload] = await Promise.all([
      source.page.waitForEvent('download'),
      source.page.click('[data-testid=export-csv]'),
    ]);
    assert.match(csvDownload.suggestedFilename(), /-ledger\.csv$/);
    const csvPath = join(folder, 'ledger.csv');
    await csvDownload.saveAs(csvPath);
    const csv = await readFile(csvPath);
    assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
    const lines = csv.subarray(3).toString('utf8').split('\r\n');
    assert.match(lines[0], /^Month,Month index,/);
    assert.match(lines[1], /^\d{4}-\d{2},0,/);
    assert.deepEqual(source.problems, []);

    const target = await openPage(browser, BASE_URL);
    try {
      assert.equal(await target.page.inputValue(DELAY), '0');
      const [chooser] = await Promise.all([
        target.page.waitForEvent('filechooser'),
        target.page.click('[data-testid=import-json]'),
      ]);
      await chooser.setFiles(exported);
      await target.page.waitForFunction(() => document.querySelector('#p-payment-delay-days').value === '33');
      assert.deepEqual(await figures(target.page), shown);

      // Dropping a file anywhere on the page imports it; a bad file names itself.
      const drop = (name, text) => target.page.evaluate(([n, t]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([t], n, { type: 'application/json' }));
        document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }, [name, text]);
      await drop('bad.json', '{"format":"standoff-scenario","version":1,"scenario":{"payment":{"delay_days":-5}}}');
      await target.page.waitForSelector('[data-testid=banner]');
      const message = await target.page.textContent('[data-testid=banner-message]');
      assert.match(message, /^The file “bad\.json” could not be imported\. payment\.delay_days is -5: it must be a whole number, and it must be between 0 and 3650 days\./);
      assert.equal(await target.page.inputValue(DELAY), '33', 'other work kept');
      await drop('good.json', await readFile(exported, 'utf8').then((t) => t.replace('"delay_days": 33', '"delay_days": 34')));
      await target.page.waitForFunction(() => document.querySelector('#p-payment-delay-days').value === '34');
      assert.equal(await target.page.locator('[data-testid=banner]').count(), 0);
      assert.deepEqual(target.problems, []);
    } finally {
      await target.context.close();
    }
  } finally {
    await source.context.close();
  }
});

test('the Content-Security-Policy forbids inline scripts and the app runs under it', async () => {
  const { context, page, problems } = await openPage(browser, BASE_URL);
  try {
    const policy = await page.getAttribute('meta[http-equiv=Content-Security-Policy]', 'content');
    const directives = Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));
    assert.equal(directives['script-src'], "'self' 'wasm-unsafe-eval'");
    assert.equal(directives['style-src'], "'self'", 'no <style> elements');
    // Style attributes only (plotters measures chart labels in a span styled that way).
    assert.equal(directives['style-src-attr'], "'unsafe-inline'");
    assert.equal(directives['default-src'], "'self'");
    assert.equal(directives['connect-src'], "'self'");
    assert.equal(directives['object-src'], "'none'");
    const inline = await page.$$eval('script', (scripts) => scripts.filter((s) => !s.src).length);
    assert.equal(inline, 0, 'no inline script');
    // An inline script injected now must be refused by the policy.
    const ran = await page.evaluate(() => new Promise((resolve) => {
      document.addEventListener('securitypolicyviolation', () => resolve('refused'), { once: true });
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.head.append(script);
      setTimeout(() => resolve(window.__inlineRan ? 'ran' : 'silent'), 500);
    }));
    assert.equal(ran, 'refused');
    // That refusal is the only console error: the app itself triggered none.
    assert.ok(problems.every((p) => /Content Security Policy/.test(p)), problems.join('\n'));
    assert.ok(problems.length <= 1, problems.join('\n'));
  } finally {
    await context.close();
  }
});

test('a version-1 link still opens to the same numbers, and its version-2 rewrite opens to them too', async () => {
  // A link of the symmetric relationship exactly as version 1 wrote it, kept with the format's
  // golden links: $24M over 24 months used at 80 %, so $24,000,000 / 24 × 0.8 = $800,000 a
  // month, net 30, unpaid from month 6. At the end of the horizon the invoices of months 5 to
  // 22 are overdue (18 × $800,000 = $14,400,000), and so is the first contract year's true-up,
  // billed in month 11 for the 20 % not used: 0.2 × $12,000,000 = $2,400,000. In all
  // $16,800,000 (the second year's true-up falls due after the horizon).
  const v1 = (await readFile(new URL('../../crates/formats/tests/data/links/v1/preset-symmetric.link', import.meta.url), 'utf8')).trim();
  assert.match(v1, /^#s=v1\./);
  const opened = await openPage(browser, `${BASE_URL}${v1}`);
  let rewritten;
  try {
    assert.equal(await opened.page.textContent('[data-testid=arrears]'), '$16,800,000');
    const before = await figures(opened.page);
    // The page writes the scenario back in the current version.
    await waitForPatch(opened.page, () => true);
    rewritten = new URL(opened.page.url()).hash;
    assert.match(rewritten, /^#s=v2\./);
    const again = await openPage(browser, `${BASE_URL}${rewritten}`);
    try {
      assert.deepEqual(await figures(again.page), before);
      assert.deepEqual(again.problems, []);
    } finally {
      await again.context.close();
    }
    assert.deepEqual(opened.problems, []);
  } finally {
    await opened.context.close();
  }
});
