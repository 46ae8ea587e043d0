import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/index';
import { allRules } from '../../../src/rules';

// The interface is written in American English. A spelling it quotes (`centre` in an American
// draft, "colour" as the British example) follows the draft; its own words never do.
const BRITISH = /\b(?:spelt|misspelt|capitalis\w*|colour\w*|organis\w*|recognis\w*|judgement|cancell(?:ed|ing)|neighbour\w*|behaviour\w*|favour\w*|emphasis(?:e|ed|es)|analys(?:e|ed|es|ing))\b/i;
/** Text in quotation marks or backticks is a quoted spelling, not the interface's own words. */
const unquoted = (text: string) => text.replace(/`[^`]*`|“[^”]*”|"[^"]*"|‘[^’]*’|\\"[^"]*\\"/g, '');

function assertAmerican(where: string, text: string): void {
  const match = BRITISH.exec(unquoted(text));
  assert.equal(match, null, `${where}: British "${match?.[0]}" in: ${text}`);
}

function stringsIn(value: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => stringsIn(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) stringsIn(v, `${path}.${k}`, out);
  return out;
}

describe('the interface in one English (American)', () => {
  it('rule descriptions and rationales', () => {
    for (const rule of allRules) {
      assertAmerican(`${rule.meta.id} description`, rule.meta.description);
      assertAmerican(`${rule.meta.id} rationale`, rule.meta.rationale);
    }
  });

  it('settings, commands and descriptions in package.json', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
    for (const [path, text] of stringsIn({ description: manifest.description, contributes: manifest.contributes, capabilities: manifest.capabilities }, 'package.json', [])) assertAmerican(path, text);
  });

  it('messages and fix titles on the example drafts, in both dialects', () => {
    for (const file of readdirSync('examples').filter((f) => f.endsWith('.md'))) {
      const text = readFileSync(join('examples', file), 'utf8');
      for (const dialect of ['en-US', 'en-GB'] as const) {
        for (const finding of analyze(text, { filePath: file, config: { dialect, style: 'ap' } }).findings) {
          assertAmerican(`${file} ${finding.ruleId}`, finding.message);
          for (const fix of finding.fixes) assertAmerican(`${file} ${finding.ruleId} fix`, fix.title);
        }
      }
    }
  });

  it('the rule documentation pages the editor opens', () => {
    for (const family of readdirSync('docs/rules')) {
      for (const page of readdirSync(join('docs/rules', family))) assertAmerican(`docs/rules/${family}/${page}`, readFileSync(join('docs/rules', family, page), 'utf8'));
    }
  });
});
