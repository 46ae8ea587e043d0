import type { Span } from '../types';
import { isSpaceCode, startsWithCapital } from './char-class';
import { JOB_TITLES, listForm, ROLE_NOUNS } from './name-words';
import type { NameRole, TextModel } from './types';

/** Words that end a role's head: `an analyst | with Acme Securities`, `vice chairman | of …`. */
const ROLE_HEAD_END = new Set(['of', 'with', 'at', 'for', 'in', 'to', 'from', 'on', 'within', 'inside', 'who', 'whom', 'which', 'that', 'and', 'based', 'since', 'until', 'under', 'by']);
/** How an apposition that describes a person opens: `a`, `an`, `the`, `former`, or a title word. */
const ROLE_OPENERS = new Set(['a', 'an', 'the', 'one', 'his', 'her', 'their', 'its', 'former', 'senior', 'acting', 'assistant', 'associate', 'managing', 'interim', 'deputy', 'vice', 'chief', 'executive', 'then', 'now', 'also', 'longtime', 'veteran']);
const MAX_ROLE_WORDS = 16;
/** Role nouns and title words: the words a role is made of (`analyst`, `director general`). */
const ROLE_WORDS = new Set([...ROLE_NOUNS, ...JOB_TITLES]);
/** What ends an apposition's words: `, an analyst with Acme Securities|,`. */
const APPOSITION_END = /[,.;:!?()"“”—–]/;

/** Whether one plain space, and nothing else, separates words `left` and `left + 1`. */
function spaceBetween(model: TextModel, left: number): boolean {
  const { words } = model;
  return words[left + 1].start === words[left].end + 1 && model.prose.charCodeAt(words[left].end) === 32;
}

/**
 * `analyst Jane Roe`, `director general Noboru Hatakeyama`: a role noun written just before the name
 * (or its title), which starts at model word `first`; offsets from `base`.
 */
export function roleBefore(model: TextModel, first: number, base: number): NameRole | undefined {
  const { words, prose } = model;
  if (first === 0) return undefined;
  const before = words[first - 1];
  if (before.sentence !== words[first].sentence || !spaceBetween(model, first - 1)) return undefined;
  if (!before.sentenceInitial && startsWithCapital(before.text)) return undefined;
  const roleWord = before.text.toLowerCase();
  if (!ROLE_WORDS.has(roleWord)) return undefined;
  let from = first - 1;
  while (from > 0 && first - from < 3 && words[from - 1].sentence === before.sentence && spaceBetween(model, from - 1) && ROLE_WORDS.has(words[from - 1].text)) from--;
  return { start: words[from].start - base, end: before.end - base, text: prose.slice(words[from].start, before.end), head: roleWord };
}

/**
 * `Jane Roe, an analyst with Acme Securities,`: the apposition after a name that ends at `end`,
 * in model word `last` or one after it, which says what the person does; offsets from `base`.
 */
export function appositionAfter(model: TextModel, last: number, end: number, base: number): NameRole | undefined {
  const { words, prose } = model;
  while (last + 1 < words.length && words[last + 1].start <= end - 1) last++;
  const opener = words[last + 1];
  if (!opener || opener.sentence !== words[last].sentence || !commaThenSpace(prose, end, opener.start)) return undefined;
  const lower = opener.text.toLowerCase();
  if (!ROLE_OPENERS.has(lower) && !ROLE_WORDS.has(lower)) return undefined;
  let stop = last + 1;
  let head = '';
  let headDone = false;
  while (stop < words.length && stop - last <= MAX_ROLE_WORDS && words[stop].sentence === opener.sentence) {
    const w = words[stop];
    if (!headDone && ROLE_HEAD_END.has(w.text) && stop > last + 1) headDone = true;
    if (!headDone) head = listForm(w.text);
    const gap = prose.slice(w.end, words[stop + 1]?.start ?? w.end);
    stop++;
    if (APPOSITION_END.test(gap)) break;
  }
  if (!head || ROLE_OPENERS.has(head)) return undefined;
  return { start: opener.start - base, end: words[stop - 1].end - base, text: prose.slice(opener.start, words[stop - 1].end), head };
}

/**
 * Where a role whose head is each role word (list form) may first be written, by head: the first
 * word of that form that is capitalised (a title in a name's run: `Mayor Andrea Ginther`), that a
 * capitalised word follows (roleBefore: `analyst Jane Roe`), or that an apposition after a comma may
 * reach (appositionAfter: `Jane Roe, an analyst with`). No role with a head missing here, or only
 * later, starts before that offset, so `the <head>` there points back to none. Why: a quote
 * attributed to `the spokesman` had the whole names layer built to tell (44 reuters-world and 29
 * bbc-news stories in a CLI check), nearly always for a role the draft gave no one.
 */
export function firstRoleWords(model: TextModel): Map<string, number> {
  const { words, prose } = model;
  const first = new Map<string, number>();
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    // Most words are lower-case letters, their own list form: only the others are lower-cased.
    const head = isLowerAscii(w.text) ? w.text : listForm(w.text);
    if (!ROLE_WORDS.has(head) || first.has(head)) continue;
    const next = words[k + 1];
    if (startsWithCapital(w.text) || (next !== undefined && next.sentence === w.sentence && startsWithCapital(next.text)) || mayEndApposition(model, k)) first.set(head, w.start);
  }
  return first;
}

/** Whether model word `k` may be the head appositionAfter reads last in an apposition: after a comma and an opener, with nothing between that ends the apposition or its head, and nothing after it that goes on with the head. */
function mayEndApposition(model: TextModel, k: number): boolean {
  const { words, prose } = model;
  const w = words[k];
  const next = words[k + 1];
  for (let j = k; j > 0 && k - j < MAX_ROLE_WORDS && words[j - 1].sentence === w.sentence; j--) {
    if (j < k && ROLE_HEAD_END.has(words[j + 1].text)) return false;
    if (!hasIn(prose, words[j - 1].end, words[j].start, 44)) {
      if (APPOSITION_END.test(prose.slice(words[j - 1].end, words[j].start))) return false;
      continue;
    }
    const opener = words[j].text.toLowerCase();
    if (!ROLE_OPENERS.has(opener) && !ROLE_WORDS.has(opener)) return false;
    // The head goes on to the next word unless the apposition or its head ends before it.
    return next === undefined || next.sentence !== w.sentence || k + 1 - (j - 1) > MAX_ROLE_WORDS || ROLE_HEAD_END.has(next.text) || APPOSITION_END.test(prose.slice(w.end, next.start));
  }
  return false;
}

function isLowerAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

function hasIn(prose: string, from: number, to: number, code: number): boolean {
  for (let i = from; i < to; i++) if (prose.charCodeAt(i) === code) return true;
  return false;
}

/** Whether prose [from, to) is a comma and one space, after a possessive's `'s` or `'` if any: `Roe, an`, `Roe's, an`. */
function commaThenSpace(prose: string, from: number, to: number): boolean {
  let at = from;
  const c = prose.charCodeAt(at);
  if (at < to && (c === 39 || c === 0x2019)) {
    at++;
    if (at < to && prose.charCodeAt(at) === 115) at++;
  }
  return to - at === 2 && prose.charCodeAt(at) === 44 && isSpaceCode(prose.charCodeAt(at + 1));
}

/** `the analyst`: a noun after `the` that may point back to a role, offsets from the paragraph's start. */
export interface TheNoun extends Span {
  /** The noun, lower case. */
  noun: string;
  text: string;
}

/**
 * `the analyst`: model word `k` as `the` and the word after it, before `to`, unless a name follows
 * (`the analyst Jane Roe` introduces one of its own); offsets from `base`.
 */
export function theNounAt(model: TextModel, k: number, to: number, base: number): TheNoun | undefined {
  const { words, prose } = model;
  const the = words[k];
  if (k + 1 >= to || (the.text !== 'the' && the.text !== 'The')) return undefined;
  const w = words[k + 1];
  if (the.sentence !== w.sentence || w.start !== the.end + 1) return undefined;
  const next = words[k + 2];
  if (next && next.sentence === w.sentence && startsWithCapital(next.text) && spaceBetween(model, k + 1)) return undefined;
  return { start: the.start - base, end: w.end - base, noun: w.text.toLowerCase(), text: prose.slice(the.start, w.end) };
}
