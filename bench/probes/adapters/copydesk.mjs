// Copydesk as shipped: the esbuild bundle dist/index.js, every registered rule.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let copydesk;

export const name = 'copydesk';

export function version() {
  return require('../../../package.json').version;
}

export async function setup() {
  // run.ts points this at a snapshot of dist/ taken when the run starts.
  copydesk = require(process.env.COPYDESK_BENCH_DIST ? `${process.env.COPYDESK_BENCH_DIST}/index.js` : '../../../dist/index.js');
}

export function rulesInfo() {
  return copydesk.allRules.map((rule) => rule.meta.id);
}

const OPTIONS = { languageId: 'plaintext', filePath: 'draft.txt', config: { dialect: 'en-GB' } };

/** Families of the findings (quote, spelling, date, copydesk for the engine's own). */
export function check(text) {
  return copydesk.lint(text, OPTIONS).map((f) => f.ruleId.slice(0, f.ruleId.indexOf('/')));
}
