/**
 * Hand verdicts on quote findings, and the false-alarm rate they give.
 *
 * Verdict files are `bench/verdicts/<family>.tsv`, one format for every family:
 * `corpus  file  rule  offset  token  verdict(true|false)  why`. A finding is judged when a row
 * has its corpus, file, rule and offset. A finding no row judges counts as a false alarm, so a
 * change that raises new findings shows at once as a worse figure until someone reads them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { lintDocument } from '../src/engine/lint';
import { quoteRules } from '../src/rules/quote';
import { countWords, listCorpusFiles } from './lib/corpus';

export const VERDICTS_DIR = join(__dirname, 'verdicts');
/** The quote rules whose false alarms the attribution work answers for (issue 14). */
export const ATTRIBUTION_RULES = ['quote/unattributed', 'quote/unbalanced', 'quote/said-bookism'];
/** Every quote rule scored here: issue 14's target covers the whole family, names rules included. */
export const QUOTE_RULES = [...ATTRIBUTION_RULES, 'quote/anonymous-source', 'quote/speaker-unidentified'];

export interface Verdict {
  corpus: string;
  file: string;
  rule: string;
  offset: number;
  token: string;
  verdict: boolean;
  why: string;
}

export interface QuoteFinding {
  corpus: string;
  file: string;
  rule: string;
  offset: number;
  /** The flagged text's first word or mark: never more of a licensed corpus than that. */
  token: string;
}

const key = (f: { corpus: string; file: string; rule: string; offset: number }) => `${f.corpus}\t${f.file}\t${f.rule}\t${f.offset}`;

/** Every row of every `bench/verdicts/*.tsv`, with a clear message for a malformed one. */
export function readVerdicts(dir = VERDICTS_DIR): Verdict[] {
  const rows: Verdict[] = [];
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.tsv'));
  } catch {
    return rows;
  }
  for (const name of files.sort()) {
    readFileSync(join(dir, name), 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (!line.trim() || line.startsWith('#') || line.startsWith('corpus\t')) return;
        const [corpus, file, rule, offset, token, verdict, ...why] = line.split('\t');
        if (!file || !rule || !/^\d+$/.test(offset ?? '') || (verdict !== 'true' && verdict !== 'false')) {
          throw new Error(`${name}:${index + 1}: expected corpus, file, rule, offset, token, true|false, why separated by tabs`);
        }
        rows.push({ corpus, file, rule, offset: Number(offset), token, verdict: verdict === 'true', why: why.join('\t') });
      });
  }
  return rows;
}

/** The flagged span's first word, or its mark when it opens with one. */
function firstToken(text: string, start: number, end: number): string {
  const flagged = text.slice(start, Math.min(end, start + 40));
  const m = /^["“”‘’'«»]|^[\p{L}\p{N}'’-]+/u.exec(flagged.replace(/^["“‘«]\s*(?=\p{L})/u, ''));
  return m ? m[0] : flagged.slice(0, 1);
}

/** The quote findings on every story of a corpus (`.txt` files), linted as the CLI lints them. */
export function quoteFindings(corpus: string, dir: string, dialect: 'en-US' | 'en-GB'): { findings: QuoteFinding[]; words: number } {
  const findings: QuoteFinding[] = [];
  let words = 0;
  for (const path of listCorpusFiles(dir)) {
    const text = readFileSync(path, 'utf8');
    words += countWords(text);
    const result = lintDocument(text, { filePath: path, config: { dialect }, rules: quoteRules });
    for (const f of result.findings) findings.push({ corpus, file: basename(path), rule: f.ruleId, offset: f.start, token: firstToken(text, f.start, f.end) });
  }
  return { findings, words };
}

export interface RuleScore {
  rule: string;
  findings: number;
  judgedTrue: number;
  judgedFalse: number;
  unjudged: number;
}

/** Findings per rule, split by verdict; `unjudged` are counted as false alarms by the caller. */
export function score(findings: QuoteFinding[], verdicts: Verdict[]): { byRule: RuleScore[]; unjudged: QuoteFinding[] } {
  const byKey = new Map(verdicts.map((v) => [key(v), v]));
  const byRule = new Map<string, RuleScore>();
  const unjudged: QuoteFinding[] = [];
  for (const f of findings) {
    const entry = byRule.get(f.rule) ?? { rule: f.rule, findings: 0, judgedTrue: 0, judgedFalse: 0, unjudged: 0 };
    entry.findings++;
    const v = byKey.get(key(f));
    if (!v) {
      entry.unjudged++;
      unjudged.push(f);
    } else if (v.verdict) entry.judgedTrue++;
    else entry.judgedFalse++;
    byRule.set(f.rule, entry);
  }
  return { byRule: [...byRule.values()].sort((a, b) => a.rule.localeCompare(b.rule)), unjudged };
}

export interface CorpusSpec {
  name: string;
  dir: string;
  dialect: 'en-US' | 'en-GB';
}

export const SHARED_CORPORA: CorpusSpec[] = [
  { name: 'reuters-world', dir: join(__dirname, '..', '..', 'shared', 'corpus', 'reuters-world'), dialect: 'en-US' },
  { name: 'bbc-news', dir: join(__dirname, '..', '..', 'shared', 'corpus', 'bbc-news'), dialect: 'en-GB' },
];

const per1000 = (n: number, words: number) => (n * 1000) / words;

/** One report line per corpus and rule, and the quote family's judged false alarms per 1,000 words (unjudged counted false). */
export function quoteVerdictReport(corpora = SHARED_CORPORA, verdicts = readVerdicts()): { lines: string[]; rates: Record<string, number>; unjudged: QuoteFinding[] } {
  const lines: string[] = [];
  const rates: Record<string, number> = {};
  const unjudged: QuoteFinding[] = [];
  const row = (label: string, r: Omit<RuleScore, 'rule'>, words: number) =>
    `  ${label.padEnd(28)} ${String(r.findings).padStart(5)} ${String(r.judgedTrue).padStart(5)} ${String(r.judgedFalse).padStart(5)} ${String(r.unjudged).padStart(9)} ${per1000(r.judgedFalse + r.unjudged, words).toFixed(3).padStart(9)}`;
  for (const corpus of corpora) {
    const { findings, words } = quoteFindings(corpus.name, corpus.dir, corpus.dialect);
    const scored = score(
      findings.filter((f) => QUOTE_RULES.includes(f.rule)),
      verdicts,
    );
    const byRule = new Map(scored.byRule.map((r) => [r.rule, r]));
    const total = { findings: 0, judgedTrue: 0, judgedFalse: 0, unjudged: 0 };
    lines.push(`${corpus.name}: ${words.toLocaleString('en-GB')} words`);
    lines.push(`  ${'rule'.padEnd(28)} ${'found'.padStart(5)} ${'true'.padStart(5)} ${'false'.padStart(5)} ${'unjudged'.padStart(9)} ${'false/1k'.padStart(9)}`);
    for (const rule of QUOTE_RULES) {
      const r = byRule.get(rule) ?? { rule, findings: 0, judgedTrue: 0, judgedFalse: 0, unjudged: 0 };
      total.findings += r.findings;
      total.judgedTrue += r.judgedTrue;
      total.judgedFalse += r.judgedFalse;
      total.unjudged += r.unjudged;
      lines.push(row(rule, r, words));
    }
    lines.push(row('all quote rules', total, words));
    rates[corpus.name] = per1000(total.judgedFalse + total.unjudged, words);
    lines.push(`  judged false alarms, unjudged counted false: ${total.judgedFalse + total.unjudged} = ${rates[corpus.name].toFixed(3)} per 1,000 words (target < 0.03: ${rates[corpus.name] < 0.03 ? 'met' : 'not met'})`);
    // A verdict whose finding is gone (fixed, or moved to another offset) judges nothing: list it, so a moved finding gets re-judged.
    const found = new Set(findings.map(key));
    const stale = verdicts.filter((v) => v.corpus === corpus.name && QUOTE_RULES.includes(v.rule) && !found.has(key(v)));
    if (stale.length) lines.push(`  verdicts on findings no longer raised: ${stale.length} (${stale.map((v) => `${v.file}@${v.offset}`).join(', ')})`);
    unjudged.push(...scored.unjudged);
  }
  return { lines, rates, unjudged };
}
