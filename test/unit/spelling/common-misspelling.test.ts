import { ruleTester } from '../../helpers/rule-tester';
import { commonMisspelling } from '../../../src/rules/spelling/common-misspelling';

ruleTester(commonMisspelling, {
  valid: ['They receive a separate accommodation allowance.', 'Dementieva won in Paris.'],
  invalid: [
    { text: 'They recieve a seperate allowance.', count: 2, spans: ['recieve', 'seperate'], output: 'They receive a separate allowance.' },
    { text: 'It is definately not.', count: 1, output: 'It is definitely not.' },
    { text: 'The goverment’s plan.', count: 1, output: 'The government’s plan.' },
  ],
});
