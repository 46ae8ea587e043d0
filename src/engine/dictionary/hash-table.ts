/**
 * A read-only string set that loads without rebuilding anything: the words
 * as one newline-separated string, and an open-addressing table of their
 * offsets computed at build time. Loading is two file reads; a look-up hashes
 * the query once and compares it in place, allocating nothing.
 * Why: every CLI thread and editor start loads the dictionary. `npx tsx bench/hash-table-load.ts`
 * (en-GB, fresh process each, median of 5, 2 busy CPUs): 37 ms read as this table, 878 ms
 * read and put in a Set.
 */

/** FNV-1a over UTF-16 code units; build time and run time must agree. */
export function hashWord(word: string): number {
  // hashStep written out: every look-up hashes, often before the JIT inlines a call.
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export const FNV_OFFSET = 0x811c9dc5;

/** One code unit more of an FNV-1a hash: the hash of every prefix of a word comes on the way to the whole. */
export const hashStep = (hash: number, unit: number): number => Math.imul(hash ^ unit, 0x01000193);

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

/**
 * A bit per hash value (one bit set for each line's key), about eight bits per
 * line: a look-up whose bit is clear misses without touching the table. The
 * filter is small enough to stay in the processor's cache where the table and
 * words are not, and spelling suggestions probe hundreds of strings that miss.
 */
export function buildFilter(lines: readonly string[]): Int32Array {
  let bits = 32;
  while (bits < lines.length * 8) bits *= 2;
  const filter = new Int32Array(bits / 32);
  for (const line of lines) {
    const bit = hashWord(keyOf(line)) & (bits - 1);
    filter[bit >>> 5] |= 1 << (bit & 31);
  }
  return filter;
}

/**
 * A bit per hash value of every lower-case start of every line's key ("p",
 * "pa", "par" … of "Paris"), or with `fromEnd` of every end read backwards
 * ("s", "si", "sir" …): a one-edit suggestion search tries an edit only where
 * the letters before it start a dictionary word and the letters after it end
 * one, so a word far from every word costs a few probes, not hundreds. About
 * five and a half bits per entry (4 to 8 by the power-of-two size): about one
 * probe in six passes wrongly, which only costs time. Eleven bits made the
 * .vsix 10.1 MB; five and a half cost 9% more CPU in one-edit searches of 14,000
 * random words (121 → 132 ms) and keep it under 10 MB.
 */
export function buildAffixFilter(lines: readonly string[], fromEnd: boolean): Int32Array {
  const affixes = new Set<string>();
  for (const line of lines) {
    const lower = keyOf(line).toLowerCase();
    const folded = fromEnd ? lower.split('').reverse().join('') : lower;
    for (let k = 1; k <= folded.length; k++) affixes.add(folded.slice(0, k));
  }
  let bits = 32;
  while (bits < affixes.size * 4) bits *= 2;
  const filter = new Int32Array(bits / 32);
  for (const affix of affixes) {
    const bit = hashWord(affix) & (bits - 1);
    filter[bit >>> 5] |= 1 << (bit & 31);
  }
  return filter;
}

/** True where typed arrays are little-endian, as UTF-16LE buffers are. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The UTF-16 code units of `text` in a new buffer, shared between threads
 * when `shared` is set (a SharedArrayBuffer is never copied by postMessage).
 */
export function codeUnitsOf(text: string, shared = false): Uint16Array {
  const units = new Uint16Array(shared ? new SharedArrayBuffer(text.length * 2) : new ArrayBuffer(text.length * 2));
  if (LITTLE_ENDIAN) Buffer.from(units.buffer, units.byteOffset, units.byteLength).write(text, 'utf16le');
  else for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

function textOf(units: Uint16Array): string {
  if (LITTLE_ENDIAN) return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');
  let text = '';
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.subarray(i, i + 8192));
  return text;
}

const hasBit = (filter: Int32Array, bit: number): boolean => (filter[bit >>> 5] & (1 << (bit & 31))) !== 0;

export class HashedWords {
  private readonly mask: number;
  private readonly filterMask: number;
  private readonly startMask: number;
  private readonly endMask: number;
  /** Every word followed by '\n', as UTF-16 code units (shareable between worker threads). */
  readonly units: Uint16Array;
  private decoded?: string;

  constructor(
    /** Every word followed by '\n'. */
    text: string | Uint16Array,
    readonly table: Int32Array,
    /** From `buildFilter` over the same lines; without one, every look-up probes the table. */
    readonly filter?: Int32Array,
    /** From `buildAffixFilter` over the same lines, of starts and of ends; without them, every start and end may be a word's. */
    readonly affixes?: { starts: Int32Array; ends: Int32Array },
  ) {
    this.mask = table.length - 1;
    this.filterMask = filter ? filter.length * 32 - 1 : 0;
    this.startMask = affixes ? affixes.starts.length * 32 - 1 : 0;
    this.endMask = affixes ? affixes.ends.length * 32 - 1 : 0;
    if (typeof text === 'string') {
      this.units = codeUnitsOf(text);
      this.decoded = text;
    } else this.units = text;
  }

  /** The words as one string; decoded on first use (only wide suggestion searches need it). */
  get text(): string {
    return (this.decoded ??= textOf(this.units));
  }

  has(word: string): boolean {
    return this.find(word) >= 0;
  }

  /** The rest of the line keyed `key` (after its tab), or undefined. */
  valueOf(key: string): string | undefined {
    const start = this.find(key);
    if (start < 0) return undefined;
    const units = this.units;
    let end = start + key.length + 1;
    while (end < units.length && units[end] !== 10) end++;
    return String.fromCharCode.apply(null, units.subarray(start + key.length + 1, end) as unknown as number[]);
  }

  /**
   * Like `has` for the word in `buffer[0, length)`, with its first letter
   * (a to z) capitalised when `capitalise` is set: candidates built in place
   * are probed without making a string of each.
   */
  hasUnits(buffer: Uint16Array, length: number, capitalise: boolean): boolean {
    const { units, table, mask } = this;
    let hash = 0x811c9dc5;
    for (let i = 0; i < length; i++) {
      hash ^= i === 0 && capitalise ? buffer[0] - 32 : buffer[i];
      hash = Math.imul(hash, 0x01000193);
    }
    if (!this.mayHave(hash >>> 0)) return false;
    for (let slot = (hash >>> 0) & mask; ; slot = (slot + 1) & mask) {
      const entry = table[slot];
      if (entry === 0) return false;
      const start = entry - 1;
      // Reading past the units' end would make V8 drop its optimised code (see find).
      if (start + length >= units.length) continue;
      const after = units[start + length];
      if (after !== 10 && after !== 9) continue;
      if (length > 0 && units[start] !== (capitalise ? buffer[0] - 32 : buffer[0])) continue;
      let i = 1;
      while (i < length && units[start + i] === buffer[i]) i++;
      if (i >= length) return true;
    }
  }

  /**
   * False when no key, in lower case, starts with the ASCII units whose FNV-1a
   * hash (before its final `>>> 0`) is `hash`; true when some may, or when
   * there is no filter.
   */
  mayStartWith(hash: number): boolean {
    return this.affixes === undefined || hasBit(this.affixes.starts, (hash >>> 0) & this.startMask);
  }

  /** Like mayStartWith for the ends of keys, hashed from their last unit backwards. */
  mayEndWith(hash: number): boolean {
    return this.affixes === undefined || hasBit(this.affixes.ends, (hash >>> 0) & this.endMask);
  }

  /** False when no line's key has this hash (the filter's bit is clear). */
  private mayHave(hash: number): boolean {
    const filter = this.filter;
    if (filter === undefined) return true;
    const bit = hash & this.filterMask;
    return (filter[bit >>> 5] & (1 << (bit & 31))) !== 0;
  }

  private find(key: string): number {
    const { units, table, mask } = this;
    const length = key.length;
    const hash = hashWord(key);
    if (!this.mayHave(hash)) return -1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = table[slot];
      if (entry === 0) return -1;
      const start = entry - 1;
      // A key longer than what follows the entry is not it. Why not just read `undefined` there: a typed array read
      // out of bounds makes V8 throw away the optimised look-up and its callers and compile them again (cpu-prof
      // and --trace-deopt on the transcript family: "out of bounds" in hasName, each recompile 20-50 ms of CPU).
      if (start + length >= units.length) continue;
      const after = units[start + length];
      if (after !== 10 && after !== 9) continue;
      let i = 0;
      while (i < length && units[start + i] === key.charCodeAt(i)) i++;
      if (i === length) return start;
    }
  }
}
