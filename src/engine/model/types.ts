import type { ConfigProblem } from '../config';
import type { Span } from '../types';

/**
 * The shared text model. Every offset is a UTF-16 offset into `text`, the draft
 * exactly as the editor holds it. Rules read this; none of them re-parse `text`.
 */
export interface TextModel {
  text: string;
  /**
   * `text` with everything that is not prose (front matter, code, URLs, e-mail
   * addresses, HTML, link targets, Markdown markup, directives) blanked to spaces,
   * newlines kept. Same length as `text`, so offsets carry over unchanged.
   */
  prose: string;
  filePath?: string;
  languageId: string;
  frontMatter?: FrontMatter;
  /** Regions blanked out of `prose`, in order. */
  skipped: SkippedRegion[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  words: Word[];
  quotations: Quotation[];
  /** Quote marks that found no partner (for quote/unbalanced). */
  strayMarks: QuoteMark[];
  dates: DateMention[];
  /** "enters its eighth year", "the 20th anniversary", "ten years after" (for date/elapsed). */
  elapsed: ElapsedStatement[];
  /** "9am", "10:00 a.m.", "3 PM": clock times with a.m. or p.m. in any spelling (for style/time-of-day). */
  clockTimes: ClockTime[];
  /**
   * The people, organisations and places the draft mentions, and every reference to them.
   * Built the first time it is read (see lazy-layer.ts). `mentionIn(model.names, speaker)` gives
   * the entity a quotation's speaker phrase refers to.
   */
  names: NamesLayer;
  /** The story's date: front matter `date`, else the dateline, else the settings (the draft's own `copydesk:` block included). */
  referenceDate?: ReferenceDate;
  /** The machine's clock (or the date standing in for it); only facts-sheet comparisons may fall back to it. */
  clock: ClockDate;
  /** First non-empty paragraph when it reads as a headline (no final stop). */
  headline?: Span;
  /** "WASHINGTON (AP) —", "LONDON, March 3 —" and the like. */
  dateline?: Dateline;
  directives: Directive[];
}

export interface FrontMatter extends Span {
  data: Record<string, unknown>;
  /** Parse error, with 0-based offset into the draft; data is {} then. */
  error?: { message: string; offset: number };
  /** Settings in the draft's `copydesk:` block that are not valid (and were dropped). */
  settingProblems?: ConfigProblem[];
}

export interface SkippedRegion extends Span {
  kind: 'front-matter' | 'code' | 'inline-code' | 'url' | 'email' | 'html' | 'comment' | 'link-target' | 'markup' | 'handle' | 'hashtag';
}

export type ParagraphKind = 'text' | 'heading' | 'list-item' | 'blockquote' | 'table';

export interface Paragraph extends Span {
  index: number;
  kind: ParagraphKind;
  /** Index range into model.sentences, [first, end). */
  sentenceStart: number;
  sentenceEnd: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  /** Index range into model.words, [first, end). */
  wordStart: number;
  wordEnd: number;
}

export interface Word extends Span {
  index: number;
  text: string;
  sentence: number;
  paragraph: number;
  /** First word of its sentence (capitalisation there says nothing about names). */
  sentenceInitial: boolean;
  /** Innermost quotation containing the word, index into model.quotations, or -1. */
  quotation: number;
}

export type QuoteStyle = 'double' | 'single';

export interface QuoteMark extends Span {
  char: string;
  style: QuoteStyle;
  curly: boolean;
  role: 'open' | 'close' | 'ambiguous';
  /** For a closing mark of another kind than the opening mark it ends (`‘…,” it said`): that opening mark. */
  mismatches?: QuoteMark;
  /**
   * For a mark that found no partner: the offset where the missing mark most likely belongs
   * (after `down,` in `"We will not back down, she said.`; after `said:` for a closing mark
   * with no opening one). Set by the model; absent when `mismatches` is set.
   */
  partnerAt?: number;
  /** A straight double mark typed for an apostrophe inside a word (`Brazil"s`, `isn"t`): a slip of the keyboard, not a quotation. */
  forApostrophe?: boolean;
}

export type QuotationKind =
  /** Reported speech or writing: needs an attributed speaker. */
  | 'speech'
  /** Scare quotes, nicknames, titles, short quoted terms. */
  | 'term';

export interface Quotation extends Span {
  /** Span from opening mark to closing mark inclusive; `start`/`end` are the inner text. */
  outer: Span;
  index: number;
  open: QuoteMark;
  /** Absent when the quote runs on into the next paragraph (news convention) or is unbalanced. */
  close?: QuoteMark;
  style: QuoteStyle;
  depth: number;
  /** Enclosing quotation index, or -1. */
  parent: number;
  paragraph: number;
  kind: QuotationKind;
  /** Previous quotation when this one reopens a multi-paragraph quote. */
  continues?: number;
  /** True when this quotation's paragraph ends without closing it and the next paragraph reopens it. */
  runsOn: boolean;
  attribution?: Attribution;
}

export interface Attribution {
  /** How the speaker was attached. */
  form: 'said-after' | 'said-before' | 'colon' | 'according-to' | 'partial' | 'continuation' | 'multi-paragraph';
  /** Speaker phrase as written ("Rutte", "a former aide to ...", "she"). */
  speaker?: Span;
  speakerText?: string;
  /** The verb ("said", "stated", "told"). */
  verb?: Span;
  verbText?: string;
  /**
   * The speaker is the subject of the sentence before (`Morris appears almost evangelical. "I was on a cruise …"`)
   * or of the sentence a fragment sits in, with no verb of speech: accepted in general copy, not under AP style.
   */
  implied?: boolean;
  /** Speaker classification. */
  speakerKind: 'named' | 'surname' | 'title-surname' | 'pronoun' | 'anonymous' | 'organisation' | 'unknown';
  /** The speaker is a document (`the minutes showed`, `the order states`, extracts of a communique): named, and `states` is neutral for it. */
  document?: boolean;
  /** Quotation this one inherits its speaker from (continuation forms). */
  from?: number;
  /**
   * True when a paragraph that opens with a quote takes its speaker from the attributed
   * quote that ended the paragraph before (common in British copy; AP asks for a new attribution).
   */
  acrossParagraphs?: boolean;
}

export type NameKind = 'person' | 'organisation' | 'place' | 'other';

/**
 * Someone or something the draft names. `other` is a capitalised name the draft gives no
 * evidence about (`Ohio`, `Republican`, `Citicorp` written alone): not known to be a person.
 */
export interface NamedEntity {
  index: number;
  kind: NameKind;
  /** The name as first written in full, without its title: `Andrea Ginther`, `Acme Securities`. */
  name: string;
  /**
   * The first full reference: given name and surname for a person, or a head of state's
   * title and surname (`President Reagan`); the whole name of anything else.
   * Absent when the draft never names the person in full.
   */
  full?: Span;
  /** The last word of a person's name (`Kilroy-Silk`), which later references use. */
  surname?: string;
  given?: string;
  /** Titles and roles the draft attaches to the entity, in text order. */
  roles: NameRole[];
  /** Indices into `names.mentions`, in text order. */
  mentions: number[];
}

/** `Columbus Mayor`, `Rep.`, `an analyst with Acme Securities`, `vice chairman of Acme Corp's finance unit`. */
export interface NameRole extends Span {
  text: string;
  /** The noun a later reference repeats (`the analyst`, `the mayor`), lower case. */
  head: string;
}

export interface NameMention extends Span {
  entity: number;
  /**
   * How the mention refers: the full name, the surname alone, a title and the surname,
   * the given name alone, a role that points back (`the analyst`), or the name of an
   * organisation, place or other entity.
   */
  form: 'full' | 'surname' | 'title-surname' | 'given' | 'role' | 'name';
  /** The name as written here, without title or possessive. */
  text: string;
  /** A title written with the name (`Columbus Mayor`, `Rep.`), outside the mention's span. */
  title?: Span;
}

export interface NamesLayer {
  entities: NamedEntity[];
  /** Every mention, sorted by start. */
  mentions: NameMention[];
}

export interface DateMention extends Span {
  text: string;
  /** 1-12, absent when not given. */
  month?: number;
  day?: number;
  year?: number;
  /** True when the year was not written and comes from the reference date. */
  yearImplied: boolean;
  /** 0 = Sunday ... 6 = Saturday, when a weekday was written. */
  weekday?: number;
  weekdaySpan?: Span;
  /** Span of "th"/"st"/"nd"/"rd" after the day, when present. */
  ordinalSuffix?: Span;
  daySpan?: Span;
  monthSpan?: Span;
  /** Relative words ("yesterday", "last Friday", "next week") when this mention is relative. */
  relative?: string;
  sentence: number;
  /** Which order the day and month were written in. */
  order?: 'day-month' | 'month-day';
  yearSpan?: Span;
  /** Span of the relative words ("last", "yesterday", "next week"). */
  relativeSpan?: Span;
  /** True for the date inside the dateline. */
  inDateline?: boolean;
}

export type ElapsedKind = 'ordinal-year' | 'anniversary' | 'years-since' | 'past-years' | 'decades';

export interface ElapsedStatement extends Span {
  /** The statement as written ("enters its eighth year"). */
  text: string;
  kind: ElapsedKind;
  /** Whole years stated ("eighth" 8, "two decades" 20). */
  years: number;
  /** "more than", "nearly", "about" … before the number. */
  qualifier?: string;
  sentence: number;
  /** Reads "its …" or "their …": the subject is named before the statement. */
  possessive: boolean;
  /** The draft's own start date nearby ("founded in 1998") that the statement counts from. */
  ownStart?: StartMention;
}

/** "founded in 1998", "since 2014", "began on 24 February 2022". */
export interface StartMention extends Span {
  /** The word that says what started: "founded", "began", "since" … */
  verb: string;
  year: number;
  month?: number;
}

export interface ClockTime extends Span {
  /** 1-12. */
  hour: number;
  /** 0-59, when written ("10:30", "10:00"). */
  minute?: number;
  meridiem: 'a' | 'p';
  /** True when the written time ends with a full stop ("a.m."): the stop after "am" may end the sentence. */
  endsWithStop: boolean;
}

export interface ClockDate {
  /** ISO YYYY-MM-DD. */
  iso: string;
  year: number;
  month: number;
  day: number;
}

/** The story's date; never the clock (see TextModel.clock). */
export interface ReferenceDate extends ClockDate {
  source: 'front-matter' | 'dateline' | 'option';
  span?: Span;
}

export interface Dateline extends Span {
  place: string;
  date?: { month: number; day: number; year?: number };
}

export interface Directive extends Span {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Empty means all rules. */
  rules: string[];
  line: number;
}
