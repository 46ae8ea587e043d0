import { hashWord } from './hash-table';

/**
 * A string-keyed memo for words of a draft. Word strings are fresh slices of
 * each draft, so a Map must hash every one of them on its first look-up, and
 * V8's Map does that several times slower than hashing the few code units
 * here; the table is open-addressed and the stored hash spares most string
 * comparisons. Forgets everything once it holds `limit` words.
 */
export class WordMemo<T> {
  private slots: Int32Array;
  private mask: number;
  private keys: string[] = [];
  private values: T[] = [];
  private hashes: number[] = [];
  /** Hash and slot of the last missed key, where `set` puts it. */
  private missKey: string | undefined;
  private missHash = 0;
  private missSlot = -1;

  constructor(private readonly limit = 200000) {
    this.slots = new Int32Array(1 << 16);
    this.mask = this.slots.length - 1;
  }

  get size(): number {
    return this.keys.length;
  }

  get(key: string): T | undefined {
    const hash = hashWord(key);
    const { slots, mask, hashes, keys } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot];
      if (entry === 0) {
        this.missKey = key;
        this.missHash = hash;
        this.missSlot = slot;
        return undefined;
      }
      if (hashes[entry - 1] === hash && keys[entry - 1] === key) return this.values[entry - 1];
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
    this.hashes.push(this.missHash);
    this.slots[this.missSlot] = this.keys.length;
    this.missKey = undefined;
    this.missSlot = -1;
    if (this.keys.length * 2 > this.slots.length) this.grow();
  }

  clear(): void {
    this.keys = [];
    this.values = [];
    this.hashes = [];
    this.slots.fill(0);
    this.missKey = undefined;
    this.missSlot = -1;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let i = 0; i < this.hashes.length; i++) {
      let slot = this.hashes[i] & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = i + 1;
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
