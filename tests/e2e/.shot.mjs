import { launch } from '/work/main/tests/e2e/browser.mjs';
const browser = await launch();
const [url, out, w, h, dpr] = process.argv.slice(2);
const ctx = await browser.newContext({ viewport: { width: +w, height: +h }, deviceScaleFactor: +(dpr||1) });
const page = await ctx.newPage();
page.on('console', m => { if (m.type()==='error') console.log('console error', m.text()); });
await page.goto(url); await page.waitForTimeout(1500);
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
