// Accessibility scans with axe-core (node_modules/axe-core, installed by `npm ci`): injects
// axe into the page and fails with a readable list of every WCAG 2.x A/AA violation. The page
// must be opened with `bypassCSP: true` (see `axeContext`), because the app's
// Content-Security-Policy rightly refuses the injected script.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

// Context options for a page that will be scanned.
export const axeContext = { bypassCSP: true };

// WCAG 2.0, 2.1 and 2.2, levels A and AA.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Runs axe on the whole page (or on `selector`) and asserts there is no violation. `what`
// names the screen in the failure message. One line per screen, e.g.
// `await expectNoAxeViolations(page, 'presenter mode')`.
export async function expectNoAxeViolations(page, what, selector = 'html') {
  const present = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!present) await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async ({ selector, tags }) => {
    const result = await window.axe.run(document.querySelector(selector), {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')} — ${node.failureSummary}`),
    }));
  }, { selector, tags: TAGS });
  const report = violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.join('\n    ')}`)
    .join('\n');
  assert.equal(violations.length, 0, `axe found violations on ${what}:\n${report}`);
}
