import type { Quotation, TextModel } from '../../engine/model/types';
import { defineRule } from '../../engine/rule';
import type { TextEdit } from '../../engine/types';

const TO_DOUBLE: Record<string, string> = { '‘': '“', '’': '”', "'": '"' };
const TO_SINGLE: Record<string, string> = { '“': '‘', '”': '’', '"': "'" };

export const quoteStyle = defineRule({
  meta: {
    id: 'quote/style',
    family: 'quote',
    description: 'Quotation marks not in house style (AP: double quotes, single quotes only inside them).',
    rationale: 'AP style quotes speech in double marks and keeps single marks for quotes within quotes and for headlines.',
    defaultLevel: 'info',
    fixable: true,
    requiresStyle: 'ap',
  },
  check({ model, report }) {
    for (const q of model.quotations) {
      if (inHeadline(model, q)) continue;
      const parent = q.parent === -1 ? undefined : model.quotations[q.parent];
      // AP: double marks outside, single marks for a quotation inside a double-quoted one.
      const wanted = parent?.style === 'double' ? 'single' : 'double';
      if (q.style === wanted) continue;
      const table = wanted === 'double' ? TO_DOUBLE : TO_SINGLE;
      const edits: TextEdit[] = [{ start: q.open.start, end: q.open.end, text: table[q.open.char] ?? q.open.char }];
      if (q.close) edits.push({ start: q.close.start, end: q.close.end, text: table[q.close.char] ?? q.close.char });
      report({
        start: q.open.start,
        end: q.close ? q.close.end : q.open.end,
        message: wanted === 'double'
          ? 'AP style puts quotations in double quotation marks; single marks are for quotes within quotes and headlines.'
          : 'A quote within a quote takes single quotation marks in AP style.',
        fixes: [{ title: wanted === 'double' ? 'Use double quotation marks' : 'Use single quotation marks', edits, safe: true }],
      });
    }
  },
});

function inHeadline(model: TextModel, q: Quotation): boolean {
  const p = model.paragraphs[q.paragraph];
  return p.kind === 'heading' || (model.headline !== undefined && q.outer.start >= model.headline.start && q.outer.end <= model.headline.end);
}
