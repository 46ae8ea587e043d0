/**
 * Recall of the spelling rules on planted errors: frequent misspellings,
 * single-letter slips in ordinary words, one-letter slips in names that occur
 * more than once, and one-letter slips in names the article uses once but two
 * or more other articles use (the corpus checked as one workspace). Fixed
 * seed; prints found % and right-first-suggestion %. Without a corpus
 * argument, British copy (the BBC corpus, en-GB) and then American wire copy
 * (reuters-world, default dialect, the Reuters desk's words file).
 *
 *   npx tsx bench/spelling-recall.ts [corpus dir] [articles]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDataLines } from '../src/engine/dictionary/files';
import { DEFAULT_CONFIG, mergeConfig, type CopydeskConfig, type Dialect } from '../src/engine/config';
import { lintDocument } from '../src/engine/lint';
import { WorkspaceNames } from '../src/engine/workspace-names';
import { draftNamesOf } from '../src/engine/spelling/analysis';
import { listCorpusFiles } from './lib/corpus';
import { measureRecall, PLANT_KINDS } from './spelling-recall-lib';
import { readDeskWords, REUTERS } from './spelling-verdicts-lib';

const dir = process.argv[2] ?? join(__dirname, '..', '..', 'shared', 'corpus', 'bbc-news');
const limit = Number(process.argv[3] ?? 400);

export function misspellingsByWord(): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of readDataLines('misspellings')) {
    const [wrong, entries] = line.split('\t');
    const general = entries.split('|').find((e) => e.startsWith('*:'))?.slice(2);
    if (general && !general.includes(',') && /^[a-z]+$/.test(wrong) && !map.has(general)) map.set(general, wrong);
  }
  return map;
}

/** Plants errors in `limit` articles of `corpus`, every article of it being the workspace, and prints the figures. */
function section(title: string, corpus: string, dialect: Dialect, settings: Partial<CopydeskConfig>): void {
  const all = listCorpusFiles(corpus);
  const step = Math.max(1, Math.floor(all.length / limit));
  const sample = all.filter((_, i) => i % step === 0).slice(0, limit);
  const articles = sample.map((p) => readFileSync(p, 'utf8'));
  // The whole corpus is the workspace, as when the CLI checks it in one run.
  const names = new WorkspaceNames();
  const config = mergeConfig(DEFAULT_CONFIG, settings);
  for (const path of all) {
    const { names: found, people } = draftNamesOf(lintDocument(readFileSync(path, 'utf8'), { filePath: path, rules: [], config }).model, config);
    names.setDraft(path, found, people);
  }
  const r = measureRecall(articles, misspellingsByWord(), 20250716, { names, ids: sample }, { dialect, config: settings });
  let planted = 0;
  let found = 0;
  let first = 0;
  console.log(title);
  for (const kind of PLANT_KINDS) {
    if (r.planted[kind] === 0) continue;
    planted += r.planted[kind];
    found += r.found[kind];
    first += r.firstRight[kind];
    console.log(`${kind.padEnd(9)} planted ${r.planted[kind]}  found ${((100 * r.found[kind]) / r.planted[kind]).toFixed(1)}%  first suggestion right ${((100 * r.firstRight[kind]) / r.planted[kind]).toFixed(1)}%`);
  }
  console.log(`all       planted ${planted}  found ${((100 * found) / planted).toFixed(1)}%  first suggestion right ${((100 * first) / planted).toFixed(1)}%`);
}

section(`British copy (${dir}, en-GB)`, dir, 'en-GB', { dialect: 'en-GB' });
// American wire copy, with its desk's words and the default dialect (each story its own).
if (!process.argv[2]) section(`\nAmerican copy (${REUTERS.dir}, dialect auto, the Reuters desk's words)`, REUTERS.dir, 'en-US', { words: readDeskWords(REUTERS.deskWords) });
