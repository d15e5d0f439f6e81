// End-to-end journey through the skeleton page, in real Chromium against the release build:
// a link (built with node's zlib as docs/link-format.md describes) restores the delay, the
// keyboard and the mouse move it, and the number, the chart's pixels and the URL all follow,
// with no console error and no request to another origin.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, openPage, canvasPixels, settle } from './browser.mjs';
import { linkFragment, vendorPatch, waitForPatch } from './links.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a link restores the delay; keyboard and mouse change number, chart and URL', async () => {
  const { context, page, problems } = await openPage(browser, `${BASE_URL}${linkFragment({ payment: { delay_days: 90 } })}`);
  try {
    assert.equal(await page.inputValue('#p-payment-delay-days'), '90');
    assert.equal(await page.inputValue('#p-payment-delay-days-slider'), '90');
    await settle(page);
    const first = { figure: await page.textContent('[data-testid=arrears]'), pixels: await canvasPixels(page) };
    assert.ok(first.pixels.ink > 1000, `the chart has ink (${first.pixels.ink} pixels)`);

    // Keyboard: thirty presses of the right arrow move the slider by thirty days.
    await page.focus('#p-payment-delay-days-slider');
    for (let i = 0; i < 30; i += 1) await page.keyboard.press('ArrowRight');
    await settle(page);
    assert.equal(await page.inputValue('#p-payment-delay-days'), '120');
    await waitForPatch(page, (patch) => vendorPatch(patch).payment?.delay_days === 120);
    const keyed = { figure: await page.textContent('[data-testid=arrears]'), pixels: await canvasPixels(page) };
    assert.notEqual(keyed.figure, first.figure, 'the number changed');
    assert.notEqual(keyed.pixels.hash, first.pixels.hash, 'the chart was redrawn');

    // Mouse: a click at three quarters of the slider's track sets about 3/4 of 3650 days.
    const box = await page.locator('#p-payment-delay-days-slider').boundingBox();
    await page.mouse.click(box.x + box.width * 0.75, box.y + box.height / 2);
    await settle(page);
    const clicked = Number(await page.inputValue('#p-payment-delay-days'));
    assert.ok(clicked > 2600 && clicked < 2900, `mouse set ${clicked} days`);
    await waitForPatch(page, (patch) => vendorPatch(patch).payment?.delay_days === clicked);
    const moused = { figure: await page.textContent('[data-testid=arrears]'), pixels: await canvasPixels(page) };
    assert.notEqual(moused.figure, keyed.figure);
    assert.notEqual(moused.pixels.hash, keyed.pixels.hash);

    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the chart is drawn in device pixels at devicePixelRatio 2', async () => {
  const { context, page, problems } = await openPage(browser, BASE_URL, { deviceScaleFactor: 2 });
  try {
    await settle(page);
    const pixels = await canvasPixels(page);
    assert.equal(pixels.width, pixels.cssWidth * 2);
    assert.equal(pixels.height, pixels.cssHeight * 2);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a bad link shows a banner naming the allowed range, with the default scenario', async () => {
  const { context, page, problems } = await openPage(browser, `${BASE_URL}${linkFragment({ payment: { delay_days: 99999 } })}`);
  try {
    const banner = await page.textContent('[data-testid=banner]');
    assert.match(banner, /payment\.delay_days is 99999: it must be between 0 and 3650 days/);
    assert.equal(await page.inputValue('#p-payment-delay-days'), '0');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
