// axe-core in the page under test: every WCAG 2.1 A and AA rule, plus axe's best practices for
// landmarks and headings. A violation fails with the rule, the elements and what to do.

import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const AXE = createRequire(import.meta.url).resolve('axe-core');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** The violations axe finds in the page as it is now. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ path: AXE });
  }
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({
      rule: v.id,
      help: v.help,
      elements: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`),
    }));
  }, TAGS);
}

/** Fails, saying where and why, if axe finds anything in the page as it is now. */
export async function expectNoAxeViolations(page, label) {
  const violations = await axeViolations(page);
  const described = violations
    .map((v) => `${v.rule} (${v.help}):\n    ${v.elements.join('\n    ')}`)
    .join('\n  ');
  assert.equal(violations.length, 0, `${label}:\n  ${described}`);
}
