// A link with a misspelt field, as a hand-edited or truncated-then-repaired link would carry:
// the banner names the field and the nearest known one, and what could be read is kept.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, BASE_URL } from './browser.mjs';
import { linkFragment } from './links.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a misspelt field in a link: the banner names it and the nearest field, the rest is kept', async () => {
  // A patch against the v1 base: the commitment and the delay are set, and the commitment
  // is written a second time with two letters swapped.
  const fragment = linkFragment({
    contract: { total_commitment: '1234', total_commitmnet: '5000' },
    payment: { delay_days: 45 },
  });
  const { context, page, problems } = await openPage(browser, BASE_URL + fragment, { locale: 'en-US' });
  try {
    await page.waitForSelector('[data-testid=banner-message]');
    const message = await page.textContent('[data-testid=banner-message]');
    assert.match(message, /contract\.total_commitmnet is not a field; did you mean contract\.total_commitment\?/);
    // The members that were spelt right are in the editor: the delay and the commitment.
    assert.equal(await page.inputValue('#p-payment-delay-days'), '45');
    assert.equal((await page.inputValue('#p-contract-total-commitment')).replace(/,/g, ''), '1234');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
