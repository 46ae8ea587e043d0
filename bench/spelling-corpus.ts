/**
 * False alarms of the spelling/ family on published copy: lints the BBC corpus
 * (edited British English, so nearly every finding is a false alarm) with
 * dialect en-GB and prints warnings per 1,000 words, next to a cspell-style
 * check (cspell's en-GB trie, case-insensitive, words of 4+ letters, as the
 * Code Spell Checker extension does by default) on the same words.
 *
 *   npx tsx bench/spelling-corpus.ts [corpus dir] [--top N]
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { lintDocument } from '../src/engine/lint';
import { spellerFor } from '../src/engine/dictionary/speller';
import { spellingRules } from '../src/rules/spelling';
import { draftNamesOf } from '../src/engine/spelling/analysis';
import { DEFAULT_CONFIG } from '../src/engine/config';
import { WorkspaceNames } from '../src/engine/workspace-names';
import { listCorpusFiles } from './lib/corpus';

const args = process.argv.slice(2);
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--top') ?? join(__dirname, '..', '..', 'shared', 'corpus', 'bbc-news');
const topIndex = args.indexOf('--top');
const top = topIndex >= 0 ? Number(args[topIndex + 1]) : 15;

async function main(): Promise<void> {
  const paths = listCorpusFiles(dir);
  const rssBefore = process.memoryUsage().rss;
  const loadStart = performance.now();
  lintDocument('Warm the dictionary.', { rules: spellingRules, config: { dialect: 'en-GB' } });
  const loadMs = performance.now() - loadStart;
  const rssLoaded = process.memoryUsage().rss;

  const byRule = new Map<string, number>();
  const byWord = new Map<string, number>();
  let words = 0;
  let lintMs = 0;
  let modelMs = 0;
  const texts: string[] = [];
  for (const path of paths) {
    const text = readFileSync(path, 'utf8');
    texts.push(text);
    const modelStart = performance.now();
    lintDocument(text, { filePath: path, rules: [], config: { dialect: 'en-GB' } });
    const started = performance.now();
    const result = lintDocument(text, { filePath: path, rules: spellingRules, config: { dialect: 'en-GB' } });
    lintMs += performance.now() - started;
    modelMs += started - modelStart;
    words += result.model.words.length;
    for (const f of result.findings) {
      if (f.level === 'info') continue;
      byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
      const key = `${f.ruleId} ${text.slice(f.start, f.end)}`;
      byWord.set(key, (byWord.get(key) ?? 0) + 1);
    }
  }
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const warnings = [...byRule.values()].reduce((a, b) => a + b, 0);

  console.log(`corpus: ${paths.length} files, ${words} words (${dir}); machine load average ${loadavg()[0].toFixed(1)}`);
  console.log(`dictionary cold load (en-GB, first lint): ${loadMs.toFixed(0)} ms, RSS +${((rssLoaded - rssBefore) / 1e6).toFixed(0)} MB; peak RSS of the whole run ${(peakRss / 1e6).toFixed(0)} MB`);
  const spellingMs = Math.max(1, lintMs - modelMs);
  console.log(`text model + spelling rules: ${lintMs.toFixed(0)} ms, ${(words / (lintMs / 1000) / 1e6).toFixed(2)} M words/s (one core)`);
  console.log(`spelling rules alone (minus the text model): ${spellingMs.toFixed(0)} ms, ${(words / (spellingMs / 1000) / 1e6).toFixed(2)} M words/s`);
  console.log(`copydesk spelling/* warnings: ${warnings}  = ${((warnings / words) * 1000).toFixed(3)} per 1,000 words`);
  for (const [rule, n] of byRule) console.log(`  ${rule}: ${n}`);

  // Suggestions are computed only for reported words: time them as a quick-fix menu would.
  const speller = spellerFor('en-GB', []);
  const reported = [...byWord.keys()].filter((k) => k.startsWith('spelling/unknown-word ')).map((k) => k.slice('spelling/unknown-word '.length));
  for (const edits of [1, 2]) {
    const times = reported.map((word) => {
      const started = performance.now();
      speller.suggest(word, 5, edits);
      return performance.now() - started;
    });
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]?.toFixed(2);
    console.log(`suggestions within ${edits} edit(s) for ${times.length} reported words: median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);
  }

  // The same words through cspell's own en-GB trie, the way Code Spell Checker
  // judges them by default: case-insensitive, words of four letters or more.
  const lib = await import('cspell-trie-lib');
  const trieText = gunzipSync(readFileSync(join(__dirname, '..', 'node_modules', '@cspell', 'dict-en-gb', 'en_GB.trie.gz'))).toString('utf8');
  const trie = lib.importTrie(trieText.split('\n'));
  const cspellKnown = (w: string) => {
    const word = w.replace(/[’‘]/g, "'").replace(/'s$/i, '');
    return word.length < 4 || /^[\p{Lu}]+$/u.test(word) || lib.has(trie, word) || lib.has(trie, '~' + word.toLowerCase());
  };
  let cspellFlagged = 0;
  for (const text of texts) {
    for (const w of lintDocument(text, { rules: [], config: { dialect: 'en-GB' } }).model.words) if (!cspellKnown(w.text)) cspellFlagged++;
  }
  // The CLI indexes the names of every draft it checks together; lint the
  // corpus that way too and show what the other drafts changed.
  const workspace = new WorkspaceNames();
  const indexStart = performance.now();
  const gb = { ...DEFAULT_CONFIG, dialect: 'en-GB' as const };
  paths.forEach((path, i) => {
    const { names, people } = draftNamesOf(lintDocument(texts[i], { filePath: path, rules: [], config: gb }).model, gb);
    workspace.setDraft(path, names, people);
  });
  const indexMs = performance.now() - indexStart;
  const withWorkspace = new Map<string, number>();
  const changes: string[] = [];
  paths.forEach((path, i) => {
    const text = texts[i];
    const alone = lintDocument(text, { filePath: path, rules: spellingRules, config: { dialect: 'en-GB' } }).findings.filter((f) => f.level !== 'info');
    const together = lintDocument(text, { filePath: path, rules: spellingRules, config: { dialect: 'en-GB' }, workspace }).findings.filter((f) => f.level !== 'info');
    for (const f of together) withWorkspace.set(f.ruleId, (withWorkspace.get(f.ruleId) ?? 0) + 1);
    const describe = (f: (typeof alone)[number]) => `${f.ruleId} ${text.slice(f.start, f.end)} → ${f.fixes[0]?.edits[0]?.text ?? ''}`;
    const before = new Set(alone.map(describe));
    const after = new Set(together.map(describe));
    for (const d of after) if (!before.has(d)) changes.push(`  + ${d}  (${path.slice(dir.length + 1)})`);
    for (const d of before) if (!after.has(d)) changes.push(`  - ${d}  (${path.slice(dir.length + 1)})`);
  });
  const together = [...withWorkspace.values()].reduce((a, b) => a + b, 0);
  console.log(`with the workspace's names (${workspace.draftCount} drafts indexed in ${indexMs.toFixed(0)} ms): spelling/* warnings ${together}  = ${((together / words) * 1000).toFixed(3)} per 1,000 words`);
  for (const [rule, n] of withWorkspace) console.log(`  ${rule}: ${n}`);
  console.log(`findings the other drafts added (+) or removed (-):`);
  for (const line of changes) console.log(line);

  console.log(`cspell en-GB trie (Code Spell Checker defaults) unknown words: ${cspellFlagged}  = ${((cspellFlagged / words) * 1000).toFixed(3)} per 1,000 words`);
  console.log(`most frequent findings:`);
  for (const [key, n] of [...byWord].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${n}  ${key}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
