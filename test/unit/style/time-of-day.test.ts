import { timeOfDay as rule } from '../../../src/rules/style/time-of-day';
import { ruleTester } from '../../helpers/rule-tester';

const ap = { style: 'ap' as const };

ruleTester(rule, {
  valid: [
    { text: 'The polls open at 7 a.m. and close at 8 p.m.', config: ap },
    { text: 'The meeting began at 10:30 a.m. on Tuesday.', config: ap },
    { text: 'The station broadcasts on 1,000 AM frequencies and plays 45 RPM records.', config: ap },
    { text: 'Figures for 2024 p.a. rose; 13pm is not a time.', config: ap },
  ],
  invalid: [
    { text: 'The polls open at 7am and close at 8 PM on Tuesday.', config: ap, count: 2, spans: ['7am', '8 PM'], output: 'The polls open at 7 a.m. and close at 8 p.m. on Tuesday.' },
    { text: 'The meeting began at 10:00 a.m. on Tuesday.', config: ap, count: 1, message: /no ":00"/, output: 'The meeting began at 10 a.m. on Tuesday.' },
    { text: 'The meeting ended at 5 pm.', config: ap, count: 1, output: 'The meeting ended at 5 p.m.' },
    { text: 'Doors open at 6.30pm, or 6:30 P.M.', config: ap, count: 1, spans: ['6:30 P.M.'], output: 'Doors open at 6.30pm, or 6:30 p.m.' },
    { text: 'It starts at 9 a.m and ends at 11 A.M.', config: ap, count: 2, output: 'It starts at 9 a.m. and ends at 11 a.m.' },
  ],
});
