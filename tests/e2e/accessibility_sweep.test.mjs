// The accessibility sweep: axe finds no WCAG 2.x A/AA violation on every preset and in
// presenter mode at every step of the lesson, in English and in French, on a 390-px phone and
// on a 1440-px screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, settle, BASE_URL } from './browser.mjs';
import { axeContext, expectNoAxeViolations } from './axe.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// Every preset of the menu, in its order (docs/presets.md).
const PRESETS = ['twitter-aws-2023', 'twitter-two-clouds-2023', 'twitter-google-2023', 'symmetric', 'no-ad-leverage', 'settle-or-fight'];
// The presets with a lesson and its number of steps (docs/presets.md).
const LESSONS = [['twitter-aws-2023', 7], ['twitter-two-clouds-2023', 4]];

async function showPreset(page, id) {
  if ((await page.inputValue('[data-testid=preset-menu]')) !== id) {
    await page.selectOption('[data-testid=preset-menu]', id);
  }
  await page.waitForSelector('[data-testid=verdict-leverage], [data-testid=verdict-error]');
  await settle(page);
}

for (const lang of ['en', 'fr']) {
  for (const width of [390, 1440]) {
    test(`axe: every preset and every lesson step, ${lang}, ${width} px`, async () => {
      const viewport = { width, height: width < 600 ? 844 : 900 };
      const { context, page, problems } = await openPage(browser, BASE_URL, { ...axeContext, viewport, locale: 'en-US' });
      try {
        if (lang === 'fr') {
          await page.click('[data-testid=lang-fr]');
          await page.waitForFunction(() => document.documentElement.lang === 'fr');
        }
        for (const id of PRESETS) {
          await showPreset(page, id);
          await expectNoAxeViolations(page, `the ${id} preset (${lang}, ${width} px)`);
        }
        for (const [id, steps] of LESSONS) {
          await showPreset(page, id);
          await page.click('[data-testid=start-lesson]');
          await page.waitForSelector('[data-testid=presenter]');
          for (let step = 1; step <= steps; step += 1) {
            await page.waitForFunction((n) => document.querySelector('[data-testid=step-count]')?.textContent.includes(String(n)), step);
            await settle(page);
            await expectNoAxeViolations(page, `presenter mode, ${id}, step ${step} (${lang}, ${width} px)`);
            if (step < steps) await page.click('[data-testid=next-step]');
          }
          await page.click('[data-testid=presenter-leave]');
          await page.waitForSelector('[data-testid=preset-menu]');
        }
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
}
