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
    // a blank line inside a sentence (an emphasised word on its own line) does not split the quote
    'Mr Major said: "He wanted to look like a prime minister. I\n\nwas\n\nprime minister and I wanted a real fight."',
    // paragraphs reopened with doubled single marks
    "''We want an explanation,'' McCreadie said. ''Nobody has called us.\n\n''We will see them in court.''",
    // look-alikes of a swallowed attribution: a quote reopened after a lost paragraph break, speech that says `said` itself
    'Okafor said: "The harbour will close. "We have told every skipper," she said.',
    '"I asked what he wanted and nobody said anything. "So we left," Okafor said.',
    '"Take the card, put it in the reader, and wait. "Then it is done," the clerk said.',
    '"Yes," she said. "We have agreed to stop, and the union has agreed to talk. "Nothing more," she added.',
    // apostrophes that are apostrophes
    "The harbour's owners met the Okafors' lawyer.",
  ],
  invalid: [
    {
      name: 'missing closing mark before the attribution',
      text: '"We will not back down, Rutte said.',
      count: 1,
      spans: ['"We will not back down,'],
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
      name: 'missing closing mark before a sentence that attributes the next quote',
      text: 'Cole added: "I have done it before and I hope they did not blame me. He added: "Of course he will learn."',
      count: 1,
      spans: ['"I have done it before and I hope they did not blame me.'],
      output: 'Cole added: "I have done it before and I hope they did not blame me." He added: "Of course he will learn."',
    },
    {
      name: 'closing mark with no opening',
      text: 'Rutte said: We will not back down." The talks resume on Friday.',
      count: 1,
      spans: ['"'],
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
      name: 'a sentence that ends before the blank line still ends the paragraph',
      text: 'Rutte said: "We will not back down.\n\nthe talks resume on Friday, officials said.',
      count: 1,
      spans: ['"We will not back down.'],
      message: /no closing mark/,
    },
    {
      name: 'a quote carried over a mid-sentence line break and never closed',
      text: 'Mr Major said: "I wanted a\n\nreal fight and I got one.\n\nThe campaign starts on Monday.',
      count: 1,
      spans: ['"I wanted a'],
    },
    {
      name: 'doubled single marks left open before a fresh paragraph',
      text: "''We want an explanation,'' McCreadie said. ''Nobody has called us.\n\nThe hearing is on Friday.",
      count: 1,
      spans: ["''Nobody has called us."],
    },
    {
      name: 'closing mark of another kind: reported once, at the closing mark',
      text: '‘Networks like these facilitate piracy,” the BPI said in a statement.',
      count: 1,
      spans: ['”'],
      message: /does not match the opening mark ‘/,
      output: '‘Networks like these facilitate piracy,’ the BPI said in a statement.',
    },
    {
      name: 'straight double quote closed by a single mark',
      text: 'He laughed. "I guess it is just a television show.\' The orchestra plays on.',
      count: 1,
      output: 'He laughed. "I guess it is just a television show." The orchestra plays on.',
    },
    {
      name: 'a matching closer later in the paragraph: the odd mark is stray, not a mismatch',
      text: '"We were told to wait.\' Then we waited," she said.',
      count: 1,
      message: /no opening mark/,
      output: '"\'We were told to wait.\' Then we waited," she said.',
    },
    {
      name: 'closing mark dropped before the attribution, more quotes following (wire copy)',
      text: '"We will not back down, she said. "Our allies know it."',
      count: 1,
      spans: ['"We will not back down,'],
      message: /no closing mark/,
      output: '"We will not back down," she said. "Our allies know it."',
    },
    {
      name: 'dropped before an inverted attribution, mid-paragraph',
      text: 'The talks stalled on Monday. "We will not back down, said Smith. "Our allies know it," he added.',
      count: 1,
      output: 'The talks stalled on Monday. "We will not back down," said Smith. "Our allies know it," he added.',
    },
    {
      name: 'dropped before a role and a long appositive, with a day',
      text: '"The rate stays, John Okafor, vice chairman of Acme Corp\'s finance unit, said on Tuesday. "Nothing has changed."',
      count: 1,
      output: '"The rate stays," John Okafor, vice chairman of Acme Corp\'s finance unit, said on Tuesday. "Nothing has changed."',
    },
    {
      name: 'dropped at the end of a paragraph whose next paragraph opens a quote',
      text: '"Yes, we will, the minister added.\n\n"Our allies know it," she said.',
      count: 1,
      output: '"Yes, we will," the minister added.\n\n"Our allies know it," she said.',
    },
    {
      name: 'a double mark typed for an apostrophe',
      text: 'Brazil"s output fell, and the growers" union said it isn"t over.',
      count: 3,
      spans: ['"', '"', '"'],
      message: /apostrophe/,
      output: "Brazil's output fell, and the growers' union said it isn't over.",
    },
    {
      name: 'a double mark typed for an apostrophe in a headline in capitals',
      text: 'QATAR"S BANKS SET FOR A LEAN YEAR\n\nBank profits fell.',
      count: 1,
      output: "QATAR'S BANKS SET FOR A LEAN YEAR\n\nBank profits fell.",
    },
    {
      name: 'nested quote left open',
      text: '“He told me ‘go home and I did,” she said.',
      count: 1,
      spans: ['‘go home and I did,'],
      output: '“He told me ‘go home and I did,’” she said.',
    },
  ],
});
