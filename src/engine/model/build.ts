import type { CopydeskConfig } from '../config';
import { attributeQuotations } from './attribution';
import { findClockTimes } from './clock-times';
import { findDateline, findDates } from './dates';
import { findElapsedStatements } from './elapsed';
import { isoDateAt, toIso, type CalendarDate } from './calendar';
import { frontMatterOf } from './front-matter';
import { maskDraft } from './mask';
import { LazyNames } from './lazy-layer';
import type { NamesCache } from './names-cache';
import { placeMissingMarks } from './missing-marks';
import { findQuotations } from './quotations';
import { resolveAnonymousSpeakers } from './speakers';
import { findParagraphs } from './segment';
import { segmentParagraph, type SegmentCache } from './segment-cache';
import type { ClockDate, FrontMatter, Paragraph, ReferenceDate, Sentence, TextModel, Word } from './types';

export interface BuildOptions {
  filePath?: string;
  languageId: string;
  /** Settings after every layer, the draft's own `copydesk:` block included. */
  config: Pick<CopydeskConfig, 'referenceDate'>;
  /** The draft's front matter, when the caller has read it already (to merge its settings first). */
  frontMatter?: FrontMatter;
  /** ISO date standing in for the machine's clock (tests, reproducible benchmarks). */
  today?: string;
  /** Reuses the previous build's sentences and words for unchanged paragraphs (editor sessions). */
  cache?: SegmentCache;
  /** Reuses the names layer's reading of unchanged paragraphs (editor sessions, with `cache`). */
  namesCache?: NamesCache;
}

/** Turns a draft into the shared text model, in one pass per layer. */
export function buildModel(text: string, options: BuildOptions): TextModel {
  const markdown = options.languageId === 'markdown';
  const frontMatter = 'frontMatter' in options ? options.frontMatter : frontMatterOf(text, options.languageId);
  const mask = maskDraft(text, markdown, frontMatter?.end ?? 0);
  const prose = mask.prose;

  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const words: Word[] = [];
  const cache = options.cache;
  for (const bare of findParagraphs(prose, mask, markdown)) {
    const paragraph: Paragraph = { start: bare.start, end: bare.end, index: bare.index, kind: bare.kind, sentenceStart: 0, sentenceEnd: 0 };
    if (cache) cache.segment(prose, paragraph, sentences, words);
    else segmentParagraph(prose, paragraph, sentences, words);
    paragraphs.push(paragraph);
  }
  const paragraphKeys = cache?.endBuild();
  // A date standing in for the clock is checked at once, so a bad one is refused whatever the rules read.
  const clock = options.today === undefined ? undefined : clockDate(options.today);

  const { quotations, strayMarks } = findQuotations(prose, paragraphs);
  assignWordsToQuotations(words, quotations);

  const model = new BuiltModel(
    {
      text,
      prose,
      filePath: options.filePath,
      languageId: options.languageId,
      frontMatter,
      skipped: mask.skipped,
      paragraphs,
      sentences,
      words,
      quotations,
      strayMarks,
      clockTimes: findClockTimes(prose),
      directives: mask.directives,
      headline: findHeadline(prose, paragraphs),
    },
    clock,
  );
  model.dateline = findDateline(model);
  model.names = new LazyNames(model, options.namesCache && paragraphKeys ? { cache: options.namesCache, paragraphKeys } : undefined);
  attributeQuotations(model);
  placeMissingMarks(model);
  resolveAnonymousSpeakers(model);
  model.referenceDate = referenceDateOf(model, options.config.referenceDate);
  model.dates = findDates(model);
  model.elapsed = findElapsedStatements(model);
  return model;
}

type BuiltFields = Pick<TextModel, 'text' | 'prose' | 'filePath' | 'languageId' | 'frontMatter' | 'skipped' | 'paragraphs' | 'sentences' | 'words' | 'quotations' | 'strayMarks' | 'clockTimes' | 'directives' | 'headline'>;

/**
 * The model as buildModel makes it: every field there from the start, in one order, and the
 * machine's clock read when a rule first asks (date/elapsed, for a draft with no story date):
 * reading it for every draft was 20–38 ms of a bbc-news CLI run (clockDate in its --cpu-prof profile).
 * Why a class: the getter written into the model's object literal instead put the model's
 * properties in V8's dictionary mode (`%HasFastProperties` false under --allow-natives-syntax),
 * so that every read of a field by a layer or a rule was a hash look-up, and making the object
 * took 1.5 µs where a literal without the getter takes 0.06; a getter on a class's prototype
 * leaves the fields fast.
 */
class BuiltModel implements TextModel {
  text: string;
  prose: string;
  filePath: string | undefined;
  languageId: string;
  frontMatter: FrontMatter | undefined;
  skipped: TextModel['skipped'];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  words: Word[];
  quotations: TextModel['quotations'];
  strayMarks: TextModel['strayMarks'];
  dates: TextModel['dates'] = [];
  elapsed: TextModel['elapsed'] = [];
  clockTimes: TextModel['clockTimes'];
  // Replaced by a layer built on first use (buildModel).
  names: TextModel['names'] = { entities: [], mentions: [] };
  directives: TextModel['directives'];
  headline: TextModel['headline'];
  dateline: TextModel['dateline'] = undefined;
  referenceDate: TextModel['referenceDate'] = undefined;
  private clockRead: ClockDate | undefined;

  constructor(fields: BuiltFields, clock: ClockDate | undefined) {
    this.text = fields.text;
    this.prose = fields.prose;
    this.filePath = fields.filePath;
    this.languageId = fields.languageId;
    this.frontMatter = fields.frontMatter;
    this.skipped = fields.skipped;
    this.paragraphs = fields.paragraphs;
    this.sentences = fields.sentences;
    this.words = fields.words;
    this.quotations = fields.quotations;
    this.strayMarks = fields.strayMarks;
    this.clockTimes = fields.clockTimes;
    this.directives = fields.directives;
    this.headline = fields.headline;
    this.clockRead = clock;
  }

  get clock(): ClockDate {
    return (this.clockRead ??= clockDate(undefined));
  }
}

/** Innermost quotation of each word; quotations arrive sorted by start, nested ones after their parent. */
function assignWordsToQuotations(words: Word[], quotations: TextModel['quotations']): void {
  if (quotations.length === 0) return;
  for (const q of quotations) {
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid].start < q.start) lo = mid + 1;
      else hi = mid;
    }
    for (let w = lo; w < words.length && words[w].end <= q.end; w++) {
      const current = words[w].quotation;
      if (current === -1 || quotations[current].depth < q.depth) words[w].quotation = q.index;
    }
  }
}

function findHeadline(prose: string, paragraphs: Paragraph[]): TextModel['headline'] {
  const first = paragraphs[0];
  if (!first) return undefined;
  const text = prose.slice(first.start, first.end);
  if (first.kind === 'heading') return { start: first.start, end: first.end };
  if (first.kind === 'text' && text.length < 250 && !/[.?!:]["”’']?$/.test(text) && !text.includes('\n')) return { start: first.start, end: first.end };
  return undefined;
}

const withIso = (date: CalendarDate) => ({ ...date, iso: toIso(date) });

/** The machine's clock, or the date standing in for it; never the story's date. */
function clockDate(today: string | undefined): ClockDate {
  if (today === undefined) {
    const now = new Date();
    return withIso({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
  }
  const date = today.length === 10 ? isoDateAt(today) : undefined;
  if (!date) throw new RangeError(`"today" must be a date written YYYY-MM-DD, not ${JSON.stringify(today)}.`);
  return withIso(date);
}

/** Front matter `date`, else the dateline, else `--date`/`referenceDate`; never the clock. */
function referenceDateOf(model: TextModel, configured: string | undefined): ReferenceDate | undefined {
  const raw = model.frontMatter?.data?.date;
  const fromFrontMatter = raw instanceof Date ? raw.toISOString() : typeof raw === 'string' ? raw.trim() : undefined;
  const parts = fromFrontMatter ? isoDateAt(fromFrontMatter) : undefined;
  if (parts) return { ...withIso(parts), source: 'front-matter' };
  const dl = model.dateline;
  if (dl?.date?.year) {
    const { year, month, day } = { ...dl.date, year: dl.date.year };
    return { ...withIso({ year, month, day }), source: 'dateline', span: { start: dl.start, end: dl.end } };
  }
  const option = configured ? isoDateAt(configured) : undefined;
  if (dl?.date && option) {
    // A dateline without a year takes the configured year.
    const { month, day } = dl.date;
    return { ...withIso({ year: option.year, month, day }), source: 'dateline', span: { start: dl.start, end: dl.end } };
  }
  if (option) return { ...withIso(option), source: 'option' };
  return undefined;
}
