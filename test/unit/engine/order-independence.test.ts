import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listCorpusFiles } from '../../../bench/lib/corpus';
import { lintDocument } from '../../../src/engine/lint';
import { allRules } from '../../../src/rules';

/*
 * No draft's findings may depend on which drafts were linted before it in the same
 * process (an editor lints many; the CLI's threads lint thousands). Each set of drafts is
 * linted in several orders, and every draft must get the findings it gets linted on its own.
 */

interface Draft {
  name: string;
  text: string;
  filePath: string;
}

const EXAMPLES = resolve(__dirname, '../../../examples');
const SHARED = resolve(__dirname, '../../../../shared/corpus');

/** Drafts written so that what one teaches the model about a word would change another's findings. */
const FIXTURES: Draft[] = [
  // "Morris" is a name here (used mid-sentence), so the quote takes the sentence before as its speaker…
  { name: 'name used mid-sentence', filePath: 'morris-named.md', text: 'We spoke to Morris at home last week. Morris seemed happy. "I love it here and I am staying."\n' },
  // …but not here, where "Morris" only ever opens a sentence: the quote has no speaker.
  { name: 'same word only opening a sentence', filePath: 'morris-unnamed.md', text: 'Morris appears almost evangelical. "I was on a cruise and it changed everything about me."\n' },
  {
    name: 'many single names (past the look-up limit)',
    filePath: 'many-names.md',
    text: [
      'Talks with Abbott, Baines, Carver, Dunmore, Ellery, Fenwick, Garrow, Hollins and Ibbotson ran late.',
      'Abbott looked tired. "We are nowhere near a deal tonight."',
      'Baines smiled. "There is still time."',
      'Carver disagreed. "Nobody in that room believes it."',
      'Dunmore waited. "Ask me again tomorrow morning."',
      'Ellery nodded. "It could take weeks."',
      'Fenwick shrugged. "I have seen worse nights."',
      'Garrow left early. "I have a train to catch."',
      'Hollins stayed on. "Somebody has to keep the notes."',
      'Ibbotson laughed. "The coffee ran out at nine."',
      'Morris appears almost evangelical. "I was on a cruise and it changed everything about me."',
    ].join('\n\n') + '\n',
  },
  { name: 'British dialect in front matter', filePath: 'british.md', text: '---\ncopydesk:\n  dialect: en-GB\n---\nThe colour of the organisation\'s flag was criticised, Ms Jones said.\n' },
  { name: 'a story date from the draft\'s settings', filePath: 'dated.md', text: '---\ncopydesk:\n  referenceDate: 2025-03-15\n---\nThe talks collapsed last Friday, March 21, officials said.\n' },
  { name: 'another story date in front matter', filePath: 'dated-2.md', text: '---\ndate: 2025-03-19\n---\nHe arrived yesterday (Monday) in Kyiv, said Olena Kovalenko.\n' },
  { name: 'no story date at all', filePath: 'undated.txt', text: 'The war in Ukraine enters its eighth year, the minister said on Friday.\n' },
  { name: 'AP style for one draft only', filePath: 'ap.md', text: '---\ncopydesk:\n  style: ap\n---\nThe meeting began at 10:00am on Aug 5, Mayor Ruth Okafor stated.\n' },
];

function examples(): Draft[] {
  return readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ name: `examples/${f}`, filePath: join(EXAMPLES, f), text: readFileSync(join(EXAMPLES, f), 'utf8') }));
}

/** Every `step`-th file of a shared corpus; read from ../shared at test time, never copied into the repo. */
function corpusSample(corpus: string, step: number): Draft[] {
  const dir = join(SHARED, corpus);
  return listCorpusFiles(dir)
    .filter((_, i) => i % step === 0)
    .map((file) => ({ name: `${corpus}/${file.slice(dir.length + 1)}`, filePath: file, text: readFileSync(file, 'utf8') }));
}

const findingsOf = (draft: Draft) =>
  lintDocument(draft.text, { filePath: draft.filePath, rules: allRules, today: '2025-07-16' }).findings.map((f) => `${f.ruleId} ${f.start}-${f.end} ${f.level} ${f.message}`);

/** A fixed permutation from a seed (a small linear congruential generator), so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function orders(count: number): number[][] {
  const forward = [...Array(count).keys()];
  return [forward, [...forward].reverse(), shuffled(forward, 1), shuffled(forward, 2), shuffled(forward, 3)];
}

/** Lints `drafts` in each order and names every draft whose findings differ from `alone`. */
function differences(drafts: Draft[], alone: string[][], sequences: number[][]): string[] {
  const found: string[] = [];
  for (const order of sequences) {
    order.forEach((i, position) => {
      const now = findingsOf(drafts[i]);
      if (JSON.stringify(now) !== JSON.stringify(alone[i])) {
        const after = position === 0 ? 'first' : `after ${drafts[order[position - 1]].name}`;
        found.push(`${drafts[i].name} (${after}): ${JSON.stringify(now)} instead of ${JSON.stringify(alone[i])}`);
      }
    });
  }
  return found;
}

describe('engine: no state leaks between drafts', () => {
  it('fixtures and examples: every pair, both ways, and five whole-set orders', () => {
    const drafts = [...FIXTURES, ...examples()];
    // "Alone": each draft linted twice in a row, the second time right after itself.
    const alone = drafts.map((d) => (findingsOf(d), findingsOf(d)));
    assert.deepEqual(alone[0], [], 'the name used mid-sentence attributes its quote');
    assert.equal(alone[1].filter((f) => f.startsWith('quote/unattributed')).length, 1, 'the sentence-opening word attributes nothing');
    const pairs: number[][] = [];
    for (let a = 0; a < drafts.length; a++) for (let b = 0; b < drafts.length; b++) if (a !== b) pairs.push([a, b]);
    assert.deepEqual(differences(drafts, alone, [...pairs, ...orders(drafts.length)]), []);
  });

  for (const [corpus, step] of [['bbc-news', 150], ['reuters-world', 120]] as const) {
    it(`a sample of ${corpus}, in five orders`, function () {
      if (!existsSync(join(SHARED, corpus))) this.skip(); // ../shared is not checked out here
      const drafts = [...corpusSample(corpus, step), ...FIXTURES.slice(0, 2)];
      const alone = drafts.map((d) => (findingsOf(d), findingsOf(d)));
      assert.deepEqual(differences(drafts, alone, orders(drafts.length)), []);
    });
  }
});
