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

/** The part of a line that is hashed: up to the first tab. */
const keyOf = (line: string) => {
  const tab = line.indexOf('\t');
  return tab < 0 ? line : line.slice(0, tab);
};

/**
 * Offsets table for `lines` as laid out in `lines.join('\n')`, hashed by
 * each line's key (the text before a tab): slot = offset + 1, 0 = empty.
 */
export function buildTable(lines: readonly string[]): Int32Array {
  const words = lines.map(keyOf);
  let size = 1;
  while (size < words.length * 2) size <<= 1;
  const table = new Int32Array(size);
  const mask = size - 1;
  let offset = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    let slot = hashWord(word) & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = offset + 1;
    offset += lines[i].length + 1;
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
    return this.find(word) >= 0;
  }

  /** The rest of the line keyed `key` (after its tab), or undefined. */
  valueOf(key: string): string | undefined {
    const start = this.find(key);
    if (start < 0) return undefined;
    const end = this.text.indexOf('\n', start);
    return this.text.slice(start + key.length + 1, end);
  }

  private find(key: string): number {
    const { text, table, mask } = this;
    const length = key.length;
    for (let slot = hashWord(key) & mask; ; slot = (slot + 1) & mask) {
      const entry = table[slot];
      if (entry === 0) return -1;
      const start = entry - 1;
      const after = text.charCodeAt(start + length);
      if ((after === 10 || after === 9) && text.startsWith(key, start)) return start;
    }
  }
}
