// Standoff links built and read independently of the app, with node's own zlib, exactly as
// docs/link-format.md §5 describes (merge patch against the base document of its version →
// raw DEFLATE → base64url). The journeys write version-1 links, which every later version
// keeps opening, and read the version-2 links the app writes.
import { deflateRawSync, inflateRawSync } from 'node:zlib';

// The fragment (with '#') for a merge patch against the v1 base document.
export function linkFragment(patch) {
  const raw = deflateRawSync(Buffer.from(JSON.stringify(patch), 'utf8'), { level: 9 });
  return `#s=v1.${raw.toString('base64url')}`;
}

// The merge patch a page URL carries, or null when it carries no readable v2 link.
export function patchOf(url) {
  const hash = new URL(url).hash;
  const match = /^#s=v2\.([A-Za-z0-9_-]+)/.exec(hash);
  if (!match) return null;
  try {
    return JSON.parse(inflateRawSync(Buffer.from(match[1], 'base64url')).toString('utf8'));
  } catch {
    return null; // a damaged link, e.g. one just pasted that the app is about to replace
  }
}

// Waits until the page's URL carries a link whose patch satisfies `check` (the app writes
// the URL after a quiet period of about 300 ms).
export async function waitForPatch(page, check, timeout = 5000) {
  const deadline = Date.now() + timeout;
  let last = null;
  while (Date.now() < deadline) {
    last = patchOf(page.url());
    if (last && check(last)) return last;
    await page.waitForTimeout(50);
  }
  throw new Error(`the URL never carried the expected link; last patch: ${JSON.stringify(last)}`);
}

// The patch of the `k`-th vendor in a v2 patch (an empty object when the patch leaves that
// vendor as the base's first vendor, or names no vendors).
export function vendorPatch(patch, k = 0) {
  return patch?.vendors?.[k] ?? {};
}
