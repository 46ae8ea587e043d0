import type { Paragraph, Quotation, QuoteMark } from './types';

/**
 * Finds quotation marks in `prose`, tells apostrophes from closing single quotes,
 * pairs them (nesting, multi-paragraph convention) and classifies speech vs terms.
 * Owned by the quote family. Must be linear in the text's length.
 */
export function findQuotations(prose: string, paragraphs: readonly Paragraph[]): { quotations: Quotation[]; strayMarks: QuoteMark[] } {
  void prose;
  void paragraphs;
  return { quotations: [], strayMarks: [] };
}
