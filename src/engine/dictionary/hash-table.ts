/**
 * A read-only string set that loads without rebuilding anything: the words
 * as one newline-separated string, and an open-addressing table of their
 * offsets computed at build time. Loading is two file reads; a look-up hashes
 * the query once and compares it in place, allocating nothing.
 */

/** FNV-1a over UTF-16 code units; build time and run time must agree. */
export function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Offsets table for `words` as laid out in `words.join('\n')`: slot = offset + 1, 0 = empty. */
export function buildTable(words: readonly string[]): Int32Array {
  let size = 1;
  while (size < words.length * 2) size <<= 1;
  const table = new Int32Array(size);
  const mask = size - 1;
  let offset = 0;
  for (const word of words) {
    let slot = hashWord(word) & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = offset + 1;
    offset += word.length + 1;
  }
  return table;
}

export class HashedWords {
  private readonly mask: number;

  constructor(
    /** Every word followed by '\n'. */
    readonly text: string,
    private readonly table: Int32Array,
  ) {
    this.mask = table.length - 1;
  }

  has(word: string): boolean {
    const { text, table, mask } = this;
    const length = word.length;
    for (let slot = hashWord(word) & mask; ; slot = (slot + 1) & mask) {
      const entry = table[slot];
      if (entry === 0) return false;
      const start = entry - 1;
      if (text.charCodeAt(start + length) === 10 && text.startsWith(word, start)) return true;
    }
  }
}
