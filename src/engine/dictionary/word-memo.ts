import { hashWord } from './hash-table';

/**
 * A string-keyed memo for words of a draft. Word strings are fresh slices of
 * each draft, so a Map must hash every one of them on its first look-up, and
 * V8's Map does that several times slower than hashing the few code units
 * here. The table is open-addressed, each slot the key's hash and its entry
 * side by side: a probe reads one cache line, and only a matching hash reads
 * the stored key (a word's first look-up in a draft is a cache miss per
 * array it touches, and the spelling pass makes one per word of every draft).
 * Forgets everything once it holds `limit` words.
 */
export class WordMemo<T> {
  /** Pairs of [hash, entry + 1], entry 0 for an empty slot. */
  private slots: Int32Array;
  private mask: number;
  private keys: string[] = [];
  private values: T[] = [];
  /** Slot (pair index) of the last missed key, where `set` puts it. */
  private missKey: string | undefined;
  private missHash = 0;
  private missSlot = -1;

  constructor(private readonly limit = 200000) {
    this.slots = new Int32Array(2 << 16);
    this.mask = (1 << 16) - 1;
  }

  get size(): number {
    return this.keys.length;
  }

  get(key: string): T | undefined {
    const hash = hashWord(key) | 0;
    const { slots, mask, keys } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[2 * slot + 1];
      if (entry === 0) {
        this.missKey = key;
        this.missHash = hash;
        this.missSlot = slot;
        return undefined;
      }
      if (slots[2 * slot] === hash && keys[entry - 1] === key) return this.values[entry - 1];
    }
  }

  /** Stores a value for a key `get` has just missed. */
  set(key: string, value: T): void {
    if (this.keys.length >= this.limit) this.clear();
    if (this.missKey !== key || this.missSlot < 0) {
      if (this.get(key) !== undefined) throw new Error(`WordMemo.set: "${key}" is already stored`);
    }
    this.keys.push(detached(key));
    this.values.push(value);
    this.slots[2 * this.missSlot] = this.missHash;
    this.slots[2 * this.missSlot + 1] = this.keys.length;
    this.missKey = undefined;
    this.missSlot = -1;
    if (this.keys.length * 2 > this.mask + 1) this.grow();
  }

  clear(): void {
    this.keys = [];
    this.values = [];
    this.slots.fill(0);
    this.missKey = undefined;
    this.missSlot = -1;
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = (slots.length >> 1) - 1;
    for (let at = 0; at < old.length; at += 2) {
      if (old[at + 1] === 0) continue;
      let slot = old[at] & mask;
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = old[at];
      slots[2 * slot + 1] = old[at + 1];
    }
    this.slots = slots;
    this.mask = mask;
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
