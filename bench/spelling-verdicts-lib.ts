import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { mergeConfig, DEFAULT_CONFIG, type CopydeskConfig } from '../src/engine/config';
import { lintDocument } from '../src/engine/lint';
import { draftNamesOf } from '../src/engine/spelling/analysis';
import { draftDialect } from '../src/engine/spelling/dialect';
import { WorkspaceNames } from '../src/engine/workspace-names';
import { spellingRules } from '../src/rules/spelling';
import { countWords, listCorpusFiles } from './lib/corpus';

/**
 * Hand judgements of findings on a shared corpus, one a line:
 * `corpus  file  rule  offset  token  verdict(true|false)  why`. A finding is
 * matched by file, offset and token: the rule that reports a slip may change
 * without the slip being missed.
 */
export interface Judgement {
  corpus: string;
  file: string;
  rule: string;
  offset: number;
  token: string;
  real: boolean;
  why: string;
}

export function readJudgements(path: string, corpus: string): Judgement[] {
  if (!existsSync(path)) return [];
  const judgements: Judgement[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('corpus\t') || line.startsWith('#')) continue;
    const [c, file, rule, offset, token, verdict, why = ''] = line.split('\t');
    if (c !== corpus) continue;
    if (verdict !== 'true' && verdict !== 'false') throw new Error(`${path}: verdict must be true or false, not "${verdict}" (${file} ${offset})`);
    judgements.push({ corpus: c, file, rule, offset: Number(offset), token, real: verdict === 'true', why });
  }
  return judgements;
}

/** A desk's words file: one accepted spelling a line, `#` comments. */
export function readDeskWords(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

export interface SpellingFinding {
  file: string;
  rule: string;
  offset: number;
  token: string;
  fix: string;
}

export interface VerdictFigures {
  words: number;
  findings: SpellingFinding[];
  /** Findings judged real slips, judged false alarms, and not judged (counted as false). */
  real: number;
  falseAlarms: number;
  unjudged: SpellingFinding[];
  falseAlarmsPer1000Words: number;
  /** Judged real slips the spelling rules still report, of all judged real slips. */
  recall: number;
  judgedReal: number;
  missed: Judgement[];
  /** Stories with at least one dialect finding (a spelling from the other side of a pair). */
  storiesWithDialectFindings: number;
  dialectFindings: number;
  /** Dialect findings in stories that also use the spelling the finding asks for: real mixes, not a story consistent in the other dialect. */
  mixes: number;
}

const keyOf = (file: string, offset: number, token: string) => `${file}\t${offset}\t${token}`;

/**
 * Lints every story of `corpusDir` with the spelling rules, as the CLI checks
 * a folder (one workspace of names), and scores the warnings against the
 * judgements for `corpus`.
 */
export function measureSpellingVerdicts(corpusDir: string, corpus: string, verdictsFile: string, settings: Partial<CopydeskConfig>): VerdictFigures {
  const config = mergeConfig(DEFAULT_CONFIG, settings);
  const paths = listCorpusFiles(corpusDir);
  const texts = paths.map((path) => readFileSync(path, 'utf8'));
  const workspace = new WorkspaceNames();
  paths.forEach((path, i) => {
    const { names, people } = draftNamesOf(lintDocument(texts[i], { filePath: path, rules: [], config }).model, config);
    workspace.setDraft(path, names, people);
  });
  const findings: SpellingFinding[] = [];
  let words = 0;
  const dialectStories = new Set<string>();
  let dialectFindings = 0;
  let mixes = 0;
  const auto = { ...config, dialect: 'auto' as const };
  paths.forEach((path, i) => {
    const text = texts[i];
    words += countWords(text);
    const { findings: found, model } = lintDocument(text, { filePath: path, rules: spellingRules, config, workspace });
    const votes = draftDialect(model, auto);
    for (const f of found) {
      if (f.level === 'info' || f.level === 'hint') continue;
      const file = basename(path);
      findings.push({ file, rule: f.ruleId, offset: f.start, token: text.slice(f.start, f.end), fix: f.fixes[0]?.edits[0]?.text ?? '' });
      const dialect = / is not (en-US|en-GB) spelling[;,]/.exec(f.message);
      if (dialect) {
        dialectStories.add(file);
        dialectFindings++;
        if ((dialect[1] === 'en-US' ? votes.american : votes.british) > 0) mixes++;
      }
    }
  });
  const judgements = readJudgements(verdictsFile, corpus);
  const byKey = new Map(judgements.map((j) => [keyOf(j.file, j.offset, j.token), j]));
  const reported = new Set<string>();
  let real = 0;
  let falseAlarms = 0;
  const unjudged: SpellingFinding[] = [];
  for (const f of findings) {
    const key = keyOf(f.file, f.offset, f.token);
    reported.add(key);
    const judgement = byKey.get(key);
    if (!judgement) unjudged.push(f);
    else if (judgement.real) real++;
    else falseAlarms++;
  }
  const realJudgements = judgements.filter((j) => j.real);
  const missed = realJudgements.filter((j) => !reported.has(keyOf(j.file, j.offset, j.token)));
  return {
    words,
    findings,
    real,
    falseAlarms,
    unjudged,
    falseAlarmsPer1000Words: ((falseAlarms + unjudged.length) / words) * 1000,
    recall: realJudgements.length ? (realJudgements.length - missed.length) / realJudgements.length : NaN,
    judgedReal: realJudgements.length,
    missed,
    storiesWithDialectFindings: dialectStories.size,
    dialectFindings,
    mixes,
  };
}

const ROOT = join(__dirname, '..');

/** Where the shared Reuters corpus, the verdicts and the Reuters desk's words file live. */
export const REUTERS = {
  corpus: 'reuters-world',
  dir: join(ROOT, '..', 'shared', 'corpus', 'reuters-world'),
  verdicts: join(__dirname, 'verdicts', 'spelling.tsv'),
  deskWords: join(__dirname, 'desks', 'reuters', 'words.txt'),
};
