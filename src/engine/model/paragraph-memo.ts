/**
 * Values computed for the paragraphs of one draft's last version, found again
 * by paragraph text. An edit changes a paragraph or two and leaves the rest in
 * the same order, so each paragraph is first compared with the one that
 * followed the last match in the previous version: a string comparison,
 * where a hash table would hash every paragraph of the draft on every
 * keystroke. Only when paragraphs were added or removed in bulk does a lookup
 * fall back to a table, built once for that version. Values not used by a
 * version are dropped after it, so at most two versions are held.
 */
export class ParagraphMemo<T> {
  private previousTexts: string[] = [];
  private previousValues: T[] = [];
  /** Index of each previous paragraph by text, built only once the order is lost. */
  private previousTable: Map<string, number> | undefined;
  private misses = 0;
  private texts: string[] = [];
  private values: T[] = [];
  /** Where the next paragraph is expected in the previous version. */
  private cursor = 0;

  /** The value kept for a paragraph with exactly this text, if the last version had one. */
  get(text: string): T | undefined {
    const texts = this.previousTexts;
    // The expected paragraph, or the one after it (the expected one was edited or removed).
    for (let i = this.cursor; i < this.cursor + 2 && i < texts.length; i++) {
      if (texts[i] === text) return this.found(i);
    }
    // A paragraph typed or pasted in misses once; several misses in a row mean
    // paragraphs were removed or moved, and only a table finds the order again.
    if (++this.misses < 2 || texts.length === 0) return undefined;
    if (!this.previousTable) {
      this.previousTable = new Map();
      for (let i = texts.length - 1; i >= 0; i--) this.previousTable.set(texts[i], i);
    }
    const at = this.previousTable.get(text);
    return at === undefined ? undefined : this.found(at);
  }

  private found(index: number): T {
    this.cursor = index + 1;
    this.misses = 0;
    return this.previousValues[index];
  }

  /** Records the value of the current version's next paragraph. */
  add(text: string, value: T): void {
    this.texts.push(text);
    this.values.push(value);
  }

  /** The current version is complete: it becomes the one the next version is compared with. */
  endVersion(): void {
    this.previousTexts = this.texts;
    this.previousValues = this.values;
    this.previousTable = undefined;
    this.texts = [];
    this.values = [];
    this.cursor = 0;
    this.misses = 0;
  }
}
