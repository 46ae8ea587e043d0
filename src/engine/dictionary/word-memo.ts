import { hashWord } from './hash-table';

/** Code units a slot holds in place: most words are no longer, and a longer one keeps the rest in `WordTable.units`. */
const INLINE_UNITS = 8;
/** Int32 fields of a slot: hash, id + 1, length, where the units past INLINE_UNITS start, then INLINE_UNITS units two to a field. */
const SLOT = 4 + INLINE_UNITS / 2;

/**
 * Numbers the distinct words of many drafts 0, 1, 2… in the order they are
 * added, so that what is known of a word can sit in plain arrays by its id.
 * Word strings are fresh slices of each draft, so a Map must hash every one
 * of them on its first look-up, and V8's Map does that several times slower
 * than hashing the few code units here. The table is open-addressed; each
 * slot holds the key's hash, its id, its length and its first INLINE_UNITS
 * code units, and the units of longer keys go on in one array.
 * Why the keys' units in the slot: the spelling pass makes a look-up per
 * word of every draft, and after the rest of a lint ran nearly each one
 * misses the processor's caches; with the units elsewhere it missed twice,
 * one miss waiting on the other (in a bbc-news CLI --cpu-prof profile at
 * 178f592, 43 ms of idOf's self time on the slot's read, 36 on the units').
 * With the units in place most look-ups read one slot and nothing else, and
 * a load of up to 3/4 keeps the table no bigger than it was: `npx tsx
 * bench/word-table.ts --base 178f592` (caches emptied before each draft),
 * bbc-news 233 -> 195 ms, reuters-world 150 -> 125 ms.
 */
export class WordTable {
  private slots = new Int32Array(SLOT << 12);
  private mask = (1 << 12) - 1;
  /** The code units past INLINE_UNITS of every longer key. */
  private units = new Uint16Array(1 << 12);
  private used = 0;
  private count = 0;
  /** Slot of the last missed key, where `add` puts it. */
  private missKey: string | undefined;
  private missHash = 0;
  private missSlot = -1;

  get size(): number {
    return this.count;
  }

  /** The key's id, or -1 when it has none. */
  idOf(key: string): number {
    const hash = hashWord(key) | 0;
    const { slots, mask } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot * SLOT;
      const entry = slots[at + 1];
      if (entry === 0) {
        this.missKey = key;
        this.missHash = hash;
        this.missSlot = slot;
        return -1;
      }
      if (slots[at] === hash && slots[at + 2] === key.length && this.holds(at, key)) return entry - 1;
    }
  }

  /** Whether the slot at `at`, of the key's length, holds the key. */
  private holds(at: number, key: string): boolean {
    const { slots } = this;
    const length = key.length;
    const inline = length < INLINE_UNITS ? length : INLINE_UNITS;
    let i = 0;
    for (; i + 1 < inline; i += 2) if (slots[at + 4 + (i >> 1)] !== (key.charCodeAt(i) | (key.charCodeAt(i + 1) << 16))) return false;
    if (i < inline && slots[at + 4 + (i >> 1)] !== key.charCodeAt(i)) return false;
    if (length <= INLINE_UNITS) return true;
    const { units } = this;
    const start = slots[at + 3] - INLINE_UNITS;
    for (i = INLINE_UNITS; i < length; i++) if (units[start + i] !== key.charCodeAt(i)) return false;
    return true;
  }

  /** Gives a key `idOf` has just missed the next id, and returns it. */
  add(key: string): number {
    if (this.missKey !== key || this.missSlot < 0) {
      if (this.idOf(key) >= 0) throw new Error(`WordTable.add: "${key}" has an id already`);
    }
    const { slots } = this;
    const at = this.missSlot * SLOT;
    slots[at] = this.missHash;
    slots[at + 1] = ++this.count;
    slots[at + 2] = key.length;
    for (let i = 0; i < key.length && i < INLINE_UNITS; i++) slots[at + 4 + (i >> 1)] |= key.charCodeAt(i) << (16 * (i & 1));
    if (key.length > INLINE_UNITS) {
      const start = this.used;
      const rest = key.length - INLINE_UNITS;
      if (start + rest > this.units.length) {
        const units = new Uint16Array(Math.max(2 * this.units.length, start + rest));
        units.set(this.units);
        this.units = units;
      }
      for (let i = INLINE_UNITS; i < key.length; i++) this.units[start + i - INLINE_UNITS] = key.charCodeAt(i);
      slots[at + 3] = start;
      this.used += rest;
    }
    this.missKey = undefined;
    this.missSlot = -1;
    if (this.count * 4 > (this.mask + 1) * 3) this.grow();
    return this.count - 1;
  }

  clear(): void {
    this.slots.fill(0);
    this.used = 0;
    this.count = 0;
    this.missKey = undefined;
    this.missSlot = -1;
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = slots.length / SLOT - 1;
    for (let at = 0; at < old.length; at += SLOT) {
      if (old[at + 1] === 0) continue;
      let slot = old[at] & mask;
      while (slots[slot * SLOT + 1] !== 0) slot = (slot + 1) & mask;
      // Field by field: a subarray per slot made an object per key at every growth.
      for (let field = 0; field < SLOT; field++) slots[slot * SLOT + field] = old[at + field];
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** A string-keyed memo for words of drafts (WordTable). Forgets everything once it holds `limit` words. */
export class WordMemo<T> {
  private readonly table = new WordTable();
  private values: T[] = [];

  constructor(private readonly limit = 200000) {}

  get size(): number {
    return this.values.length;
  }

  get(key: string): T | undefined {
    const id = this.table.idOf(key);
    return id < 0 ? undefined : this.values[id];
  }

  /** Stores a value for a key `get` has just missed. */
  set(key: string, value: T): void {
    if (this.values.length >= this.limit) this.clear();
    this.values[this.table.add(key)] = value;
  }

  clear(): void {
    this.table.clear();
    this.values = [];
  }
}

/**
 * A copy of `key` that does not keep the draft it was cut from alive: V8
 * makes substrings of 13 or more characters views into their parent, so a
 * memo of words would otherwise hold every draft version an editor typed.
 */
export function detached(key: string): string {
  return key.length < 13 ? key : (' ' + key).slice(1);
}
