import { hashWord } from './hash-table';

/**
 * Numbers the distinct words of many drafts 0, 1, 2… in the order they are
 * added, so that what is known of a word can sit in plain arrays by its id.
 * Word strings are fresh slices of each draft, so a Map must hash every one
 * of them on its first look-up, and V8's Map does that several times slower
 * than hashing the few code units here. The table is open-addressed, each
 * slot the key's hash, its id, and where its code units are in one array of
 * all the keys.
 * Why the keys' code units and not the key strings: a look-up then reads the
 * slot and the stored units, two places, not the slot, an array of strings
 * and the string itself; the spelling pass makes one per word of every draft,
 * and each place the memo keeps is a cache miss after the rest of the lint ran.
 * With SpellingFacts's byte per spelling, `npx tsx bench/spelling-pass.ts --base 58ffe38`
 * (main-thread CPU; busy 2-core machine): BBC memos filled 222 -> 199 ms, Reuters first round 460 -> 424 ms.
 */
export class WordTable {
  /** Quadruples of [hash, id + 1, first unit, length], id + 1 = 0 for an empty slot. */
  private slots = new Int32Array(4 << 12);
  private mask = (1 << 12) - 1;
  /** The code units of every key, in the order of their ids. */
  private units = new Uint16Array(1 << 14);
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
      const at = slot << 2;
      const entry = slots[at + 1];
      if (entry === 0) {
        this.missKey = key;
        this.missHash = hash;
        this.missSlot = slot;
        return -1;
      }
      if (slots[at] === hash && slots[at + 3] === key.length && this.holds(slots[at + 2], key)) return entry - 1;
    }
  }

  /** Whether the units from `start` on are the key's. */
  private holds(start: number, key: string): boolean {
    const { units } = this;
    for (let i = 0; i < key.length; i++) if (units[start + i] !== key.charCodeAt(i)) return false;
    return true;
  }

  /** Gives a key `idOf` has just missed the next id, and returns it. */
  add(key: string): number {
    if (this.missKey !== key || this.missSlot < 0) {
      if (this.idOf(key) >= 0) throw new Error(`WordTable.add: "${key}" has an id already`);
    }
    const start = this.used;
    if (start + key.length > this.units.length) {
      const units = new Uint16Array(Math.max(2 * this.units.length, start + key.length));
      units.set(this.units);
      this.units = units;
    }
    for (let i = 0; i < key.length; i++) this.units[start + i] = key.charCodeAt(i);
    this.used += key.length;
    const at = this.missSlot << 2;
    this.slots[at] = this.missHash;
    this.slots[at + 1] = ++this.count;
    this.slots[at + 2] = start;
    this.slots[at + 3] = key.length;
    this.missKey = undefined;
    this.missSlot = -1;
    if (this.count * 2 > this.mask + 1) this.grow();
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
    const mask = (slots.length >> 2) - 1;
    for (let at = 0; at < old.length; at += 4) {
      if (old[at + 1] === 0) continue;
      let slot = old[at] & mask;
      while (slots[(slot << 2) + 1] !== 0) slot = (slot + 1) & mask;
      slots.set(old.subarray(at, at + 4), slot << 2);
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
