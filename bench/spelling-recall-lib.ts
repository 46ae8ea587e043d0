import type { CopydeskConfig, Dialect } from '../src/engine/config';
import { lintDocument } from '../src/engine/lint';
import { spellerFor } from '../src/engine/dictionary/speller';
import { spellingRules } from '../src/rules/spelling';
import type { WorkspaceNames } from '../src/engine/workspace-names';

/** Small seeded generator (mulberry32), so every run plants the same errors. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type PlantKind = 'common' | 'slip' | 'name' | 'workspace';
export const PLANT_KINDS: PlantKind[] = ['common', 'slip', 'name', 'workspace'];

export interface RecallResult {
  planted: Record<PlantKind, number>;
  found: Record<PlantKind, number>;
  firstRight: Record<PlantKind, number>;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function slip(word: string, rnd: () => number): string {
  const i = 1 + Math.floor(rnd() * (word.length - 2));
  const kind = Math.floor(rnd() * 4);
  const letter = LETTERS[Math.floor(rnd() * 26)];
  if (kind === 0) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  if (kind === 1) return word.slice(0, i) + word.slice(i + 1);
  if (kind === 2) return word.slice(0, i) + letter + word.slice(i);
  return word.slice(0, i) + letter + word.slice(i + 1);
}

/** The corpus indexed as one workspace, and each article's id in it. */
export interface RecallWorkspace {
  names: WorkspaceNames;
  ids: string[];
}

const zero = (): Record<PlantKind, number> => ({ common: 0, slip: 0, name: 0, workspace: 0 });

/**
 * Plants one error of `kind` in a copy of each article and checks whether the
 * spelling rules report it and whether the first fix restores the word.
 * `misspellings` maps a correct word to a frequent misspelling of it. With a
 * workspace, also a slip in a name the article uses once and two or more
 * other articles use.
 */
export function measureRecall(
  articles: string[],
  misspellings: Map<string, string>,
  seed: number,
  workspace?: RecallWorkspace,
  settings: { dialect: Dialect; config: Partial<CopydeskConfig> } = { dialect: 'en-GB', config: { dialect: 'en-GB' } },
): RecallResult {
  const main = random(seed);
  // Its own sequence, so adding the workspace kind leaves the other plantings as they were.
  const other = random(seed + 1);
  // Errors are planted where the copy's own dialect has a word, and must be no word of it.
  const speller = spellerFor(settings.dialect, settings.config.words ?? []);
  const config = settings.config;
  const result: RecallResult = { planted: zero(), found: zero(), firstRight: zero() };
  for (const [index, text] of articles.entries()) {
    const filePath = workspace?.ids[index];
    const { model } = lintDocument(text, { rules: [], config });
    const lower = model.words.filter((w) => /^[a-z]{5,}$/.test(w.text) && speller.isWord(w.text));
    const counts = new Map<string, number>();
    for (const w of model.words) if (/^[A-Z][a-z]{4,}$/.test(w.text) && !w.sentenceInitial) counts.set(w.text, (counts.get(w.text) ?? 0) + 1);
    const names = model.words.filter((w) => (counts.get(w.text) ?? 0) > 1 && !speller.isWord(w.text.toLowerCase()));
    const shared = workspace && filePath ? model.words.filter((w) => counts.get(w.text) === 1 && !speller.isWord(w.text.toLowerCase()) && workspace.names.draftsUsing(w.text, filePath) >= 2) : [];
    for (const kind of PLANT_KINDS) {
      if (kind === 'workspace' && !workspace) continue;
      const rnd = kind === 'workspace' ? other : main;
      let target;
      let wrong: string | undefined;
      if (kind === 'common') {
        const candidates = lower.filter((w) => misspellings.has(w.text));
        target = candidates[Math.floor(rnd() * candidates.length)];
        wrong = target && misspellings.get(target.text);
      } else {
        const pool = kind === 'slip' ? lower : kind === 'name' ? names : shared;
        target = pool[Math.floor(rnd() * pool.length)];
        for (let tries = 0; target && tries < 10; tries++) {
          const candidate = slip(target.text, rnd);
          if (candidate !== target.text && !speller.isWord(candidate) && !speller.isKnownName(candidate)) {
            wrong = candidate;
            break;
          }
        }
      }
      if (!target || !wrong) continue;
      const planted = text.slice(0, target.start) + wrong + text.slice(target.end);
      result.planted[kind]++;
      const findings = lintDocument(planted, { filePath, rules: spellingRules, config, workspace: kind === 'workspace' ? workspace?.names : undefined }).findings;
      const hit = findings.find((f) => f.start === target.start && f.level !== 'info');
      if (!hit) {
        if (process.env.RECALL_DEBUG) console.log(`missed ${kind}: ${wrong} for ${target.text} (article ${index}, offset ${target.start})`);
        continue;
      }
      if (process.env.RECALL_DEBUG && hit.fixes[0]?.edits[0]?.text !== target.text) console.log(`wrong first ${kind}: ${wrong} -> ${hit.fixes[0]?.edits[0]?.text} for ${target.text}`);
      result.found[kind]++;
      if (hit.fixes[0]?.edits[0]?.text === target.text) result.firstRight[kind]++;
    }
  }
  return result;
}
