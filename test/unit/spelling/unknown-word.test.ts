import { ruleTester } from '../../helpers/rule-tester';
import { unknownWord } from '../../../src/rules/spelling/unknown-word';

const gb = { dialect: 'en-GB' as const };

ruleTester(unknownWord, {
  valid: [
    'The minister said the plan was ready.',
    'Visit https://example.com/teh or mail desk@exmaple.com, @handel and #hashtagg.',
    'Shares rose 6.87% to $1.1bn at 1830 GMT.',
    'The NATO summit and the UNHCR report.',
    'Use `recieve_data()` in code.',
    { text: 'The centre of the defence budget.', config: gb },
    'The center of the defense budget.',
    { text: 'She added Blorft to the list.', config: { words: ['Blorft'] } },
    { text: 'It was a wi-fi hotspot for six-year-olds.', config: gb },
  ],
  invalid: [
    { text: 'The minster sgined the bill.', count: 1, spans: ['sgined'], output: 'The minster signed the bill.' },
    { text: 'The centre of the city.', count: 1, message: /en-US/, output: 'The center of the city.' },
    { text: 'The defense budget.', config: gb, count: 1, output: 'The defence budget.' },
    { text: 'Sgined by the president.', count: 1, output: 'Signed by the president.' },
  ],
});
