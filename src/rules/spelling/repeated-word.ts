import { defineRule } from '../../engine/rule';

/** Doubled words that English grammar allows ("had had", "that that"). */
const ALLOWED = new Set(['had', 'that', 'is', 'do', 'bye', 'no', 'very', 'so', 'ha', 'knock', 'tut', 'yada', 'chop', 'hush', 'boo', 'pom', 'la', 'tom', 'win', 'wait']);
const ONLY_SPACE = /^[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?$/;

export const repeatedWord = defineRule({
  meta: {
    id: 'spelling/repeated-word',
    family: 'spelling',
    description: 'The same word twice in a row (“the the”), also across a line break.',
    rationale: 'A doubled word is a slip the eye skips over, especially where a line breaks between the two.',
    defaultLevel: 'warning',
    fixable: true,
  },
  check({ model, report }) {
    const { words, prose } = model;
    for (let i = 1; i < words.length; i++) {
      const a = words[i - 1];
      const b = words[i];
      if (a.text.length !== b.text.length || a.sentence !== b.sentence) continue;
      const lower = b.text.toLowerCase();
      // "Duran Duran", "Sirhan Sirhan": repeated capitalised words are names.
      if (b.text !== lower) continue;
      if (a.text.toLowerCase() !== lower || ALLOWED.has(lower) || /^\d/.test(lower)) continue;
      if (!ONLY_SPACE.test(prose.slice(a.end, b.start))) continue;
      // "one one-hundredth", "a one-on-one": the second word starts a hyphenated compound.
      if (prose[b.end] === '-' || prose[b.end] === '‑') continue;
      report({
        start: b.start,
        end: b.end,
        message: `“${b.text}” is repeated.`,
        word: b.text,
        fixes: [{ title: `Delete the second “${b.text}”`, edits: [{ start: a.end, end: b.end, text: '' }], safe: true }],
      });
    }
  },
});
