import { ordinal as rule } from '../../../src/rules/date/ordinal';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    'On July 14, Trump confirmed the shipment.',
    'He finished 14th in the race in July.',
    'The 14th amendment was debated.',
  ],
  invalid: [
    {
      text: 'On July 14th, Trump confirmed that the U.S. would send Ukraine new equipment.',
      config: { style: 'ap' },
      count: 1,
      spans: ['th'],
      message: /July 14, not July 14th/,
      output: 'On July 14, Trump confirmed that the U.S. would send Ukraine new equipment.',
    },
    { text: 'Talks resume Aug. 1st and end Sept. 22nd.', count: 2, output: 'Talks resume Aug. 1 and end Sept. 22.' },
    { text: 'France celebrates on the 14th of July.', count: 1, spans: ['the 14th of July'], output: 'France celebrates on July 14.' },
    { text: 'The fair opens 3rd March.', count: 1, output: 'The fair opens March 3.' },
  ],
});
