import type { Attribution, Quotation, TextModel } from '../engine/model/types';
import { lineOf, lineStartsOf } from '../engine/positions';

/** How the model found a quotation's speaker, in the words an editor checks notes with. */
export type SpeakerSource = 'same sentence' | 'same paragraph' | 'carried over from the paragraph before' | 'implied by the sentence before' | 'multi-paragraph quote';

/** One quotation of a draft and whom Copydesk credits it to: a row of the quote sheet. */
export interface QuoteRow {
  quotation: number;
  /** 1-based line of the opening mark. */
  line: number;
  /** The quotation's first words, without its marks. */
  firstWords: string;
  /** The speaker as written (`Marcus Bell`, `she (Marcus Bell)`), or undefined when none was found. */
  speaker?: string;
  source?: SpeakerSource;
  anonymous: boolean;
  unattributed: boolean;
}

const FIRST_WORDS = 8;

export function speakerSourceOf(attribution: Attribution): SpeakerSource {
  if (attribution.implied) return 'implied by the sentence before';
  if (attribution.acrossParagraphs) return 'carried over from the paragraph before';
  if (attribution.form === 'multi-paragraph') return 'multi-paragraph quote';
  if (attribution.form === 'continuation') return 'same paragraph';
  return 'same sentence';
}

/**
 * The speaker as written, and for a pronoun or a continuation the named speaker it stands for,
 * followed back through the quotations it inherits from.
 */
export function speakerNameOf(model: TextModel, quotation: Quotation): string | undefined {
  const attribution = quotation.attribution;
  if (!attribution?.speakerText) return undefined;
  let named: Attribution | undefined = attribution;
  const seen = new Set<number>([quotation.index]);
  while (named && named.speakerKind === 'pronoun' && named.from !== undefined && !seen.has(named.from)) {
    seen.add(named.from);
    named = model.quotations[named.from]?.attribution;
  }
  const resolved = named?.speakerText;
  return resolved && resolved !== attribution.speakerText ? `${attribution.speakerText} (${resolved})` : attribution.speakerText;
}

/** Quotations that report speech or writing, and quoted terms the draft credits to a speaker. */
export function isSheetQuotation(quotation: Quotation): boolean {
  return quotation.kind === 'speech' || quotation.attribution?.speakerText !== undefined;
}

function firstWordsOf(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const shown = words.slice(0, FIRST_WORDS).join(' ');
  return words.length > FIRST_WORDS ? `${shown.replace(/[,;:]$/, '')}…` : shown;
}

/** One row per quotation, in reading order. */
export function quoteSheet(model: TextModel): QuoteRow[] {
  const lineStarts = lineStartsOf(model.text);
  return model.quotations.filter(isSheetQuotation).map((q) => {
    const speaker = speakerNameOf(model, q);
    return {
      quotation: q.index,
      line: lineOf(lineStarts, q.outer.start) + 1,
      firstWords: firstWordsOf(model.text.slice(q.start, q.end)),
      speaker,
      source: speaker && q.attribution ? speakerSourceOf(q.attribution) : undefined,
      anonymous: speaker !== undefined && q.attribution?.speakerKind === 'anonymous',
      unattributed: speaker === undefined,
    };
  });
}

const cell = (text: string) => text.replace(/\s+/g, ' ').replace(/[|\\`*_[\]<>]/g, (c) => `\\${c}`);

/** The sheet as a Markdown table, with anonymous and unattributed quotes marked in bold. */
export function quoteSheetMarkdown(rows: readonly QuoteRow[]): string[] {
  if (rows.length === 0) return [];
  const lines = ['| Line | Quote | Speaker | How found |', '| ---: | --- | --- | --- |'];
  for (const row of rows) {
    const speaker = row.unattributed ? '**Unattributed**' : `${cell(row.speaker!)}${row.anonymous ? ' **(anonymous)**' : ''}`;
    lines.push(`| ${row.line} | “${cell(row.firstWords)}” | ${speaker} | ${row.source ?? '—'} |`);
  }
  return lines;
}

/** The innermost quotation of the sheet whose marks hold `offset`. */
export function quotationAt(model: TextModel, offset: number): Quotation | undefined {
  let innermost: Quotation | undefined;
  for (const q of model.quotations) {
    if (q.outer.start <= offset && offset <= q.outer.end && isSheetQuotation(q) && (!innermost || q.depth > innermost.depth)) innermost = q;
  }
  return innermost;
}

/** Hover lines for a quotation: its speaker and how Copydesk found them, as Markdown. */
export function speakerHoverMarkdown(model: TextModel, quotation: Quotation): string {
  const speaker = speakerNameOf(model, quotation);
  if (!speaker || !quotation.attribution) return '**Copydesk · Quote with no speaker found**';
  const anonymous = quotation.attribution.speakerKind === 'anonymous' ? ' (anonymous source)' : '';
  return `**Copydesk · Quote by ${escapeMarkdown(speaker)}**${anonymous}\n\nSpeaker found: ${speakerSourceOf(quotation.attribution)}.`;
}

/**
 * Markdown-escapes plain text. VS Code's MarkdownString.appendText also turns every space into
 * `&nbsp;`, so a hover built with it wraps in the middle of words ("report|ed").
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~]/g, (c) => `\\${c}`).replace(/^([+\-=]|\d+\.)/gm, '\\$1');
}

export interface SpeakerHint {
  /** Offset just after the quotation's closing mark. */
  offset: number;
  label: string;
  tooltip: string;
}

/** `— Marcus Bell` after each closed quotation Copydesk credits to a speaker. */
export function speakerHints(model: TextModel): SpeakerHint[] {
  const hints: SpeakerHint[] = [];
  for (const q of model.quotations) {
    const hint = speakerHintOf(model, q);
    if (hint) hints.push(hint);
  }
  return hints;
}

/** The inlay hint after a quotation's closing mark, if it is closed and credited to a speaker. */
export function speakerHintOf(model: TextModel, q: Quotation): SpeakerHint | undefined {
  const speaker = isSheetQuotation(q) && q.close ? speakerNameOf(model, q) : undefined;
  if (!speaker || !q.close || !q.attribution) return undefined;
  return { offset: q.close.end, label: `— ${speaker}`, tooltip: `Copydesk credits this quote to ${speaker} (${speakerSourceOf(q.attribution)}).` };
}
