/**
 * Hostile and odd drafts that real users paste (a base64 image, a spreadsheet table,
 * a transcript full of quotation marks), each generated at any length. The adversarial
 * bench times every family at 10k, 100k and 1M characters; the growth test reuses them.
 */
import { random as seeded } from '../spelling-recall-lib';

export interface AdversarialFamily {
  name: string;
  /** Markdown or plain text: the mask only runs on Markdown. */
  languageId: 'markdown' | 'plaintext';
  /** A draft of about `chars` UTF-16 code units. */
  make(chars: number): string;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function randomWord(random: () => number, length: number, alphabet = LETTERS): string {
  let word = '';
  for (let i = 0; i < length; i++) word += alphabet[Math.floor(random() * alphabet.length)];
  return word;
}

/** Repeats `unit` (a string or a generator of pieces) until the text is `chars` long. */
function fill(chars: number, unit: string | ((i: number) => string)): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const piece = typeof unit === 'string' ? unit : unit(i);
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('').slice(0, chars);
}

function family(name: string, make: (chars: number) => string, languageId: 'markdown' | 'plaintext' = 'markdown'): AdversarialFamily {
  return { name, languageId, make };
}

const QUOTE_MARKS = ['"', '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2039', '\u203a', "'", '\u2018', '\u2019', '\u201a', '\u201b', '\u300c', '\u300d'];

export const ADVERSARIAL_FAMILIES: readonly AdversarialFamily[] = [
  family('one long word', (n) => fill(n, 'ab')),
  family('base64 blob', (n) => {
    const random = seeded(1);
    return randomWord(random, n, BASE64);
  }),
  family('combining marks on one letter', (n) => `a${'\u0301'.repeat(Math.max(0, n - 1))}`),
  family('"a\'" repeated', (n) => fill(n, "a'")),
  family('run of [', (n) => '['.repeat(n)),
  family('nested [[[…]]]', (n) => '['.repeat(n >> 1) + ']'.repeat(n - (n >> 1))),
  family('link openers [a](', (n) => fill(n, '[a](')),
  family('unclosed HTML comments', (n) => fill(n, '<!-- a ')),
  family('backtick runs', (n) => fill(n, '`a``b')),
  family('e-mail then a.a.a.', (n) => `reach me at someone@example.com ${fill(n - 32, 'a.')}`),
  family('list of e-mail addresses', (n) => {
    const random = seeded(2);
    return fill(n, () => `${randomWord(random, 6)}.${randomWord(random, 5)}@${randomWord(random, 7)}.com, `);
  }),
  family('quote marks of every style, cycled', (n) => fill(n, (i) => `${QUOTE_MARKS[i % QUOTE_MARKS.length]}w `)),
  family('" and \' alternating', (n) => fill(n, (i) => (i % 2 ? "'" : '"'))),
  family('opening quotes that never close', (n) => fill(n, '\u201cHe went there ')),
  family('transcript of quotes with speakers', (n) => {
    const random = seeded(3);
    return fill(n, () => `"We will ${randomWord(random, 5)} the plan," said ${randomWord(random, 1).toUpperCase()}${randomWord(random, 6)} ${randomWord(random, 1).toUpperCase()}${randomWord(random, 7)}. `);
  }),
  family('capitalised unknown names', (n) => {
    const random = seeded(4);
    return fill(n, () => `${randomWord(random, 1).toUpperCase()}${randomWord(random, 4 + Math.floor(random() * 6))} `);
  }),
  family('unknown lowercase words', (n) => {
    const random = seeded(5);
    return fill(n, () => `${randomWord(random, 4 + Math.floor(random() * 6))} `);
  }),
  family('disable-next-line directives', (n) => fill(n, '<!-- copydesk-disable-next-line -->\nHe said "it is done" on Monday, March 3.\n\n')),
  family('disable-next-line directives, plain text', (n) => fill(n, 'copydesk-disable-next-line\nHe said "it is done" on Monday, March 3.\n\n'), 'plaintext'),
  family('disable / enable directives', (n) => fill(n, '<!-- copydesk-disable -->\n"Recieved," he wrote.\n<!-- copydesk-enable -->\n"Teh end," she said.\n\n')),
  family('spreadsheet table', (n) => {
    const random = seeded(6);
    return fill(n, () => `| ${randomWord(random, 5)} | ${Math.floor(random() * 1e6)} | ${randomWord(random, 8)} | 2024-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)} |\n`);
  }),
  family('lone CR line ends', (n) => fill(n, 'He said "yes" on Monday.\r')),
  // Markdown that makes a CommonMark parser work hard: delimiters to pair, references to
  // look up, nesting past its limit, a row of many cells, escapes and entities.
  family('emphasis delimiters *_ alternating', (n) => fill(n, '*a_ **b__ ')),
  // Two labels in turn: one label repeated would be a run of repeated words, a family of its own.
  family('reference links [r] [s] repeated', (n) => `[r]: https://a.example\n[s]: https://b.example\n\n${fill(n - 48, '[r] [s] ')}`),
  family('nested blockquotes and list markers', (n) => fill(n, '> - > - ')),
  family('one table row of many cells', (n) => `${fill(n >> 1, '| a ')}|\n${fill(n >> 1, '|---')}|\n`),
  family('backslashes and entities', (n) => fill(n, '\\*&amp;&#35;\\')),
  family('autolinks and unclosed link titles', (n) => fill(n, '<https://a.example> [a](b "t ')),
];
