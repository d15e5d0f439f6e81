// End-to-end journeys for the classroom: presenter mode driven only by the keyboard through
// the Twitter vs AWS lesson (titles, months, visible panels, the link's view and step, a
// reload that keeps them); the QR codes decode to the page's own link; and the printed
// handout is exactly one A4 page and one Letter page with the key figures and the QR code,
// with several vendors the triage too.
// Screenshots of presenter mode and of the handout go to STANDOFF_SCREENS when it is set.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { BASE_URL, launch, openPage, settle } from './browser.mjs';
import { axeContext, expectNoAxeViolations } from './axe.mjs';
import { patchOf, vendorPatch } from './links.mjs';

const SCREENS = process.env.STANDOFF_SCREENS;

let browser;
before(async () => {
  browser = await launch();
  if (SCREENS) await mkdir(SCREENS, { recursive: true });
});
after(async () => { await browser?.close(); });

// The lesson of the Twitter vs AWS preset as a class sees it: each step's English title, the
// timeline's words for its month (month index + 1 of 66, counted from January 2021, the
// assumed start of the term announced in December 2020: November 2022 is index 22, shown as
// month 23; March 2023 index 26, month 27; June 2026 index 65, month 66) and the panels it
// shows. Written from docs/presets.md, not read from the app.
const LESSON = [
  { title: '2021: the contract', month: 'Month 1 of 66 · Jan 2021', panels: ['figures', 'cash'] },
  { title: 'Dec 2021: the first true-up', month: 'Month 12 of 66 · Dec 2021', panels: ['cash', 'exposure'] },
  { title: 'Nov 2022: payments stop', month: 'Month 23 of 66 · Nov 2022', panels: ['figures', 'exposure', 'events'] },
  { title: 'Dec 2022: a data centre closes', month: 'Month 24 of 66 · Dec 2022', panels: ['cash', 'events'] },
  { title: 'Mar 2023: the standoff', month: 'Month 27 of 66 · Mar 2023', panels: ['figures', 'verdict', 'pain', 'events'] },
  { title: 'A settlement', month: 'Month 36 of 66 · Dec 2023', panels: ['figures', 'verdict', 'cash', 'exposure'] },
  { title: 'Why not Google?', month: 'Month 66 of 66 · Jun 2026', panels: ['figures', 'cash', 'exposure', 'events'] },
];

async function openAws(viewport) {
  const opened = await openPage(browser, BASE_URL, viewport ? { viewport } : {});
  await opened.page.selectOption('#preset-select', 'twitter-aws-2023');
  await settle(opened.page);
  return opened;
}

// Polls the address bar (written after a quiet period) until `check` holds.
async function waitForUrl(page, check, what) {
  const deadline = Date.now() + 5000;
  while (!check(page.url())) {
    if (Date.now() > deadline) assert.fail(`the address never ${what}: ${page.url()}`);
    await page.waitForTimeout(50);
  }
}

async function expectStep(page, index) {
  const step = LESSON[index];
  await page.waitForFunction((title) => document.querySelector('[data-testid=step-title]')?.textContent === title, step.title);
  assert.equal(await page.textContent('[data-testid=step-count]'), `Step ${index + 1} of ${LESSON.length}`);
  assert.equal(await page.textContent('[data-testid=presenter-month]'), step.month);
  const panels = await page.$$eval('.presenter [data-panel]', (nodes) => nodes.map((node) => node.dataset.panel));
  assert.deepEqual(panels, step.panels, `panels of step ${index + 1}`);
  await waitForUrl(page, (url) => url.includes(`&view=presenter&step=${index + 1}`), `showed step ${index + 1}`);
}

test('presenter mode, driven by the keyboard through the Twitter vs AWS lesson, survives a reload', async () => {
  const { page, problems } = await openAws({ width: 1920, height: 1080 });
  await page.focus('[data-testid=enter-presenter]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=presenter]');
  assert.equal(await page.locator('.editor-panel').count(), 0, 'the editor is hidden');
  await expectStep(page, 0);
  // F asks for full screen and F again leaves it; whether the browser grants it or not,
  // nothing else changes and no error reaches the console.
  await page.keyboard.press('f');
  await page.waitForTimeout(200);
  await page.keyboard.press('f');
  await page.waitForTimeout(200);
  await expectStep(page, 0);

  await page.keyboard.press('PageDown');
  await expectStep(page, 1);
  await page.keyboard.press('n');
  await expectStep(page, 2);
  // The month keys still move the timeline inside a step: 23 → 24 → 23 (1-based; index 23 in
  // the link).
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('[data-testid=presenter-month]')?.textContent === 'Month 24 of 66 · Dec 2022');
  await waitForUrl(page, (url) => url.includes('&m=23&view=presenter&step=3'), 'followed the month key');
  await page.keyboard.press('ArrowLeft');
  await expectStep(page, 2);
  for (let index = 3; index < LESSON.length; index += 1) {
    await page.keyboard.press('PageDown');
    await expectStep(page, index);
    if (index === 4 && SCREENS) {
      await settle(page);
      await page.screenshot({ path: join(SCREENS, 'presenter-1920x1080.png') });
    }
  }
  // Past the last step nothing moves; back with P and Page Up.
  await page.keyboard.press('PageDown');
  await expectStep(page, LESSON.length - 1);
  await page.keyboard.press('p');
  await page.keyboard.press('PageUp');
  await expectStep(page, 4);

  // Space plays and pauses.
  await page.keyboard.press(' ');
  await page.waitForSelector('[data-testid=presenter-pause]');
  await page.keyboard.press(' ');
  await page.waitForSelector('[data-testid=presenter-play]');
  await page.keyboard.press('PageUp');
  await expectStep(page, 3);

  // ? shows the keys in a dialog; Esc closes it and stays in presenter mode.
  await page.keyboard.press('?');
  await page.waitForSelector('[data-testid=keys-dialog]');
  assert.match(await page.textContent('[data-testid=keys-dialog]'), /Page Down/);
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid=keys-dialog]', { state: 'detached' });
  assert.equal(await page.locator('[data-testid=presenter]').count(), 1);

  // A reload opens the same step of presenter mode.
  await page.reload();
  await page.waitForSelector('[data-testid=presenter]');
  await expectStep(page, 3);

  // R goes back to the first step; Esc leaves presenter mode and the link forgets the view.
  await page.keyboard.press('r');
  await expectStep(page, 0);
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid=enter-presenter]');
  await waitForUrl(page, (url) => !url.includes('view=') && !url.includes('step='), 'dropped the view');
  assert.deepEqual(problems, []);
  await page.context().close();
});

// Rasterises a QR code's SVG in the page (through an image from a blob URL, as the CSP
// allows) at `scale` pixels a module, and decodes the pixels here with jsQR.
async function decodeQr(page, selector, scale = 6) {
  const { size, base64 } = await page.$eval(selector, async (svg, scale) => {
    const size = svg.viewBox.baseVal.width * scale;
    const xml = new XMLSerializer().serializeToString(svg);
    const url = URL.createObjectURL(new Blob([xml], { type: 'image/svg+xml' }));
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d');
    context.imageSmoothingEnabled = false;
    context.drawImage(image, 0, 0, size, size);
    URL.revokeObjectURL(url);
    const bytes = context.getImageData(0, 0, size, size).data;
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    return { size, base64: btoa(binary) };
  }, scale);
  const pixels = new Uint8ClampedArray(Buffer.from(base64, 'base64'));
  const code = jsQR(pixels, size, size);
  assert.ok(code, `no QR code found in ${selector}`);
  return code.data;
}

test('the QR codes decode to the page\'s own link, in the share panel and in presenter mode', async () => {
  const { page, problems } = await openAws();
  // The default scenario's link may be written before the preset's: wait for the preset's
  // (long) link, as the QR code already shows it.
  await waitForUrl(page, (url) => url.length > 1000, 'got the preset');
  await page.click('[data-testid=share-qr] summary');
  await settle(page);
  const shared = await decodeQr(page, '[data-testid=share-qr] svg');
  assert.equal(shared, page.url());
  // The code is dark on light: its first pixel (quiet zone) is white.
  assert.equal(await page.$eval('[data-testid=share-qr] svg rect', (rect) => rect.getAttribute('fill')), '#ffffff');

  await page.click('[data-testid=enter-presenter]');
  await waitForUrl(page, (url) => url.includes('view=presenter&step=1'), 'entered presenter mode');
  await page.keyboard.press('q');
  await page.waitForSelector('[data-testid=qr-dialog] svg');
  const presented = await decodeQr(page, '[data-testid=qr-dialog] svg');
  assert.equal(presented, page.url());
  assert.match(presented, /&view=presenter&step=1$/);
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid=qr-dialog]', { state: 'detached' });
  assert.deepEqual(problems, []);
  await page.context().close();
});

// The number of pages of a PDF made by Chromium: page objects (`/Type /Page`, not the
// `/Pages` tree), checked against the page tree's `/Count`.
function pageCount(pdf) {
  const text = pdf.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  const count = /\/Type\s*\/Pages[^>]*?\/Count\s+(\d+)/s.exec(text) ?? /\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages/s.exec(text);
  if (count) assert.equal(Number(count[1]), pages, 'page objects and /Count agree');
  return pages;
}

test('the Print button prints the current link even right after a change, not the previous one', async () => {
  const { page, problems } = await openPage(browser, BASE_URL);
  // Record what the page shows when the dialog would open, instead of opening it.
  await page.evaluate(() => {
    window.print = () => {
      window.printed = {
        link: document.querySelector('[data-testid=handout-link]')?.textContent ?? '',
        address: window.location.href,
      };
    };
  });
  const before = page.url();
  // Choose a preset (the page opens on Twitter vs AWS) and print at once, well inside the
  // link's 300 ms quiet period.
  await page.selectOption('#preset-select', 'twitter-google-2023');
  await page.click('[data-testid=print-handout]');
  await page.waitForFunction(() => window.printed !== undefined);
  const printed = await page.evaluate(() => window.printed);
  assert.notEqual(printed.address, before, 'the address bar was written before printing');
  assert.equal(printed.link, printed.address, 'the handout prints the link of what is shown');
  assert.equal(vendorPatch(patchOf(printed.link)).vendor?.name, 'Google Cloud', `the Google preset's link, not the previous one: ${printed.link}`);
  assert.deepEqual(problems, []);
});

test('the printed handout is one A4 page and one Letter page with the figures, the charts and the QR code', async () => {
  const { page, problems } = await openAws();
  // The address bar gets the preset's link after its quiet period.
  await waitForUrl(page, (url) => url.length > 1000, 'got the preset');
  await page.emulateMedia({ media: 'print' });
  await settle(page);
  // What prints: the handout head with the key figures, the two charts, the foot with the
  // event log cut to fit, the link and its QR code; no control of the screen.
  assert.ok(await page.isVisible('[data-testid=handout-head]'));
  for (const id of ['arrears', 'billed-unpaid', 'shortfall-accrued', 'customer-vs-baseline', 'customer-npv']) {
    assert.match(await page.textContent(`[data-testid=handout-${id}]`), /\d/, id);
  }
  assert.equal(await page.locator('.print-chart canvas:visible').count(), 2);
  assert.ok(await page.isVisible('[data-testid=handout-foot] [data-testid=qr-code]'));
  const more = await page.textContent('[data-testid=handout-more]');
  assert.match(more, /^…and \d+ more$/);
  assert.equal(await page.textContent('[data-testid=handout-link]'), page.url());
  for (const hidden of ['.editor-panel', '.timeline', '[data-testid=enter-presenter]', '[data-testid=share]']) {
    assert.equal(await page.isVisible(hidden), false, `${hidden} is hidden in print`);
  }
  const printedQr = await decodeQr(page, '[data-testid=handout-foot] svg');
  assert.equal(printedQr, page.url());

  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format, printBackground: true });
    assert.equal(pageCount(pdf), 1, `${format}: one page`);
  }
  if (SCREENS) {
    // A4 at 96 px per inch: 794 × 1123 CSS pixels.
    await page.setViewportSize({ width: 794, height: 1123 });
    await settle(page);
    await page.screenshot({ path: join(SCREENS, 'handout-a4-print.png'), fullPage: true });
  }
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('the handout of several vendors prints whom to pay first and still fits one A4 page and one Letter page', async () => {
  const { page, problems } = await openPage(browser, BASE_URL);
  await page.selectOption('#preset-select', 'twitter-two-clouds-2023');
  await waitForUrl(page, (url) => url.length > 1000, 'got the preset');
  await page.emulateMedia({ media: 'print' });
  await settle(page);
  assert.ok(await page.isVisible('[data-testid=handout-triage]'), 'the triage prints');
  assert.match(await page.textContent('[data-testid=handout-triage]'), /Pay Google Cloud first/);
  const ranked = await page.$$eval('[data-testid=handout-triage-table] tbody th', (ths) => ths.map((th) => th.textContent));
  assert.deepEqual(ranked, ['Google Cloud', 'AWS']);
  // The screen's vendors panel does not print; the handout's triage stands in for it.
  assert.equal(await page.isVisible('[data-testid=vendors-panel]'), false);
  assert.equal(await page.locator('.print-chart canvas:visible').count(), 2);
  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format, printBackground: true });
    assert.equal(pageCount(pdf), 1, `${format}: one page`);
  }
  if (SCREENS) {
    await page.setViewportSize({ width: 794, height: 1123 });
    await settle(page);
    await page.screenshot({ path: join(SCREENS, 'handout-vendors-a4-print.png'), fullPage: true });
  }
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('printing from presenter mode gives the same one-page handout, not the presenter screen', async () => {
  const { page, problems } = await openAws({ width: 1920, height: 1080 });
  await page.click('[data-testid=enter-presenter]');
  await page.waitForSelector('[data-testid=lesson-step]');
  await page.keyboard.press('PageDown');
  // The link (in the address bar, the handout and its QR code) is rebuilt after a quiet
  // period; print once it shows step 2, as a teacher would a moment after the key.
  await waitForUrl(page, (url) => url.includes('&view=presenter&step=2'), 'showed step 2');
  await settle(page);
  // On screen the handout is invisible and out of the accessibility tree.
  assert.equal(await page.isVisible('[data-testid=handout-head]'), false);
  assert.equal(await page.isVisible('[data-testid=presenter-handout] canvas'), false);

  await page.emulateMedia({ media: 'print' });
  await settle(page);
  assert.equal(await page.isVisible('[data-testid=presenter]'), false, 'the presenter screen does not print');
  assert.ok(await page.isVisible('[data-testid=handout-head]'));
  // Step 2 of the lesson is December 2021, month index 11: the handout shows that month.
  assert.equal(await page.textContent('.handout-month'), 'Month 12 of 66 · Dec 2021');
  for (const id of ['arrears', 'billed-unpaid', 'shortfall-accrued', 'customer-vs-baseline', 'customer-npv']) {
    assert.match(await page.textContent(`[data-testid=handout-${id}]`), /\d/, id);
  }
  // Both charts print, drawn (not blank).
  assert.equal(await page.locator('[data-testid=presenter-handout] .print-chart canvas:visible').count(), 2);
  const drawn = await page.$$eval('[data-testid=presenter-handout] .print-chart canvas', (canvases) => canvases.map((canvas) => {
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200)) ink += 1;
    return canvas.width > 0 && ink > 100;
  }));
  assert.deepEqual(drawn, [true, true]);
  assert.ok(await page.isVisible('[data-testid=handout-foot] [data-testid=qr-code]'));
  const printedQr = await decodeQr(page, '[data-testid=handout-foot] svg');
  assert.equal(printedQr, await page.textContent('[data-testid=handout-link]'));
  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format, printBackground: true });
    assert.equal(pageCount(pdf), 1, `${format}: one page`);
  }
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('presenter mode, its keys dialog and its QR code have no axe violations', async () => {
  const opened = await openPage(browser, BASE_URL, { ...axeContext, viewport: { width: 1920, height: 1080 } });
  const { page, problems } = opened;
  await page.selectOption('#preset-select', 'twitter-aws-2023');
  await page.click('[data-testid=enter-presenter]');
  await page.waitForSelector('[data-testid=lesson-step]');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await settle(page);
  await expectNoAxeViolations(page, 'presenter mode');
  await page.keyboard.press('?');
  await page.waitForSelector('[data-testid=keys-dialog]');
  await expectNoAxeViolations(page, 'the keys dialog');
  await page.keyboard.press('Escape');
  await page.keyboard.press('q');
  await page.waitForSelector('[data-testid=qr-dialog]');
  await expectNoAxeViolations(page, 'the QR code dialog');
  assert.deepEqual(problems, []);
  await page.context().close();
});
