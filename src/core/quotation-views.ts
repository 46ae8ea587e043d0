import type { TextModel } from '../engine/model/types';
import type { Span } from '../engine/types';
import { isSheetQuotation, quotationAt, speakerHintOf, speakerHints, speakerHoverMarkdown, type SpeakerHint } from './quote-sheet';

/**
 * A quotation as an editor shows it, its hover and inlay hint, without the model: what a check
 * of the whole draft in the worker (whole-draft.ts) sends back, since the model stays there.
 */
export interface QuotationView extends Span {
  depth: number;
  hover: string;
  hint?: SpeakerHint;
}

/** The views of every quotation of the quote sheet, in order. */
export function quotationViews(model: TextModel): QuotationView[] {
  const views: QuotationView[] = [];
  for (const q of model.quotations) {
    if (!isSheetQuotation(q)) continue;
    const hint = speakerHintOf(model, q);
    views.push({ start: q.outer.start, end: q.outer.end, depth: q.depth, hover: speakerHoverMarkdown(model, q), ...(hint ? { hint } : {}) });
  }
  return views;
}

/** Where an editor's quotations come from: the views of a whole check when it has them, else its own lint's model. */
export interface QuotationSource {
  model: TextModel;
  views?: readonly QuotationView[];
}

/** The innermost quotation holding `offset`, with its hover Markdown. */
export function quotationHoverAt({ model, views }: QuotationSource, offset: number): (Span & { hover: string }) | undefined {
  if (!views) {
    const q = quotationAt(model, offset);
    return q && { start: q.outer.start, end: q.outer.end, hover: speakerHoverMarkdown(model, q) };
  }
  let innermost: QuotationView | undefined;
  for (const view of views) {
    if (view.start <= offset && offset <= view.end && (!innermost || view.depth > innermost.depth)) innermost = view;
  }
  return innermost && { start: innermost.start, end: innermost.end, hover: innermost.hover };
}

/** The speaker inlay hints of the draft. */
export function speakerHintsFrom({ model, views }: QuotationSource): SpeakerHint[] {
  return views ? views.flatMap((v) => (v.hint ? [v.hint] : [])) : speakerHints(model);
}
