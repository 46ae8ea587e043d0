import { anonymousSource } from '../../../src/rules/quote/anonymous-source';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(anonymousSource, {
  valid: [
    '"Every hour counts," said David Okafor, a spokesman for the regulator.',
    '"Every hour counts," said a spokesman for the regulator.',
    '"The plan is sound," Rutte said.',
    '"The data is favourable," said Ken Perkins, an analyst at RetailMetrics.',
    '"Cancellations are not unusual," wrote analysts from Citigroup in a note.',
    'Officials said the talks would resume on Friday.',
    'Critics say the plan is "unworkable".',
    // a named person after a vague description
    'On Thursday, senior law lord Lord Bingham said the rules allowed detentions "in a way that discriminates on the ground of nationality or status".',
    // words taken from a publication, report or study the reader can look up
    '"This three-hour epic is hamstrung by its own grandiosity," wrote one reviewer in Rolling Stone magazine.',
    '"A takeover is the sensible move," said one analyst quoted by the Agence France Presse news agency.',
    '"Free downloading has killed opportunities for new bands," said one musician quoted by the report.',
    '"Older people have become more vigilant," said one woman who took part in the research.',
  ],
  invalid: [
    {
      name: 'a former aide, and the continuation',
      text: '"Every hour counts," said a former aide to former Ukrainian President Leonid Kuchma. "If the West delays, Russia will only grow bolder."',
      count: 2,
      spans: ['"Every hour counts,"', '"If the West delays, Russia will only grow bolder."'],
      message: /why anonymity was granted and how the source knows/,
    },
    { text: '"The deal is dead," sources said.', count: 1 },
    { text: '"We were not consulted," officials said on Monday.', count: 1 },
    { text: 'A person familiar with the matter said: "The board will vote on Friday."', count: 1 },
    { text: '"The numbers do not add up," critics say.', count: 1 },
    { text: '"Growth will slow sharply next year," analysts warn.', count: 1 },
    { text: '"He will not survive the summer," one insider said.', count: 1 },
    { text: '"There is no plan B," a senior minister told the paper.', count: 1 },
    { text: '"There is no plan B," a senior minister in the cabinet told the paper.', count: 1, name: 'a place or body that is not a publication' },
    { text: '"Shares will fall," one trader in London said.', count: 1 },
    { text: '"He will go," said one official quoted as saying so.', count: 1, name: 'quoted, but by no one named' },
  ],
});
