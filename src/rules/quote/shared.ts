import type { TextModel, Quotation, QuoteMark } from '../../engine/model/types';

/** Top-level quotations of speech: the ones that need a speaker. */
export function speechQuotations(model: TextModel): Quotation[] {
  return model.quotations.filter((q) => q.parent === -1 && q.kind === 'speech');
}

/** Closing mark that pairs with an opening one, in the same typography. */
export function closingFor(open: string): string {
  switch (open) {
    case '“':
      return '”';
    case '‘':
      return '’';
    case '«':
      return '»';
    default:
      return open;
  }
}

export function openingFor(close: QuoteMark): string {
  switch (close.char) {
    case '”':
      return '“';
    case '’':
      return '‘';
    case '»':
      return '«';
    default:
      return close.char;
  }
}

/** A short excerpt of a quotation for messages. */
export function excerpt(model: TextModel, q: Quotation, max = 40): string {
  const inner = model.text.slice(q.start, q.end).replace(/\s+/g, ' ').trim();
  return inner.length > max ? `${inner.slice(0, max - 1).trimEnd()}…` : inner;
}
