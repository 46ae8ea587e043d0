import { defineRule } from '../../engine/rule';

export const timeOfDay = defineRule({
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
    for (const time of model.clockTimes) {
      const { start, end, minute } = time;
      const wanted = `${time.hour}${minute ? `:${String(minute).padStart(2, '0')}` : ''} ${time.meridiem}.m.`;
      if (prose.slice(start, end) === wanted) continue;
      report({
        start,
        end,
        // "9 a.m." already ends the sentence; a second full stop would read as a typo.
        message: `AP style writes times as ${wanted}${minute === 0 ? ' (no ":00").' : ''}`,
        // A sentence-ending stop after "pm" merges with the one of "p.m.".
        fixes: [{ title: `Write "${wanted}"`, edits: [{ start, end: end + (!time.endsWithStop && prose[end] === '.' ? 1 : 0), text: wanted }], safe: true }],
      });
    }
  },
});
