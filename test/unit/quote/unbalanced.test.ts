import { unbalanced } from '../../../src/rules/quote/unbalanced';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(unbalanced, {
  valid: [
    '"We will not back down," Rutte said.',
    '‘It’s about solidarity,’ Rutte said.',
    '"He told me \'go home\' and I did," she said.',
    '“He told me ‘go home’ and I did,” she said.',
    'The players’ union met the Joneses’ lawyer.',
    'Sales peaked in the ’90s and again in \'05.',
    'It was rock ’n’ roll, fish \'n\' chips and rockin\' all night.',
    // multi-paragraph convention: the first paragraph does not close
    'Rutte said: "We will not back down.\n\n"Our allies know it."',
    '‘We will not back down.\n\n‘Our allies know it,’ Rutte said.',
    'He is 5\'11" tall.',
  ],
  invalid: [
    {
      name: 'missing closing mark before the attribution',
      text: '"We will not back down, Rutte said.',
      count: 1,
      spans: ['"'],
      message: /no closing mark/,
      output: '"We will not back down," Rutte said.',
    },
    {
      name: 'missing closing mark at the end of the paragraph',
      text: 'Rutte said: "We will not back down.\n\nThe talks resume on Friday.',
      count: 1,
      output: 'Rutte said: "We will not back down."\n\nThe talks resume on Friday.',
    },
    {
      name: 'closing mark with no opening',
      text: 'Rutte said: We will not back down." The talks resume on Friday.',
      count: 1,
      message: /no opening mark/,
      output: 'Rutte said: "We will not back down." The talks resume on Friday.',
    },
    {
      name: 'curly closing single with no opening, at the start of the sentence',
      text: 'The talks ended. We will not back down,’ Rutte said.',
      count: 1,
      output: 'The talks ended. ‘We will not back down,’ Rutte said.',
    },
    {
      name: 'nested quote left open',
      text: '“He told me ‘go home and I did,” she said.',
      count: 1,
      spans: ['‘'],
    },
  ],
});
