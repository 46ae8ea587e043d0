import { defineRule } from '../../engine/rule';

/** A clock time with a.m./p.m. in any spelling; the prefilter is the digit and the letter m. */
const TIME = /(?<![\d:.,])(\d{1,2})(?::(\d{2}))?(\s*)([aApP])(\.?\s?)([mM])(?![\p{L}\d])(\.?)/gu;

export default defineRule({
  meta: {
    id: 'style/time-of-day',
    family: 'style',
    description: 'AP time style: 10 a.m., 3:30 p.m.; not 10am, 10 AM, 10:00 a.m.',
    rationale: 'AP writes a.m. and p.m. in lower case with full stops and drops ":00"; one form keeps copy consistent.',
    defaultLevel: 'info',
    fixable: true,
    requiresStyle: 'ap',
  },
  check({ model, report }) {
    const { prose } = model;
    TIME.lastIndex = 0;
    for (let m = TIME.exec(prose); m; m = TIME.exec(prose)) {
      const [whole, hourText, minutes, , letter, , , dot] = m;
      const hour = Number(hourText);
      if (hour < 1 || hour > 12 || (minutes !== undefined && Number(minutes) > 59)) continue;
      const wanted = `${hour}${minutes && minutes !== '00' ? `:${minutes}` : ''} ${letter.toLowerCase()}.m.`;
      const end = m.index + whole.length;
      if (whole === wanted) continue;
      report({
        start: m.index,
        end,
        // "9 a.m." already ends the sentence; a second full stop would read as a typo.
        message: `AP style writes times as ${wanted}${minutes === '00' ? ' (no ":00").' : wanted.endsWith('.') ? '' : '.'}`,
        // A sentence-ending stop after "pm" merges with the one of "p.m.".
        fixes: [{ title: `Write "${wanted}"`, edits: [{ start: m.index, end: end + (!dot && prose[end] === '.' ? 1 : 0), text: wanted }], safe: true }],
      });
    }
  },
});
