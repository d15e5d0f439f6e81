import { launch } from './browser.mjs';
const b = await launch();
for (const [w,h,name] of [[1280,900,'first1280'],[390,844,'first390']]) {
  const c = await b.newContext({ viewport: { width: w, height: h }, locale: 'en-US' });
  const p = await c.newPage(); await p.goto('http://127.0.0.1:8181/'); await p.waitForSelector('canvas[data-chart]'); await p.waitForTimeout(1500);
  await p.screenshot({ path: `/tmp/${name}.png`, fullPage: false });
  if (w === 1280) { const el = await p.$('canvas[data-chart=pain]'); if (el) { await el.scrollIntoViewIfNeeded(); await p.waitForTimeout(800); await el.screenshot({ path: '/tmp/pain.png' }); } console.log(await p.textContent('[data-testid=verdict]')); }
  await c.close();
}
await b.close();
