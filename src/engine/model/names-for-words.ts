import { startsWithCapital } from './char-class';
import { firstSpanFrom } from '../positions';
import { SpanReader } from './name-paragraphs';
import { NameReader, referenceOfRun, withoutPossessive, type ParagraphReference, type UsedMidSentence } from './name-runs';
import type { PlacedNames } from './names-cache';
import { Linker } from './names-link';
import type { TextModel, Word } from './types';

/** How many keys spread searches the prose for, and how many places per word of the draft it looks at, before it indexes the draft's words. */
const SEARCHES = 8;
const FOUND_PER_WORD = 4;

/** What a reading that holds one reference holds besides it: nothing (one set of empty lists shared by all). */
const NOTHING: readonly never[] = Object.freeze([]);

/**
 * The word a run word starts with, as written in the draft, without possessives: `Kilroy` for
 * `Kilroy-Silk`, `Blair` for `Blair's`. A reference's words (firstPart, lastPart, lastWord) are run
 * words, and a run word starts with a capitalised word of the draft that has the same key.
 */
function keyOf(text: string): string {
  const hyphen = text.indexOf('-');
  let key = hyphen < 0 ? text : text.slice(0, hyphen);
  for (let bare = withoutPossessive(key); bare !== key; bare = withoutPossessive(key)) key = bare;
  return key;
}

/**
 * The linking of full and titled names (linkFullNames) restricted to the references that can bear
 * on the names asked about: a closed set, that holds every reference of the draft with a word
 * (first part, last part or last word) whose key one of its references has. Linking reads and
 * writes its maps only under those words (surname, given name, full name, the name's text), and
 * the entities it makes of the set have the kind, name, surname, given name and first full
 * reference the whole draft's linking gives them; only their indices differ. The set's runs are
 * found by searching the prose for their keys (see spread), and each is read once.
 *
 * Why: a quote attributed to `Mr Blair` (quote/speaker-unidentified), or a description with a
 * name after it (appositiveName), asked for the reading of every full and titled name of the draft,
 * which took 215 of the 2,076 ms of a main-thread profile of a bbc-news check at 178f592 (whoever
 * asked first paid). What the names cost the speakers (resolveAnonymousSpeakers and the rule's
 * check, `npx tsx bench/layer-cost.ts --base db9e022 --layers speakers --processes 6 --rounds 5`)
 * went from 171 to 114 ms over bbc-news, 113 to 93 over reuters-world. Relinked whenever the set
 * grows, so a draft that asks about very many names (a transcript of quotes) would link over and
 * over: past one linked reference per word of the draft, `linksFor` declines and the caller reads
 * the whole draft's full names instead, so the work stays linear in the draft.
 */
export class NamesForWords {
  /** Keys searched for and places found so far, and then the draft's capitalised words by key, as model word indices. */
  private searches = 0;
  private found = 0;
  private byKey?: Map<string, number[]>;
  private readonly keys = new Set<string>();
  private readonly pending: string[] = [];
  /** Run starts (model word indices) already read. */
  private readonly runsRead = new Set<number>();
  private readonly placed: PlacedNames[] = [];
  private sorted = true;
  private linker?: Linker;
  /** References linked so far, over every linking. */
  private linked = 0;
  /** Reads full and titled names only, a run at a time (see readAll). */
  private readonly reader: NameReader;
  private readonly runs: SpanReader;

  constructor(
    private readonly model: TextModel,
    private readonly usedMidSentence: UsedMidSentence,
  ) {
    this.reader = new NameReader(model, true);
    this.runs = new SpanReader(this.reader, usedMidSentence);
  }

  /**
   * The linking of the references that bear on these references' words, whose answers about them
   * (entityLinkedAt, personNamedBy, otherNameHolding) are the whole draft's linking's but for
   * entity indices; undefined once linking again would pass the budget (see above).
   */
  linksFor(references: readonly ParagraphReference[]): Linker | undefined {
    if (this.linked > this.model.words.length) return undefined;
    const before = this.placed.length;
    for (const reference of references) this.addWordsOf(reference);
    this.spread();
    if (this.linker && this.placed.length === before) return this.linker;
    this.linked += this.placed.length;
    if (this.linked > this.model.words.length) return undefined;
    if (!this.sorted) {
      this.placed.sort((a, b) => a.base + a.names.references[0].start - (b.base + b.names.references[0].start));
      this.sorted = true;
    }
    const linker = new Linker(this.model, this.placed, undefined, false);
    linker.linkFullNames();
    linker.linkTitledNames();
    return (this.linker = linker);
  }

  private addWordsOf(reference: ParagraphReference): void {
    this.addKey(reference.firstPart);
    this.addKey(reference.lastPart);
    this.addKey(reference.lastWord);
  }

  private addKey(word: string): void {
    const key = keyOf(word);
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.pending.push(key);
  }

  /**
   * Reads the runs that hold a word of each pending key, and adds their references' words, until
   * none is pending. A key's words are found by searching the prose for it (most questions ask
   * about a surname or two); past SEARCHES keys, or once the places found pass four per word of the
   * draft (a short key written inside many words), through an index of the draft's capitalised
   * words by key, built once: each search reads the whole prose.
   */
  private spread(): void {
    const { words, prose } = this.model;
    for (let key = this.pending.pop(); key !== undefined; key = this.pending.pop()) {
      if (!this.byKey && this.searches++ >= SEARCHES) this.byKey = capitalisedWordsByKey(this.model);
      if (this.byKey) {
        for (const k of this.byKey.get(key) ?? NOTHING) this.readRunHolding(k);
        continue;
      }
      for (let at = prose.indexOf(key); at >= 0; at = prose.indexOf(key, at + 1)) {
        const k = wordStartingAt(words, at);
        if (k >= 0 && keyOf(words[k].text) === key) this.readRunHolding(k);
        if (++this.found > FOUND_PER_WORD * words.length) {
          // What this key's search has not reached yet is read through the index.
          this.byKey = capitalisedWordsByKey(this.model);
          for (const j of this.byKey.get(key) ?? NOTHING) if (words[j].start > at) this.readRunHolding(j);
          break;
        }
      }
    }
  }

  /** Reads the run that holds model word `k`, if a run does and it was not read, as readAll reads a paragraph's full names. */
  private readRunHolding(k: number): void {
    const { model } = this;
    const paragraph = model.paragraphs[model.words[k].paragraph];
    const start = this.runs.fillRunHolding(paragraph, k);
    if (start < 0 || this.runsRead.has(start)) return;
    this.runsRead.add(start);
    const reference = referenceOfRun(this.reader, this.usedMidSentence, paragraph.start);
    if (!reference) return;
    const last = this.placed[this.placed.length - 1];
    if (last && last.base + last.names.references[0].start > paragraph.start + reference.start) this.sorted = false;
    this.placed.push({ names: { references: [reference], theNouns: NOTHING, midSentence: NOTHING, asked: NOTHING, answers: NOTHING }, base: paragraph.start });
    this.addWordsOf(reference);
  }
}

/** Model word indices of the draft's capitalised words, by key (keyOf). */
function capitalisedWordsByKey(model: TextModel): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  const { words } = model;
  for (let k = 0; k < words.length; k++) {
    const { text } = words[k];
    if (!startsWithCapital(text)) continue;
    const key = keyOf(text);
    const list = byKey.get(key);
    if (list) list.push(k);
    else byKey.set(key, [k]);
  }
  return byKey;
}

/** The index of the word of `words` (sorted, apart) that starts at offset `at`, or -1. */
function wordStartingAt(words: readonly Word[], at: number): number {
  const k = firstSpanFrom(words, at);
  return k < words.length && words[k].start === at ? k : -1;
}
