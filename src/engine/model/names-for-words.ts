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
 * What a draft's full and titled names say of a word as a surname, as linking reads them, asked at
 * an offset: `named-before` when a person's full name whose last part is the word starts before
 * it; `unused` when no person's full name ends in the word and no title goes before it alone
 * (`Mr Roe`, `President Reagan`) anywhere; else `other`. Linking files a person under a surname
 * for these references alone (Linker.bySurname).
 */
export type SurnameUse = 'named-before' | 'unused' | 'other';

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
  /**
   * What surnameUse has read: for each key, the offset its words are visited on from (Infinity
   * once all were), the runs read, and what their references say.
   */
  private readonly surnameScans = new Map<string, number>();
  private readonly surnameRunsRead = new Set<number>();
  private readonly firstFullBySurname = new Map<string, number>();
  private readonly titledSurnames = new Set<string>();
  /** The question surnameUse is reading runs for, which stops when it is answered (see noteRun). */
  private askedWord = '';
  private askedAt = 0;
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

  /** Reads the runs that hold a word of each pending key, and adds their references' words, until none is pending. */
  private spread(): void {
    for (let key = this.pending.pop(); key !== undefined; key = this.pending.pop()) this.visitWordsOf(key, 0, this.readRun);
  }

  private readonly readRun = (k: number) => {
    this.readRunHolding(k);
    return false;
  };

  /**
   * Calls `visit` with each capitalised word of the draft whose key is `key` (and maybe other
   * words that start with it) that starts at offset `from` or later, in text order, until `visit`
   * returns true; returns the offset to go on from then, or Infinity once every word was visited.
   * A key's words are found by searching the prose for it (most questions ask about a surname or
   * two); past SEARCHES searches, or once the places found pass four per word of the draft (a short
   * key written inside many words), through an index of the draft's capitalised words by key,
   * built once: each search reads the whole prose.
   */
  private visitWordsOf(key: string, from: number, visit: (k: number) => boolean): number {
    const { words, prose } = this.model;
    if (!this.byKey && this.searches++ >= SEARCHES) this.byKey = capitalisedWordsByKey(this.model);
    if (this.byKey) return visitListed(words, this.byKey.get(key) ?? NOTHING, from, visit);
    for (let at = prose.indexOf(key, from); at >= 0; at = prose.indexOf(key, at + 1)) {
      const k = wordStartingAt(words, at);
      if (k >= 0 && keyOf(words[k].text) === key && visit(k)) return at + 1;
      if (++this.found > FOUND_PER_WORD * words.length) {
        // What this key's search has not reached yet is visited through the index.
        this.byKey = capitalisedWordsByKey(this.model);
        return visitListed(words, this.byKey.get(key) ?? NOTHING, at + 1, visit);
      }
    }
    return Infinity;
  }

  /**
   * What the draft's full and titled names say of `word` as a surname at offset `at` (see
   * SurnameUse), from the runs that hold a word with its key alone: linking reads them under that
   * word and no other. The runs are read in text order only until the question is answered (the
   * first full name that ends in the word, most often), and each once per draft, so the questions
   * of one draft together cost no more than reading its capitalised words.
   * Why: see speakerNamedInFullBefore.
   */
  surnameUse(word: string, at: number): SurnameUse {
    const key = keyOf(word);
    let from = this.surnameScans.get(key) ?? 0;
    if (from !== Infinity && !this.namedBefore(word, at)) {
      this.askedWord = word;
      this.askedAt = at;
      from = this.visitWordsOf(key, from, this.noteRun);
      this.surnameScans.set(key, from);
    }
    if (this.namedBefore(word, at)) return 'named-before';
    // Every run that holds the word has been read.
    return this.firstFullBySurname.has(word) || this.titledSurnames.has(word) ? 'other' : 'unused';
  }

  /** Whether a person's full name read so far ends in `word` and starts before `at`. */
  private namedBefore(word: string, at: number): boolean {
    return (this.firstFullBySurname.get(word) ?? Infinity) < at;
  }

  /** Notes what the run that holds model word `k` says of surnames, and whether that answers the question asked. */
  private readonly noteRun = (k: number) => {
    this.noteRunHolding(k);
    return this.namedBefore(this.askedWord, this.askedAt);
  };

  /** Notes what the run that holds model word `k` says of surnames: a person's full name (its last part), or a title and one name. */
  private noteRunHolding(k: number): void {
    const found = this.readNewRunHolding(k, this.surnameRunsRead);
    if (!found) return;
    const { reference, base } = found;
    if (reference.partCount < 2) {
      if (reference.title) this.titledSurnames.add(reference.lastWord);
    } else if (reference.kind === 'person') {
      const at = base + reference.start;
      if (at < (this.firstFullBySurname.get(reference.lastPart) ?? Infinity)) this.firstFullBySurname.set(reference.lastPart, at);
    }
  }

  /** Reads the run that holds model word `k`, if a run does and it was not read, as readAll reads a paragraph's full names. */
  private readRunHolding(k: number): void {
    const found = this.readNewRunHolding(k, this.runsRead);
    if (!found) return;
    const { reference, base } = found;
    const last = this.placed[this.placed.length - 1];
    if (last && last.base + last.names.references[0].start > base + reference.start) this.sorted = false;
    this.placed.push({ names: { references: [reference], theNouns: NOTHING, midSentence: NOTHING, asked: NOTHING, answers: NOTHING }, base });
    this.addWordsOf(reference);
  }

  /**
   * The reference of the run that holds model word `k`, as readAll reads a paragraph's full names,
   * with its paragraph's start, if a run holds the word and its start is not yet in `read` (then added).
   */
  private readNewRunHolding(k: number, read: Set<number>): { reference: ParagraphReference; base: number } | undefined {
    const { model } = this;
    const paragraph = model.paragraphs[model.words[k].paragraph];
    const start = this.runs.fillRunHolding(paragraph, k);
    if (start < 0 || read.has(start)) return undefined;
    read.add(start);
    const reference = referenceOfRun(this.reader, this.usedMidSentence, paragraph.start);
    return reference && { reference, base: paragraph.start };
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

/** visitWordsOf through the index: `visit` each of model words `listed` that starts at offset `from` or later, until it returns true. */
function visitListed(words: readonly Word[], listed: readonly number[], from: number, visit: (k: number) => boolean): number {
  let lo = 0;
  let hi = listed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[listed[mid]].start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < listed.length; i++) if (visit(listed[i])) return words[listed[i]].start + 1;
  return Infinity;
}

/** The index of the word of `words` (sorted, apart) that starts at offset `at`, or -1. */
function wordStartingAt(words: readonly Word[], at: number): number {
  const k = firstSpanFrom(words, at);
  return k < words.length && words[k].start === at ? k : -1;
}
