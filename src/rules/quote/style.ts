import type { Quotation, TextModel } from '../../engine/model/types';
import { defineRule } from '../../engine/rule';
import type { TextEdit } from '../../engine/types';

/**
 * The AP mark for a quotation mark in its place: straight marks stay straight, every other
 * style (curly, guillemets, low marks) becomes the curly opening or closing mark.
 */
function apMark(char: string, opening: boolean, wanted: 'double' | 'single'): string {
  if (char === '"' || char === "'") return wanted === 'double' ? '"' : "'";
  if (wanted === 'double') return opening ? '“' : '”';
  return opening ? '‘' : '’';
}

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
      const edits: TextEdit[] = [{ start: q.open.start, end: q.open.end, text: apMark(q.open.char, true, wanted) }];
      if (q.close) edits.push({ start: q.close.start, end: q.close.end, text: apMark(q.close.char, false, wanted) });
      // A fix that writes back the mark already there (« for «) is no fix.
      const changing = edits.filter((e) => model.text.slice(e.start, e.end) !== e.text);
      report({
        start: q.open.start,
        end: q.close ? q.close.end : q.open.end,
        message: wanted === 'double'
          ? 'AP style puts quotations in double quotation marks; single marks are for quotes within quotes and headlines.'
          : 'A quote within a quote takes single quotation marks in AP style.',
        fixes: changing.length ? [{ title: wanted === 'double' ? 'Use double quotation marks' : 'Use single quotation marks', edits: changing, safe: true }] : [],
      });
    }
  },
});

function inHeadline(model: TextModel, q: Quotation): boolean {
  const p = model.paragraphs[q.paragraph];
  return p.kind === 'heading' || (model.headline !== undefined && q.outer.start >= model.headline.start && q.outer.end <= model.headline.end);
}
