import { classifySpeaker, speakerAfter, speakerBefore, speakerHead } from './speakers';
import { findVerbs, isParticiple, isSpeechAct, type VerbHit } from './speech-verbs';
import { firstSpanFrom } from '../positions';
import { introducedDocument, isDocument } from './documents';
import type { Span } from '../types';
import type { Attribution, Quotation, TextModel } from './types';
import { startsWithCapital } from './char-class';

/**
 * Attaches an Attribution to each speech quotation in the model (in place), the
 * way a copy editor reads a paragraph: the speaker next to the quote (said-after,
 * said-before, colon), a subject and verb earlier in the sentence (partial quote,
 * `according to`), then the same speaker carried on within the paragraph or
 * across a multi-paragraph quote. A new paragraph that opens with a quote takes the
 * speaker only from a quote or reported speech that ended the paragraph before
 * (marked `acrossParagraphs`, which AP style does not accept).
 * Each quotation reads a window of bounded size around itself, so this is linear.
 */
export function attributeQuotations(model: TextModel): void {
  const { quotations, prose } = model;
  if (quotations.length === 0) return;
  const verbs = verbsNearQuotes(model);
  markHeadlineQuotesAsTerms(model, verbs);
  const outside = proseOutsideQuotes(prose, quotations);
  const pass: AttributionPass = { model, outside, verbs, names: new NamesMidSentence(model) };
  let sentence = 0;
  let paragraph = -1;
  /** Latest speaker seen in the current paragraph, with the quotation it came from if any. */
  let current: Attribution | undefined;
  /** Reported speech that named a newer speaker, classified only when a quote needs it (most quotes name their own). */
  let pending: SpeechSpans | undefined;
  /**
   * Stretches of paraphrase before quotes since `pending` was last cleared, as [from, to) pairs in
   * order: each is read for its reported speech (latest first) only when a quote asks who is talking,
   * since most quotes name their own speaker. Reading every stretch at once (lastSpeechVerbSpans) took
   * 23–42 ms of attributeQuotations' 200–350 in bbc-news --cpu-prof profiles.
   */
  const paraphrases: number[] = [];
  const pendingSpeech = (): SpeechSpans | undefined => {
    for (let k = paraphrases.length - 2; k >= 0; k -= 2) {
      const found = lastSpeechVerbSpans(pass, paraphrases[k], paraphrases[k + 1]);
      if (found) {
        pending = found;
        break;
      }
    }
    paraphrases.length = 0;
    return pending;
  };
  /**
   * A quote's speaker, and the quotation it came from, not yet copied into `current`: copied only
   * when a later quote takes it, since most quotes name their own. Copying each one at once (an
   * object spread, of objects of many shapes) took a fifth of attributeQuotations' own time in
   * bbc-news --cpu-prof profiles (their line ticks).
   */
  let latest: Attribution | undefined;
  let latestFrom = -1;
  const carry = (attribution: Attribution, from: number) => {
    latest = attribution;
    latestFrom = from;
    current = undefined;
    pending = undefined;
    paraphrases.length = 0;
  };
  const speakerSoFar = (): Attribution | undefined => {
    const speech = pendingSpeech();
    if (speech) {
      current = finish(outside, 'continuation', speech.speaker, speech.verb);
      pending = undefined;
      latest = undefined;
    } else if (latest) {
      current = restated(latest, latest.form, latestFrom);
      latest = undefined;
    }
    return current;
  };
  let scannedTo = 0;
  const tops = quotations.filter((q) => q.parent === -1);
  let closing: Attribution | undefined;
  /** The last quotation before this paragraph: who was talking when the paragraph before ended is worked out from it, when asked. */
  let lastBeforeParagraph: Quotation | undefined;
  let previous: Quotation | undefined;
  for (const q of tops) {
    const p = model.paragraphs[q.paragraph];
    if (q.paragraph !== paragraph) {
      lastBeforeParagraph = previous;
      paragraph = q.paragraph;
      // `: "I joined Island Records in 1977 …"`: a paragraph that opens with a colon had a speaker label, now elided.
      current = prose[p.start] === ':' ? { form: 'colon', speakerKind: 'unknown' } : undefined;
      pending = undefined;
      paraphrases.length = 0;
      latest = undefined;
      scannedTo = p.start;
    }
    previous = q;
    while (sentence + 1 < model.sentences.length && model.sentences[sentence].end <= q.outer.start) sentence++;
    const sentenceStart = Math.max(p.start, Math.min(model.sentences[sentence]?.start ?? p.start, q.outer.start));
    // Paraphrase between the last quote and this one may name a new speaker: `Mr Abbas said such attacks …`.
    if (sentenceStart > scannedTo) paraphrases.push(scannedTo, sentenceStart);
    scannedTo = q.outer.end;
    // Quoted terms are attributed too (`said the plan was "a shambles"`): they name the speaker of the quotes that follow.
    const own = q.kind === 'speech' ? ownAttribution(pass, q, sentenceStart, speakerSoFar) : termAttribution(pass, q, sentenceStart, speakerSoFar);
    if (own) {
      q.attribution = own;
      if (own.form !== 'continuation') carry(own, q.index);
      continue;
    }
    if (q.kind !== 'speech') continue;
    if (q.continues !== undefined && quotations[q.continues].attribution) {
      q.attribution = restated(quotations[q.continues].attribution!, 'multi-paragraph', q.continues);
    } else if (q.outer.start === p.start && q.continues === undefined && (closing = closingSpeaker(pass, q.paragraph - 1, lastBeforeParagraph))) {
      // A quote opening its paragraph may carry on the speaker still talking when the paragraph before ended.
      // Extracts of a document introduced in the paragraph before (`Following are extracts from the communique.`) need no speaker of their own.
      const extracts = closing.document === true && closing.form === 'colon';
      q.attribution = { ...closing, form: extracts ? 'colon' : 'continuation', acrossParagraphs: !extracts };
    } else if (!pendingSpeech() && latest) {
      // The same copy speakerSoFar would make, and the one made from it, in one.
      q.attribution = restated(latest, 'continuation', latestFrom);
    } else if (speakerSoFar()) {
      q.attribution = restated(current!, 'continuation');
    } else if (isEmbeddedFragment(prose, q)) {
      // A fragment inside reported speech whose verb comes later: `… "sustained reform efforts" are needed, the IMF said.`
      const later = firstSpeechVerb(pass, q.outer.end, p.end);
      if (later) q.attribution = { ...later, form: 'partial' };
      // `Standard Chartered sees "the opportunity to create value …"`: the sentence's subject stands behind the fragment.
      else q.attribution = impliedSpeaker(pass, sentenceStart, q.outer.start, 'partial');
    } else if (endsSentenceItIsPartOf(prose, q)) {
      // `He ruled out more exports, "because the idea is not to disrupt the market."`: the full stop is the sentence's, and so is the subject.
      q.attribution = impliedSpeaker(pass, sentenceStart, q.outer.start, 'partial');
    } else if (q.outer.start > p.start) {
      // `Morris appears almost evangelical. "I was on a cruise …"`: the person the paragraph is about goes on talking.
      const before = model.sentences[sentence - 1];
      if (before && before.paragraph === q.paragraph) q.attribution = impliedSpeaker(pass, before.start, before.end, 'continuation');
    }
    q.attribution ??= namedRightAfter(pass, q, sentence) ?? listLeadIn(model, q);
    if (q.attribution) carry(q.attribution, q.attribution.from ?? q.index);
  }
  inheritBackwards(model, tops);
}

/**
 * `{ ...attribution, form, from }`, spelled out: the spread went through V8's generic object clone,
 * attributions coming in many shapes, and was the costliest line of attributeQuotations' own time
 * in bbc-news --cpu-prof profiles (its line ticks). Only fields the attribution has are copied.
 */
function restated(attribution: Attribution, form: Attribution['form'], from = attribution.from): Attribution {
  const { speaker, speakerText, verb, verbText, implied, document, acrossParagraphs } = attribution;
  const copy: Attribution = { form, speakerKind: attribution.speakerKind };
  if (speaker !== undefined) copy.speaker = speaker;
  if (speakerText !== undefined) copy.speakerText = speakerText;
  if (verb !== undefined) copy.verb = verb;
  if (verbText !== undefined) copy.verbText = verbText;
  if (implied !== undefined) copy.implied = implied;
  if (document !== undefined) copy.document = document;
  if (from !== undefined) copy.from = from;
  if (acrossParagraphs !== undefined) copy.acrossParagraphs = acrossParagraphs;
  return copy;
}
/** The fields restated copies. */
type RestatedFields = 'form' | 'speaker' | 'speakerText' | 'verb' | 'verbText' | 'implied' | 'speakerKind' | 'document' | 'from' | 'acrossParagraphs';
type NoneMissing<Missing extends never> = Missing;
/** A field added to Attribution and not to restated fails to compile here (a type only: nothing runs). */
export type EveryAttributionFieldRestated = NoneMissing<Exclude<keyof Attribution, RestatedFields>>;

/** What one attributeQuotations call reads: made by each call, so nothing carries over from one draft to the next. */
interface AttributionPass {
  model: TextModel;
  /** The prose with the inside of every top-level quotation blanked. */
  outside: string;
  /** Attribution verbs near the quotations, in order: window look-ups become binary searches instead of regex scans. */
  verbs: readonly VerbHit[];
  names: NamesMidSentence;
}

/** `"Do you have it in your heart?" These are the questions Jimmy Connors will be asking …`: the next sentence says whose words they were. */
const WORDS_OF = /^\s*(?:These|Those|That|This|Such)\s+(?:are|were|is|was|will be|have been)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:words?|questions?|message|thoughts?|verdict|views?|advice|warning|plea|sentiments?|comments?|remarks?)\s+(?:of\s+)?((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)/u;

function namedRightAfter(pass: AttributionPass, q: Quotation, sentence: number): Attribution | undefined {
  const { model, outside } = pass;
  if (q.kind !== 'speech' || !q.close) return undefined;
  let next = sentence;
  while (next < model.sentences.length && model.sentences[next].start < q.outer.end) next++;
  const following = model.sentences[next];
  if (!following || following.paragraph > q.paragraph + 1 || outside.slice(q.outer.end, following.start).trim() !== '') return undefined;
  const m = WORDS_OF.exec(outside.slice(following.start, Math.min(following.end, following.start + 160)));
  if (!m) return undefined;
  const start = following.start + m.index + m[0].length - m[1].length;
  const speaker = { start, end: start + m[1].length };
  const kind = classifySpeaker(m[1], m[1]);
  return { form: 'said-after', speaker, speakerText: m[1], speakerKind: kind };
}

const LIST_MARKER = /^[-*•–]\s/;
const isListItem = (model: TextModel, index: number) => {
  const p = model.paragraphs[index];
  return p.kind === 'list-item' || LIST_MARKER.test(model.prose.slice(p.start, p.start + 2));
};
/** How far back a list item looks for the sentence that introduces its list. */
const MAX_LIST_ITEMS = 40;

/**
 * `The proposals include:` followed by items that quote them: like a speaker label before a colon,
 * the line that introduces the list says where its quoted words come from.
 */
function listLeadIn(model: TextModel, q: Quotation): Attribution | undefined {
  if (q.kind !== 'speech' || !isListItem(model, q.paragraph)) return undefined;
  let lead = q.paragraph - 1;
  while (lead >= 0 && q.paragraph - lead <= MAX_LIST_ITEMS && isListItem(model, lead)) lead--;
  const p = model.paragraphs[lead];
  if (!p || !/:\s*$/.test(model.prose.slice(Math.max(p.start, p.end - 4), p.end))) return undefined;
  return { form: 'colon', speakerKind: 'unknown' };
}

/** A few names are looked up by searching the prose for them; past this many, one pass over the words answers all. */
const NAME_SEARCHES = 8;

/** Capitalised words the draft uses inside sentences: names, unlike ordinary words that merely open one. Built per draft, on demand. */
class NamesMidSentence {
  private all: Set<string> | undefined;
  /** Answers found by searching the prose, before there are enough questions to build `all`. */
  private readonly answers = new Map<string, boolean>();

  constructor(private readonly model: TextModel) {}

  has(word: string): boolean {
    if (this.all) return this.all.has(word);
    const known = this.answers.get(word);
    if (known !== undefined) return known;
    if (this.answers.size < NAME_SEARCHES) {
      const found = usedMidSentence(this.model, word);
      this.answers.set(word, found);
      return found;
    }
    const all = new Set<string>();
    for (const w of this.model.words) {
      if (w.sentenceInitial || w.quotation !== -1) continue;
      if (startsWithCapital(w.text)) all.add(w.text);
    }
    this.all = all;
    return all.has(word);
  }
}

/** Whether some word of the draft is `word` (capitalised), outside quotes and not opening its sentence. */
function usedMidSentence(model: TextModel, word: string): boolean {
  const { prose, words } = model;
  for (let at = prose.indexOf(word); at >= 0; at = prose.indexOf(word, at + 1)) {
    const k = wordStartingAt(words, at);
    if (k < 0) continue;
    const w = words[k];
    if (w.text === word && !w.sentenceInitial && w.quotation === -1) return true;
  }
  return false;
}

function wordStartingAt(words: TextModel['words'], offset: number): number {
  const at = firstSpanFrom(words, offset);
  return at < words.length && words[at].start === offset ? at : -1;
}

/** Words that open a sentence before its subject: a conjunction, then a phrase set off by a comma (`Writing in the Guardian,`). */
const LEAD_IN =
  /^\s*(?:(?:And|But|So|Yet|Then|Now|Still|Meanwhile|However|Instead|Earlier|Later|Afterwards|Today|Yesterday)\s*,?\s+)?(?:(?:On|In|At|For|With|After|Before|During|Despite|Under|Since|From|Writing|Speaking|Talking|Asked|Interviewed|Addressing)\s[^,.!?;:"“”‘’]{1,60},\s+)?/;
/** A name, a pronoun, or `the` and a common noun (which counts only when it names an organisation or a document). */
const SUBJECT = /^(?:[Tt]he\s+\p{Ll}+(?:['’]s)?|(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’.-]*|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)(?=[\s,])/u;
const POSSESSIVE_END = /['’]s?$/;

/**
 * The subject opening a sentence, when it is a person or body the reader can name: a full name,
 * a title and surname, an organisation, a pronoun, or a single name the draft uses elsewhere
 * mid-sentence ("Morris", never "Prices").
 */
function impliedSpeaker(pass: AttributionPass, from: number, to: number, form: Attribution['form']): Attribution | undefined {
  const { model, outside } = pass;
  const segment = outside.slice(from, Math.min(to, from + 200));
  const lead = LEAD_IN.exec(segment)![0].length;
  const m = SUBJECT.exec(segment.slice(lead));
  if (!m) return undefined;
  const phrase = m[0].replace(POSSESSIVE_END, '');
  const kind = classifySpeaker(phrase, phrase);
  const known = kind === 'named' || kind === 'title-surname' || kind === 'organisation' || kind === 'pronoun' || (kind === 'surname' && pass.names.has(phrase));
  if (!known) return undefined;
  const start = from + lead;
  return { form, speaker: { start, end: start + phrase.length }, speakerText: phrase, speakerKind: kind, implied: true };
}

/**
 * Verbs of the paragraphs that hold a quotation (to the one it closes in), and of the last sentence
 * of the paragraph before (who was talking when it ended): the only ones read. The first paragraph
 * is read whole, since a verb anywhere in it says it is no headline.
 */
function verbsNearQuotes(model: TextModel): VerbHit[] {
  const { paragraphs, sentences, words, quotations } = model;
  const hits: VerbHit[] = [];
  let done = -1;
  for (const q of quotations) {
    const last = closingParagraph(model, q).index;
    for (let p = Math.max(done + 1, q.paragraph - 1); p <= last; p++) {
      const paragraph = paragraphs[p];
      if (paragraph.sentenceEnd > paragraph.sentenceStart) {
        const first = p < q.paragraph && p > 0 ? paragraph.sentenceEnd - 1 : paragraph.sentenceStart;
        findVerbs(words, model.prose, sentences[first].wordStart, sentences[paragraph.sentenceEnd - 1].wordEnd, hits);
      }
      done = p;
    }
  }
  return hits;
}

/** Index of the first verb starting at or after `offset`. */
function verbAt(verbs: readonly VerbHit[], offset: number): number {
  return firstSpanFrom(verbs, offset);
}

/**
 * Who is talking when a paragraph ends: the speaker of an attributed quote that closes it
 * (`"…," he said.`), or of reported speech in its last sentence (`Mr Gates said that …`).
 */
function closingSpeaker(pass: AttributionPass, index: number, lastQuote: Quotation | undefined): Attribution | undefined {
  const { model, outside } = pass;
  const p = model.paragraphs[index];
  if (!p) return undefined;
  if (lastQuote && lastQuote.paragraph === index && lastQuote.kind === 'speech' && lastQuote.attribution && !lastQuote.runsOn && ONE_SENTENCE_LEFT.test(outside.slice(lastQuote.outer.end, Math.min(p.end, lastQuote.outer.end + 600)))) {
    const { acrossParagraphs: _, ...attribution } = lastQuote.attribution;
    return { ...attribution, from: attribution.from ?? lastQuote.index };
  }
  const last = model.sentences[p.sentenceEnd - 1];
  if (!last || p.sentenceEnd <= p.sentenceStart) return undefined;
  const extractsOf = introducedDocument(outside.slice(last.start, last.end));
  if (extractsOf) {
    const start = last.start + outside.slice(last.start, last.end).indexOf(extractsOf);
    return { form: 'colon', speaker: { start, end: start + extractsOf.length }, speakerText: extractsOf, speakerKind: 'organisation', document: true };
  }
  const reported = lastSpeechVerb(pass, last.start, last.end, true);
  return reported?.speaker && speaksOn(outside, reported) ? reported : undefined;
}

/** Only the quote's own attribution is left in the paragraph, however long its appositive (`said Max Oesch, a senior official of …, which has …`). */
const ONE_SENTENCE_LEFT = /^[^.!?]*[.!?]?\s*$/;

/** A poll, a survey or figures report findings; they do not go on talking in the next paragraph. */
const FINDINGS = /\b(?:poll|polls|survey|surveys|study|studies|report|reports|research|figures|data|statistics|census|index|analysis|review|audit|findings|results|estimates?|forecasts?)$/i;
/** `are expected to`, `was called`: a passive verb reports no one speaking. */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+$/i;

/**
 * Whether reported speech that ends a paragraph leaves its speaker talking into the next one:
 * a person or an organisation saying something (`Okafor said prices would fall.`), not a finding
 * (`a new poll suggests`, `according to the survey`), an expectation or a deed (`called a witness`).
 */
function speaksOn(outside: string, reported: Attribution): boolean {
  if (!reported.verbText || !isSpeechAct(reported.verbText)) return false;
  if (FINDINGS.test(reported.speakerText ?? '')) return false;
  return !PASSIVE_BEFORE.test(outside.slice(Math.max(0, reported.verb!.start - 12), reported.verb!.start));
}

/** A quoted fragment inside a sentence (`deemed "not in the best interests"`), not a quoted sentence. */
function isEmbeddedFragment(prose: string, q: Quotation): boolean {
  if (/[.?!,…]\s*$/.test(prose.slice(q.start, q.end))) return false;
  let i = q.outer.start - 1;
  while (i >= 0 && (prose[i] === ' ' || prose[i] === '\t')) i--;
  return i >= 0 && /[\p{L}\p{N},]/u.test(prose[i]);
}

/** A quote that runs from inside a sentence to its end (`… to face "current difficulties."`), not a quoted sentence of its own. */
function endsSentenceItIsPartOf(prose: string, q: Quotation): boolean {
  if (!q.close || !/^\p{Ll}/u.test(prose.slice(q.start, q.start + 1)) || !/\.\s*$/.test(prose.slice(q.start, q.end))) return false;
  let i = q.outer.start - 1;
  while (i >= 0 && (prose[i] === ' ' || prose[i] === '\t')) i--;
  return i >= 0 && /[\p{L}\p{N},]/u.test(prose[i]);
}

/** Headlines quote without attributing (`Abbas 'will not tolerate' attacks`); they are not speech to check. */
function markHeadlineQuotesAsTerms(model: TextModel, verbs: readonly VerbHit[]): void {
  const first = model.paragraphs[0];
  // A short first line reads as the headline even when it ends in a quoted `...'`.
  const shortFirstLine =
    first !== undefined &&
    model.paragraphs.length > 1 &&
    first.end - first.start <= 100 &&
    !model.prose.slice(first.start, first.end).includes('\n') &&
    !(verbs.length > 0 && verbs[0].start < first.end);
  for (const q of model.quotations) {
    const p = model.paragraphs[q.paragraph];
    const inHeadline = (model.headline !== undefined && q.outer.start >= model.headline.start && q.outer.end <= model.headline.end) || (shortFirstLine && q.paragraph === 0);
    if (inHeadline || p.kind === 'heading') q.kind = 'term';
  }
}

/** `prose` with the inside of every top-level quotation blanked, so verbs in quotes never attribute. */
function proseOutsideQuotes(prose: string, quotations: Quotation[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const q of quotations) {
    if (q.parent !== -1 || q.start < at) continue;
    parts.push(prose.slice(at, q.start), ' '.repeat(q.end - q.start));
    at = q.end;
  }
  parts.push(prose.slice(at));
  return parts.join('');
}

const SENTENCE_PUNCTUATION_INSIDE = /[.?!…]$/;

/** The speaker carried on in the paragraph so far, worked out on demand. */
type SpeakerSoFar = () => Attribution | undefined;

function ownAttribution(pass: AttributionPass, q: Quotation, sentenceStart: number, current: SpeakerSoFar): Attribution | undefined {
  const { model, outside } = pass;
  const p = closingParagraph(model, q);
  const nextTop = nextTopQuote(model.quotations, q);
  const afterLimit = Math.min(p.end, nextTop && nextTop.outer.start < p.end ? nextTop.outer.start : p.end);
  return (
    saidAfter(pass, q, afterLimit, current) ??
    saidBefore(pass, q, sentenceStart, current) ??
    accordingTo(pass.outside, q, afterLimit)
  );
}

/** Only reported speech before a term (`said the plan was "a shambles"`) names a speaker; headlines name none. */
function termAttribution(pass: AttributionPass, q: Quotation, sentenceStart: number, current: SpeakerSoFar): Attribution | undefined {
  const { model } = pass;
  if (model.headline && q.outer.start < model.headline.end) return undefined;
  if (q.paragraph === 0 && model.paragraphs.length > 1) return undefined;
  const found = saidBefore(pass, q, sentenceStart, current);
  return found?.speaker ? found : undefined;
}

/** The paragraph a quotation closes in: its own, unless a mid-sentence line break split it (see findQuotations). */
function closingParagraph(model: TextModel, q: Quotation) {
  const { paragraphs } = model;
  let p = q.paragraph;
  while (q.close && p + 1 < paragraphs.length && paragraphs[p].end < q.close.start) p++;
  return paragraphs[p];
}

function nextTopQuote(quotations: Quotation[], q: Quotation): Quotation | undefined {
  for (let k = q.index + 1; k < quotations.length && k < q.index + 32; k++) if (quotations[k].parent === -1) return quotations[k];
  return undefined;
}

/** Length of the run of spaces, commas and dashes opening outside[from, to), read in place rather than on a copy of the window. */
function leadingGap(outside: string, from: number, to: number): number {
  let i = from;
  while (i < to && LEADING_CHAR.test(outside[i])) i++;
  return i - from;
}
const LEADING_CHAR = /^[\s,—–-]$/;
const BOUNDARY_MARK = /[.!?;:"“”‘«]/;
/** Full stops that do not end a sentence between a quote and its verb: `Mr. Hegseth`, `J. K. Rowling`. */
const ABBREVIATIONS = /\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Sgt|Rev|St|Jr|Sr|Det|Adm|Cmdr|Supt|Insp|\p{Lu})\./gu;

/** `"…," Rutte said`, `"…," said Rutte`, and after a full-sentence quote `"…." Rutte said on Monday.` */
function saidAfter(pass: AttributionPass, q: Quotation, limit: number, current: SpeakerSoFar): Attribution | undefined {
  const { model, outside, verbs } = pass;
  if (!q.close) return undefined;
  const from = q.outer.end;
  const windowEnd = Math.min(limit, from + 200);
  const lead = leadingGap(outside, from, windowEnd);
  // Most quotes have no verb in reach: that is settled before anything else is read.
  const hit = verbs[verbAt(verbs, from + lead)];
  if (!hit || hit.end > Math.max(from, windowEnd)) return undefined;
  const verb = [hit.text];
  const verbStart = hit.start;
  const verbEnd = hit.end;
  if (verb[0].toLowerCase() === 'according to') return undefined;
  const closedSentence = SENTENCE_PUNCTUATION_INSIDE.test(model.prose.slice(q.start, q.end).trimEnd());
  const between = outside.slice(from + lead, verbStart);
  // Dropping abbreviations only removes characters, so text with none of these marks is clear without it.
  if (BOUNDARY_MARK.test(between) && /[.!?](?=\s|$)|[;:"“”‘«]/.test(between.replace(ABBREVIATIONS, ''))) return undefined;
  // Speaker first (`Rutte said`, `Adam Hume, the BBC's futurologist, told`), or verb first (`said Rutte`).
  let speaker: Span | undefined;
  if (between.trim()) {
    const wordsBetween = between.trim().split(/\s+/).length;
    // After a quote that ended its sentence, a long run before the verb is a new sentence of paraphrase (`… there." West Germany had kept its pledge, he noted.`).
    if (wordsBetween > 18 || (closedSentence && wordsBetween > 10)) return undefined;
    const leading = between.length - between.trimStart().length;
    speaker = trimFiller(outside, { start: from + lead + leading, end: verbStart });
    // `… and was contemplating claiming the full amount`: a verb taking a gerund, not a speaker, stands before it.
    if (speaker && GERUND_BEFORE.test(outside.slice(speaker.start, speaker.end))) return undefined;
  } else {
    speaker = speakerAfter(outside, verbEnd, limit);
  }
  if (!speaker && isParticiple(verb[0]) && !between.trim()) {
    const carried = current();
    if (carried) return { ...carried, form: 'continuation', verb: { start: verbStart, end: verbEnd }, verbText: verb[0] };
  }
  if (!speaker) return undefined;
  if (closedSentence && !closesShortly(outside, Math.max(verbEnd, speaker.end), limit, verb[0])) return undefined;
  return finish(outside, 'said-after', speaker, { start: verbStart, end: verbEnd });
}

/** `was contemplating` or a lone `considering` before the verb: a verb that takes a gerund (`the filing` is a noun). */
const GERUND_BEFORE = /^(?:(?:[\p{L}'’-]+\s+)*(?:was|were|is|are|be|been|am|had|has|have|and|also|not|still|now)\s+)?\p{Ll}+ing$/u;
const FILLER_WORD = /^(?:also|later|then|has|have|had|was|were|is|would|will|did|once|again|just|simply|further|previously|earlier|now|\p{Ll}+ly)$/u;

/** `Smith later` → `Smith`; `and the minister` → `the minister`. Token by token, so linear. */
function trimFiller(outside: string, span: Span): Span | undefined {
  let { start, end } = span;
  for (;;) {
    while (end > start && /[\s,]/.test(outside[end - 1])) end--;
    let wordStart = end;
    while (wordStart > start && !/[\s,]/.test(outside[wordStart - 1])) wordStart--;
    if (wordStart === start || !FILLER_WORD.test(outside.slice(wordStart, end))) break;
    end = wordStart;
  }
  const lead = /^(?:and|but|as|while|so)\s+/i.exec(outside.slice(start, Math.min(end, start + 8)));
  if (lead) start += lead[0].length;
  return end > start ? { start, end } : undefined;
}

/** After a quote that ended its sentence, `He said on Monday.` still attributes it; `He said the plan…` is a new statement. */
function closesShortly(outside: string, from: number, limit: number, verb: string): boolean {
  const rest = outside.slice(from, Math.min(limit, from + 90));
  if (/^\s*(?:[.!?,]|$)/.test(rest)) return true;
  // Only circumstances may follow (`on Monday`, `in a statement`), or the person told (`told Reuters`).
  if (AFTER_VERB_CIRCUMSTANCE.test(rest)) return true;
  return /^(?:told|tells|asked|asks)$/i.test(verb) && /^\s+[^.!?"“”‘«]{1,50}[.!?]/.test(rest) && !/\b(?:that|was|is|were|are|would|will|had|has)\b/.test(rest.slice(0, 50));
}

const AFTER_VERB_CIRCUMSTANCE = /^\s+(?:on|in|at|to|from|during|after|before|last|this|yesterday|today|tonight|earlier|later|afterwards|when|while|as|of|about|with|via|by|through|outside|inside|following)\b[^.!?"“”‘«]{0,80}[.!?]/i;

/** `Rutte said: "…"`, `He said, "…"`, and partial quotes: `Mrs Robinson said the ruling was "…"`. */
function saidBefore(pass: AttributionPass, q: Quotation, sentenceStart: number, current: SpeakerSoFar): Attribution | undefined {
  const { outside } = pass;
  const found = lastSpeechVerbMatch(pass.verbs, sentenceStart, q.outer.start);
  if (!found) return speakerWithoutVerb(outside, q, sentenceStart);
  const { verbStart, verbEnd, verbText } = found;
  if (verbText.toLowerCase() === 'according to') return accordingToAt(outside, verbEnd, q.outer.start, 'according-to');
  const tail = outside.slice(verbEnd, q.outer.start);
  const form: Attribution['form'] = /:\s*$/.test(tail) ? 'colon' : /^[^,.;!?]{0,40}[,]?\s*$/.test(tail) && tail.length < 45 && !/\b(?:that|the|a|an|it|was|is|were|are)\b/.test(tail) ? 'said-before' : 'partial';
  let speaker = isParticiple(verbText) ? undefined : speakerBefore(outside, sentenceStart, verbStart);
  if (!speaker && form !== 'partial' && !isParticiple(verbText)) speaker = speakerAfter(outside, verbEnd, q.outer.start);
  if (speaker) return finish(outside, form, speaker, { start: verbStart, end: verbEnd });
  // No subject of its own (`…, adding that`, `but added that:`): the clause's subject is the speaker.
  const verb = { start: verbStart, end: verbEnd };
  const earlier = lastSpeechVerb(pass, sentenceStart, verbStart);
  if (earlier) return { ...earlier, form, verb, verbText };
  const carried = current();
  if (carried) return { ...carried, form: 'continuation', verb, verbText };
  return { form, verb, verbText, speakerKind: 'unknown' };
}

/**
 * Transcript and interview layouts name the speaker without a verb: `BBC Two controller Roly Keating: "…"`,
 * `- Bolton boss Sam Allardyce "…"`, or a sentence about the speaker that ends in a colon (`Mr Dean is confident: "…"`).
 */
function speakerWithoutVerb(outside: string, q: Quotation, sentenceStart: number): Attribution | undefined {
  const before = outside.slice(Math.max(sentenceStart, q.outer.start - 160), q.outer.start);
  const offset = q.outer.start - before.length;
  const label = /^[\s\-–—•*]*((?:\p{L}[\p{L}'’.-]*\s+){0,7}\p{Lu}[\p{L}'’-]*)\s*:?\s*$/u.exec(before);
  if (label) {
    const start = offset + before.indexOf(label[1]);
    const speaker = { start, end: start + label[1].length };
    return finish(outside, 'colon', speaker, { start: speaker.end, end: speaker.end });
  }
  if (!/:\s*$/.test(before)) return undefined;
  const subject = /^[\s\-–—]*(?:(?:For|To|As|Like)\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*|[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\b/u.exec(before);
  if (!subject) return undefined;
  const start = offset + before.indexOf(subject[1]);
  const colonAt = offset + before.lastIndexOf(':');
  return finish(outside, 'colon', { start, end: start + subject[1].length }, { start: colonAt, end: colonAt + 1 });
}

function accordingTo(outside: string, q: Quotation, limit: number): Attribution | undefined {
  const after = outside.slice(q.outer.end, Math.min(limit, q.outer.end + 120));
  const m = /^[\s,—–-]*according to\s/i.exec(after);
  if (!m) return undefined;
  const speakerStart = q.outer.end + m[0].length;
  const speaker = speakerAfter(outside, speakerStart, limit);
  if (!speaker) return undefined;
  return finish(outside, 'according-to', speaker, { start: q.outer.end + m[0].indexOf('according'), end: speakerStart - 1 });
}

function accordingToAt(outside: string, verbEnd: number, limit: number, form: Attribution['form']): Attribution | undefined {
  const speaker = speakerAfter(outside, verbEnd + 1, limit);
  if (!speaker) return undefined;
  return finish(outside, form, speaker, { start: verbEnd - 'according to'.length, end: verbEnd });
}

function finish(outside: string, form: Attribution['form'], speaker: Span, verb: Span): Attribution {
  const head = speakerHead(outside, speaker);
  const speakerText = outside.slice(head.start, head.end);
  return {
    form,
    speaker: head,
    speakerText,
    verb,
    verbText: outside.slice(verb.start, verb.end),
    speakerKind: classifySpeaker(speakerText, outside.slice(speaker.start, speaker.end)),
    document: isDocument(speakerText),
  };
}

/** Last attribution verb in [from, to) of the outside text, skipping verbs inside quotes (already blanked). */
function lastSpeechVerbMatch(verbs: readonly VerbHit[], from: number, to: number): { verbStart: number; verbEnd: number; verbText: string } | undefined {
  if (to <= from) return undefined;
  const start = Math.max(from, to - 400);
  let k = verbAt(verbs, to) - 1;
  while (k >= 0 && verbs[k].end > to) k--;
  if (k < 0 || verbs[k].start < start) return undefined;
  return { verbStart: verbs[k].start, verbEnd: verbs[k].end, verbText: verbs[k].text };
}

/** First attribution verb with a speaker in [from, to): the verb of a sentence a fragment sits in. */
function firstSpeechVerb(pass: AttributionPass, from: number, to: number): Attribution | undefined {
  const { outside, verbs } = pass;
  const end = Math.min(to, from + 300);
  for (let k = verbAt(verbs, from); k < verbs.length && verbs[k].end <= end; k++) {
    const m = [verbs[k].text];
    const verbStart = verbs[k].start;
    const verbEnd = verbs[k].end;
    if (isParticiple(m[0])) continue;
    if (m[0].toLowerCase() === 'according to') {
      const speaker = speakerAfter(outside, verbEnd + 1, to);
      if (speaker) return finish(outside, 'according-to', speaker, { start: verbStart, end: verbEnd });
      continue;
    }
    const speaker = speakerBefore(outside, from, verbStart) ?? speakerAfter(outside, verbEnd, to);
    if (speaker) return finish(outside, 'partial', speaker, { start: verbStart, end: verbEnd });
  }
  return undefined;
}

/** A speaker named by reported speech between quotes (`Mr Abbas said such attacks were …`). */
function lastSpeechVerb(pass: AttributionPass, from: number, to: number, spokenOnly = false): Attribution | undefined {
  const { outside } = pass;
  const found = lastSpeechVerbSpans(pass, from, to, spokenOnly);
  return found && finish(outside, 'continuation', found.speaker, found.verb);
}

interface SpeechSpans {
  speaker: Span;
  verb: Span;
}

/** The speaker and verb of the last reported speech in [from, to), before classifying the speaker. */
function lastSpeechVerbSpans(pass: AttributionPass, from: number, to: number, spokenOnly = false): SpeechSpans | undefined {
  const { outside, verbs } = pass;
  const start = Math.max(from, to - 400);
  let k = verbAt(verbs, to) - 1;
  while (k >= 0 && verbs[k].end > to) k--;
  // The last few verbs, latest first: `… expects laptops to sell but conceded this was ambitious.`
  // `according to` yields to a speaker and verb of the same sentence (`Rutte said, according to a statement`).
  let source: { spans: SpeechSpans; at: number } | undefined;
  for (let tries = 0; k >= 0 && verbs[k].start >= start && tries < 3; k--, tries++) {
    const verb = verbs[k];
    const span = { start: verb.start, end: verb.end };
    if (source && /[.!?]\s/.test(outside.slice(verb.end, source.at))) break;
    if (verb.text.toLowerCase() === 'according to') {
      const speaker = speakerAfter(outside, verb.end + 1, to);
      if (speaker && !source) source = { spans: { speaker, verb: span }, at: verb.start };
      continue;
    }
    if (isParticiple(verb.text) || (spokenOnly && !isSpeechAct(verb.text))) continue;
    const speaker = speakerBefore(outside, from, verb.start);
    if (speaker) return { speaker, verb: span };
  }
  return source?.spans;
}

/**
 * A quote attributed only further on: `"…" "…," he said` in one sentence, or the first
 * paragraph of a multi-paragraph quote whose speaker is named in a later one.
 */
function inheritBackwards(model: TextModel, tops: Quotation[]): void {
  const { prose } = model;
  for (let k = tops.length - 2; k >= 0; k--) {
    const q = tops[k];
    const next = tops[k + 1];
    if (q.attribution || q.kind !== 'speech' || !next.attribution) continue;
    const sameSentence = next.paragraph === q.paragraph && q.close && !/[.!?]/.test(prose.slice(q.close.end, next.outer.start)) && !/[.!?…]\s*$/.test(prose.slice(q.start, q.end));
    const chained = next.continues === q.index;
    if (sameSentence || chained) q.attribution = restated(next.attribution, chained ? 'multi-paragraph' : 'continuation', next.index);
  }
}
