import { invalid as rule } from '../../../src/rules/date/invalid';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    'The deadline is 28 February 2005.',
    'Leap day fell on 29 February 2024.',
    'The report is due on 30 June, the end of the quarter.',
    { name: '29 February without a year or a story date', text: 'Payments are due on February 29.' },
    'The 2000 census counted 29 February 2000 as a normal day.',
    'In May 31 people died.',
  ],
  invalid: [
    { text: 'The talks ended on February 30.', count: 1, spans: ['February 30'], message: /February has 28 days \(29 in a leap year\): February 30 does not exist/ },
    { text: 'BRUSSELS (Reuters) - The summit ends on 31 June.', count: 1, spans: ['31 June'], message: /June has 30 days/ },
    { text: 'The law took effect on 29 February 2005.', count: 1, message: /2005 is not a leap year/ },
    { text: 'It began on Tuesday, Sept. 31, 2024.', count: 1, spans: ['Sept. 31, 2024'] },
    { text: 'It was signed on 29 February 1900.', count: 1, message: /1900 is not a leap year/ },
    { name: '29 February in a story dated in a common year', text: 'Payments are due on February 29.', config: { referenceDate: '2025-02-10' }, count: 1, message: /2025, the year of the story date, is not a leap year/ },
  ],
});
