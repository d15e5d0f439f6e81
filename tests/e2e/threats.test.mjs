// A retaliation rule announced as a threat, set in the editor, as the event log tells it. The
// "Symmetric relationship" preset (docs/presets.md): invoices of $1,000,000 a month, each due
// at the end of the next month; the customer ("Platform") stops paying from month index 6
// (Jul 2024), so $1M, $2M, $3M, $4M… are overdue at the ends of months 6, 7, 8, 9…; the
// vendor ("Cloud") halts its $1M of monthly ads once arrears pass $2,000,000. As a threat with
// its default deadline (one month end) and level ($0): the trigger holds at the end of month 8
// (Sep 2024, "Month 9"), the deadline is the end of month 9 (Oct 2024, "Month 10"), $4M is
// still overdue then, so the threat is carried out from month 10 (Nov 2024, "Month 11").
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, BASE_URL } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function eventTexts(page) {
  return page.$$eval('[data-testid=event-log] li', (items) => items.map((li) => li.textContent));
}

async function waitForEvent(page, text) {
  await page.waitForFunction((wanted) => [...document.querySelectorAll('[data-testid=event-log] li')]
    .some((li) => li.textContent.includes(wanted)), text);
}

test('a rule announced as a threat is made, then carried out, as the event log says', async () => {
  const { context, page, problems } = await openPage(browser, BASE_URL, { locale: 'en-US' });
  try {
    await page.selectOption('[data-testid=preset-menu]', 'symmetric');
    await page.waitForFunction(() => document.querySelector('[data-testid=preset-menu]')?.value === 'symmetric');
    await page.click('[data-testid=group-retaliation] summary');
    await page.check('#p-retaliation-0--threat');
    const made = 'arrears pass $2,000,000 (now $3,000,000) — threat: Cloud halts advertising unless arrears are back to $0 or less by the end of Month 10 (Oct 2024)';
    await waitForEvent(page, made);
    const texts = await eventTexts(page);
    assert.ok(texts.some((t) => t.startsWith('Month 9 (Sep 2024)') && t.includes(made)), texts.join('\n'));
    assert.ok(texts.some((t) => t.includes('Month 10 (Oct 2024)') && t.includes('arrears are still $4,000,000: Cloud carries out its threat — from Month 11 (Nov 2024), Cloud halts advertising')), texts.join('\n'));
    // Two month ends to pay: the deadline moves to Month 11, where $5,000,000 is overdue.
    await page.fill('#p-retaliation-0--threat-deadline-months', '2');
    await page.press('#p-retaliation-0--threat-deadline-months', 'Enter');
    await waitForEvent(page, 'arrears are still $5,000,000: Cloud carries out its threat — from Month 12 (Dec 2024), Cloud halts advertising');
    // Unchecked, the rule acts again without warning, as the preset has it.
    await page.uncheck('#p-retaliation-0--threat');
    await page.waitForFunction(() => ![...document.querySelectorAll('[data-testid=event-log] li')]
      .some((li) => li.textContent.includes('threat')));
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
