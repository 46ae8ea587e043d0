import type { Span } from '../types';
import { isSpaceCode, startsWithCapital } from './char-class';
import { namesLayerAtHand, personNamedIn } from './lazy-layer';
import { mentionIn } from './names';
import { firstRoleWords } from './name-roles';
import { COURTESY_TITLES, JOB_TITLES, NAME_PARTICLES, ORGANISATION_NOUNS, PEERAGE, ROLE_NOUNS } from './name-words';
import type { Attribution, TextModel } from './types';

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const VAGUE_NOUNS = new Set([
  'source', 'sources', 'official', 'officials', 'aide', 'aides', 'insider', 'insiders', 'critic', 'critics', 'analyst', 'analysts',
  'observer', 'observers', 'expert', 'experts', 'diplomat', 'diplomats', 'someone', 'somebody', 'adviser', 'advisers', 'advisor', 'advisors',
  'person', 'people', 'individual', 'individuals', 'figure', 'figures', 'staffer', 'staffers', 'insider', 'trader', 'traders', 'broker', 'brokers',
]);
/** A description whose words were published or recorded by a named outlet, report or study. */
const PUBLISHED_IN =
  /\b(?:(?:quoted|cited|interviewed|surveyed|polled|questioned)\s+(?:by|in|for)\s+(?:the\s+|a\s+)?(?:\p{Lu}|report\b|study\b|survey\b|research\b|poll\b)|(?:who took part in|taking part in)\s+(?:the|a)\s+(?:report|study|survey|research|poll)\b|(?:in|for|writing in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:magazine|newspaper|journal)\b)/u;
/** Words that make a description anonymous whatever its noun: `a senior minister`. */
const VAGUE_ADJECTIVES = /\b(?:senior|unnamed|anonymous|high-ranking|high-level|top|veteran|one)\b/;
const INDEFINITE = /^(?:a|an|one|some|several|two|three|four|many|other|various|certain|numerous|unnamed|senior|anonymous)\b/i;
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'one']);
/** Words that end a speaker description before its qualifiers: `a former aide | to …`. */
const HEAD_END = new Set(['to', 'of', 'for', 'at', 'in', 'with', 'from', 'on', 'within', 'inside', 'who', 'whom', 'which', 'that', 'close', 'familiar', 'involved', 'near', 'under', 'among', 'by']);
/** Words that can sit between a speaker and its verb, or introduce a clause before the speaker. */
const FILLER = new Set([
  'also', 'later', 'then', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'would', 'will', 'did', 'does', 'could', 'should', 'might', 'may',
  'once', 'previously', 'earlier', 'recently', 'today', 'yesterday', 'last', 'night', 'now', 'again', 'just', 'already', 'still', 'himself',
  'herself', 'themselves', 'itself', 'not', 'even', 'only', 'simply', 'reportedly', 'apparently', 'famously', 'however', 'too', 'both', 'all',
  'has', 'been', 'had', 'never', 'always', 'often', 'ever', 'first', 'finally', 'repeatedly', 'publicly', 'privately', 'openly',
]);
const CLAUSE_STARTERS = new Set(['and', 'but', 'as', 'while', 'when', 'because', 'after', 'before', 'since', 'although', 'though', 'so', 'if', 'where', 'whereas', 'yet', 'or', 'nor', 'until', 'unless', 'what', 'once']);

const ABBREVIATION_TOKEN = /^(?:\p{Lu}\.|(?:\p{L}\.){2,}|(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Sgt|Rev|St|Jr|Sr|Det|Adm|Cmdr|Supt|Insp)\.)$/u;
const CAPITALISED = /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u;
const ACRONYM = /^[\p{Lu}\p{N}&]{2,}(?:['’]s)?$/u;

interface Token {
  text: string;
  start: number;
  end: number;
}

/** The runs of non-space characters in text[from, to), at most `max` of them, without copying the window first. */
function tokensBetween(text: string, from: number, to: number, max = Infinity): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to && out.length < max) {
    while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= to) break;
    const start = i;
    while (i < to && !isSpaceCode(text.charCodeAt(i))) i++;
    out.push({ text: text.slice(start, i), start, end: i });
  }
  return out;
}

/** Only ASCII letters: such a token is its own bare form, with no punctuation to test for (the common case). */
function isPlainWord(token: string): boolean {
  if (token.length === 0) return false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
  }
  return true;
}

const bare = (token: string) => (isPlainWord(token) ? token : token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '').replace(/['’]s$/u, ''));
const lower = (token: string) => (isPlainWord(token) ? token.toLowerCase() : bare(token).replace(/\.$/, '').toLowerCase());

/** Comma segments that describe rather than name, and are skipped to reach the name: `Gere, who …, said`. */
const DESCRIPTIVE_START = /^(?:of|from|who|whose|which|aged|also|now|then|himself|herself|speaking|writing|\d)/i;

/**
 * The speaker phrase that ends right before `end` (`Rutte`, `the former aide`), read
 * back over a bounded window to a clause boundary. Appositions between commas are
 * skipped to reach the name (`James Cridland, head of new media at Virgin Radio, said`).
 */
export function speakerBefore(text: string, from: number, end: number): Span | undefined {
  const windowStart = Math.max(from, end - 180);
  // Tokens back to a hard boundary, grouped into comma segments (last segment first). Read from
  // `end` backwards, since the boundary is usually a few words back and the window is 180 characters.
  const segments: Token[][] = [[]];
  let i = end;
  for (let count = 0; count < 36; count++) {
    while (i > windowStart && isSpaceCode(text.charCodeAt(i - 1))) i--;
    if (i <= windowStart) break;
    const tokenEnd = i;
    while (i > windowStart && !isSpaceCode(text.charCodeAt(i - 1))) i--;
    const token: Token = { text: text.slice(i, tokenEnd), start: i, end: tokenEnd };
    const t = token.text;
    if (!isPlainWord(t)) {
      if (/["“”‘«»()\[\]—–;:]/.test(t) || (/['’]$/.test(t) && !/s['’]$/.test(t))) break;
      if (/[.!?]$/.test(t) && !ABBREVIATION_TOKEN.test(t)) break;
      if (/,$/.test(t)) segments.push([]);
    }
    segments[segments.length - 1].push(token);
  }
  for (const segment of segments) segment.reverse();
  for (let s = 0; s < segments.length && s < 4; s++) {
    const segment = trimSegment(segments[s]);
    const previous = segments[s + 1];
    if (segment.length > 0) {
      // `James Cridland, head of new media at Virgin Radio, said`, `Ken Perkins, an analyst at …, told`.
      const apposition = /^\p{Ll}/u.test(segment[0].text) && !PRONOUNS.has(lower(segment[0].text)) && previous !== undefined && endsWithName(previous);
      const descriptive = DESCRIPTIVE_START.test(segment[0].text) || apposition;
      if (!descriptive || !previous || previous.length === 0) {
        const last = segment[segment.length - 1];
        let first = 0;
        // `Speaking in Harrogate Mr Kennedy said`: a participle clause ends where the name begins.
        if (/^\p{Lu}\p{Ll}+ing$/u.test(segment[0].text)) {
          first = segment.length - 1;
          while (first > 1 && /^\p{Lu}/u.test(segment[first - 1].text)) first--;
        }
        return { start: segment[first].start, end: last.end - (/,$/.test(last.text) ? 1 : 0) };
      }
    } else if (s > 0 || !previous || previous.length === 0) {
      return undefined;
    }
  }
  return undefined;
}

const NOT_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'however', 'meanwhile', 'instead', 'separately', 'earlier', 'later', 'today', 'yesterday', 'last', 'but', 'and', 'so', 'now', 'then', 'also', 'still', 'indeed', 'in', 'on', 'at']);

/** A comma segment that ends in a person's name (`Ken Perkins,`), so what follows is an apposition. */
function endsWithName(segment: Token[]): boolean {
  const n = segment.length;
  if (n === 0) return false;
  const last = segment[n - 1].text.replace(/,$/, '');
  if (!/^\p{Lu}\p{Ll}/u.test(last) || NOT_NAMES.has(lower(last))) return false;
  if (n === 1) return true;
  const before = segment[n - 2].text;
  return /^\p{Lu}/u.test(before) && !NOT_NAMES.has(lower(before)) && !DETERMINERS.has(lower(before));
}

/** Drops filler at the end (`also`, `later`) and everything up to a clause opener (`and he`). */
function trimSegment(segment: Token[]): Token[] {
  let last = segment.length - 1;
  // Filler is lower case: `Theresa May` keeps its `May`.
  while (last >= 0 && (FILLER.has(segment[last].text) || /^\p{Ll}+ly$/u.test(segment[last].text))) last--;
  let first = 0;
  for (let k = last; k >= 0; k--) {
    if (CLAUSE_STARTERS.has(lower(segment[k].text))) {
      first = k + 1;
      break;
    }
  }
  return segment.slice(first, last + 1);
}

/** The speaker phrase that starts right after a verb: `said | a former aide to …, who`. */
export function speakerAfter(text: string, start: number, limit: number): Span | undefined {
  const tokens = tokensBetween(text, start, Math.min(limit, start + 160), 14);
  let last = -1;
  for (let k = 0; k < tokens.length && k < 14; k++) {
    const t = tokens[k].text;
    if (/^["“”‘’'«»(\[—–]/.test(t)) break;
    last = k;
    if (/[,;:!?)\]"“”’—–]$/.test(t) || (/\.$/.test(t) && !ABBREVIATION_TOKEN.test(t))) break;
  }
  if (last < 0) return undefined;
  const startToken = tokens[0];
  let end = tokens[last].end;
  while (end > startToken.start && /[,;:.!?)\]"“”’—–]/.test(text[end - 1]) && !ABBREVIATION_TOKEN.test(text.slice(tokens[last].start, end))) end--;
  if (end <= startToken.start) return undefined;
  if (/^(?:that|to|how|what|whether|on|in|at|it|this|so|yes|no)\b/i.test(startToken.text) && !/^(?:it)$/i.test(bare(startToken.text))) return undefined;
  return { start: startToken.start, end };
}

/** The part of a speaker phrase that names who it is, before qualifiers (`a former aide` of `a former aide to …`). */
export function speakerHead(text: string, span: Span): Span {
  const tokens = tokensBetween(text, span.start, span.end);
  let end = tokens.length;
  for (let k = 1; k < tokens.length; k++) {
    if (HEAD_END.has(tokens[k].text) || /^[-–—]+$/.test(tokens[k].text) || /,$/.test(tokens[k - 1].text)) {
      end = k;
      break;
    }
  }
  if (end === 0) return span;
  let stop = tokens[end - 1].end;
  while (stop > span.start && /[,;:]/.test(text[stop - 1])) stop--;
  return { start: span.start, end: stop };
}

/** Who the speaker is, as far as the words of the phrase tell. */
export function classifySpeaker(phrase: string, full: string): Attribution['speakerKind'] {
  const kind = classifyWords(phrase, full);
  // `one reviewer in Rolling Stone magazine`, `an analyst quoted by AFP`: a publication the reader can look up answers for the source.
  return kind === 'anonymous' && PUBLISHED_IN.test(full) ? 'organisation' : kind;
}

function classifyWords(phrase: string, full: string): Attribution['speakerKind'] {
  const tokens = phrase.split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return 'unknown';
  const words = tokens.map(lower);
  if (tokens.length === 1 && PRONOUNS.has(words[0])) return 'pronoun';
  const fullLower = full.toLowerCase();
  const headNoun = words[words.length - 1];
  // `Senior business manager Jon Walton`: a name at the end says who it is, whatever the description.
  const n = tokens.length;
  if (n >= 2 && /^\p{Lu}\p{Ll}/u.test(tokens[n - 1]) && /^\p{Lu}\p{Ll}/u.test(tokens[n - 2]) && !COURTESY_TITLES.has(words[n - 2]) && !JOB_TITLES.has(words[n - 2]) && !DETERMINERS.has(words[n - 2])) return 'named';
  // `senior law lord Lord Bingham`, `aide Mr Hale`: a courtesy title and a name end the description, whatever comes before.
  if (n >= 3 && COURTESY_TITLES.has(words[n - 2]) && /^\p{Lu}\p{Ll}/u.test(tokens[n - 2]) && /^\p{Lu}\p{Ll}/u.test(tokens[n - 1]) && !COURTESY_TITLES.has(words[n - 1]) && !JOB_TITLES.has(words[n - 1])) {
    return PEERAGE.has(words[n - 2]) ? 'named' : 'title-surname';
  }
  const startsWithName = CAPITALISED.test(tokens[0]) && !DETERMINERS.has(words[0]) && !INDEFINITE.test(tokens[0]);
  if (!startsWithName || !/^\p{Lu}/u.test(tokens[tokens.length - 1])) {
    // `analysts from Citigroup`: a named institution stands behind the description.
    if (VAGUE_NOUNS.has(headNoun) && /^\S+(?:\s+\S+){0,4}?\s+(?:from|at)\s+(?:the\s+)?\p{Lu}/u.test(full) && !/\b(?:to|of|close)\b/.test(fullLower.slice(0, fullLower.search(/\b(?:from|at)\b/)))) {
      return 'organisation';
    }
    if (VAGUE_NOUNS.has(headNoun) && words[0] !== 'our') {
      if ((headNoun === 'person' || headNoun === 'people' || headNoun === 'individual' || headNoun === 'individuals') && !/\b(?:familiar|close|with knowledge|briefed|involved|aware)\b/.test(fullLower)) {
        return 'unknown';
      }
      return 'anonymous';
    }
    if (INDEFINITE.test(words[0]) && VAGUE_ADJECTIVES.test(words.slice(0, -1).join(' '))) return 'anonymous';
    if (ORGANISATION_NOUNS.has(headNoun)) return 'organisation';
  }
  // Names: the run of capitalised words at the end of the head, after any titles.
  let k = tokens.length - 1;
  const run: string[] = [];
  while (k >= 0) {
    const t = tokens[k];
    const w = words[k];
    if (CAPITALISED.test(t) && !DETERMINERS.has(w)) run.unshift(t);
    else if (NAME_PARTICLES.has(w) && run.length > 0) run.unshift(t);
    else break;
    k--;
  }
  if (run.length === 0) return ORGANISATION_NOUNS.has(headNoun) ? 'organisation' : 'unknown';
  if (k >= 0 && words[k] === 'the') return 'organisation';
  let titles = 0;
  while (titles < run.length && (COURTESY_TITLES.has(lower(run[titles])) || JOB_TITLES.has(lower(run[titles])))) titles++;
  const precededByTitle = titles > 0;
  const names = run.slice(titles);
  if (names.length === 0) return 'unknown';
  // Peers, knights and royalty are referred to in full by title and one name: `Lord Falconer`, `Sir Alex`.
  if (titles > 0 && PEERAGE.has(lower(run[titles - 1]))) return 'named';
  if (names.length === 1 && ACRONYM.test(names[0])) return 'organisation';
  if (k >= 0 && words[k] === 'the' && !precededByTitle) return 'organisation';
  if (names.length >= 2) return 'named';
  if (precededByTitle) return 'title-surname';
  // `Mr Nogar's son Stephen`, `manager Wenger`: a description says who the one name is.
  return k >= 0 && /^\p{Ll}/u.test(tokens[k]) && !DETERMINERS.has(words[k]) ? 'named' : 'surname';
}

/** `the analyst`: a speaker that may point back to a role. */
const THE_ROLE = /^the\s+(\p{L}+)$/iu;

/**
 * Whether `text` opens with `the` in any case, which THE_ROLE needs (no character but these six
 * folds to t, h or e), tested before that case-insensitive Unicode expression runs. Why: run on
 * every anonymous speaker, it was the costliest line of resolveAnonymousSpeakers (7 of its 20
 * self-time samples in 4 main-thread profiles of a reuters-world check, `node --cpu-prof`).
 */
function opensWithThe(text: string): boolean {
  return text.length > 4 && (text.charCodeAt(0) | 32) === 116 && (text.charCodeAt(1) | 32) === 104 && (text.charCodeAt(2) | 32) === 101;
}

/**
 * Reads the anonymous speakers again with the names layer (built only when a draft has one): a role
 * that points back to a person named earlier (`the analyst` after `Jane Roe, an analyst with Acme
 * Securities`) is that person, and an unnamed source a named publication quotes (`Opecna quoted an
 * OPEC official as saying`) is the publication's to answer for.
 */
export function resolveAnonymousSpeakers(model: TextModel): void {
  let credited: Map<string, number> | undefined;
  let roleWords: Map<string, number> | undefined;
  for (const q of model.quotations) {
    const a = q.attribution;
    if (!a?.speaker || !a.speakerText || (a.speakerKind !== 'anonymous' && a.speakerKind !== 'unknown')) continue;
    // Only `the analyst`, `the mayor` can point back to a role: other speakers never make the names layer be built.
    const role = opensWithThe(a.speakerText) ? THE_ROLE.exec(a.speakerText)?.[1].toLowerCase() : undefined;
    // firstRoleWords reads every word: on a 100,000-word draft whose layer an editor session keeps, 5 ms of a 43 ms re-lint.
    if (role && (ROLE_NOUNS.has(role) || JOB_TITLES.has(role)) && (namesLayerAtHand(model.names) || ((roleWords ??= firstRoleWords(model)).get(role) ?? Infinity) < a.speaker.start)) {
      const mention = mentionIn(model.names, a.speaker);
      if (mention && mention.form === 'role' && mention.start === a.speaker.start && mention.end === a.speaker.end) {
        a.speakerKind = 'named';
        continue;
      }
    }
    if (appositiveName(model, a.speaker)) {
      a.speakerKind = 'named';
      continue;
    }
    if (a.speakerKind !== 'anonymous') continue;
    credited ??= rolesQuotedByPublications(model);
    const head = lower(a.speakerText.split(/\s+/).pop() ?? '');
    const at = credited.get(head) ?? credited.get(head.replace(/s$/, ''));
    if (at !== undefined && at < a.speaker.end) a.speakerKind = 'organisation';
  }
}

/** How far past a description its appositive name may start: a description runs a clause at most. */
const APPOSITION_REACH = 120;

/**
 * A person's full name in apposition right after the speaker's description names the speaker:
 * `said one leader of the farm movement, Luis Prado.`, `a senior trade official, Karel de Vries,
 * told reporters`. The description runs on to the first comma within its clause (no quotation
 * mark or sentence end before it); the name must be a person's full name in the names layer and
 * end the apposition (a comma, the sentence's end or a quotation mark after it).
 */
function appositiveName(model: TextModel, speaker: Span): boolean {
  const { prose } = model;
  const limit = Math.min(prose.length, speaker.end + APPOSITION_REACH);
  let comma = -1;
  for (let i = speaker.end; i < limit; i++) {
    const c = prose[i];
    if (c === ',') {
      comma = i;
      break;
    }
    if (c === '.' || c === '!' || c === '?' || c === ';' || c === ':' || c === '\n' || c === '"' || c === '“' || c === '”' || c === '(') return false;
  }
  if (comma === -1) return false;
  let nameStart = comma + 1;
  while (nameStart < limit && prose[nameStart] === ' ') nameStart++;
  // Nothing joins a name to the word before a comma, so a name there starts a run of capitalised words.
  if (!startsWithCapital(prose.slice(nameStart, nameStart + 2))) return false;
  const mention = personNamedIn(model.names, { start: nameStart, end: nameStart + 1 });
  if (!mention || mention.start !== nameStart || mention.form !== 'full') return false;
  const after = prose[mention.end] ?? '';
  return after === '' || /[,.!?;"”’\n]/.test(after);
}

/** `<a publication> quoted an unnamed bourse official as saying`, `quoting two officials as saying`. */
const QUOTED_AS_SAYING = /\bquot(?:ed|ing)\s+(?:an?|the|one|two|three|several|some|other)\s+(?:[\p{L}'’-]+\s+){0,4}?(\p{Ll}+)\s+as\s+say/gu;

/**
 * The role nouns of unnamed sources a named publication, agency or other body quotes
 * (`Opecna quoted an OPEC secretariat official as saying`), each with the offset where it
 * is first so quoted. One regex pass per sentence that holds `quot`, so linear in the draft.
 */
function rolesQuotedByPublications(model: TextModel): Map<string, number> {
  const found = new Map<string, number>();
  const { prose } = model;
  // Where `quot` is next written: only the sentences that hold it are sliced and searched (most hold none).
  let quot = prose.indexOf('quot');
  for (const sentence of model.sentences) {
    if (quot >= 0 && quot < sentence.start) quot = prose.indexOf('quot', sentence.start);
    if (quot < 0) break;
    if (quot + 4 > sentence.end) continue;
    const text = prose.slice(sentence.start, sentence.end);
    for (const m of text.matchAll(QUOTED_AS_SAYING)) {
      const at = sentence.start + m.index;
      const names = model.names;
      const subject = mentionIn(names, { start: sentence.start, end: at });
      if (!subject || names.entities[subject.entity].kind === 'person') continue;
      const head = m[1].replace(/s$/, '');
      if (!found.has(head)) found.set(head, at);
    }
  }
  return found;
}
