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
    // a role that points back to a person named earlier is that person (issue 14, item 4)
    'Jane Roe, an analyst with Acme Securities, expects a cut. "Rates will fall by June," the analyst said.',
    'Jane Roe, a Treasury official, briefed reporters. "Talks will resume," the official said.',
    'John Doe, vice chairman of Acme Corp\'s finance unit, disagreed. "We see no cut," the chairman said.',
    'Columbus Mayor Andrea Ginther opened the bridge.\n\n"It was worth the wait," the mayor said.',
    'Analyst Jane Roe of Acme Securities expects a cut. "Rates will fall by June," the analyst told reporters.',
    // a quote credited to a named publication is not anonymous (issue 14, item 4)
    'The news agency Opecna quoted an OPEC official as saying output fell. "Output is down," the official was quoted as saying.',
    'The daily Handelsblatt published a report quoting an unnamed bourse official as saying the bank would join. "We will list it," the official said.',
    // a person's full name in apposition after the description names the speaker
    '"We make no secret of it," said one leader of the farm movement, Luis Prado. "The answer is to act."',
    '"We are worried this dispute will spread," a senior Dutch trade ministry official, Karel de Vries, told reporters in Oslo.',
    '"It will be hard to match last year," said a securities analyst at Acme Ltd, Ann Berg.',
  ],
  invalid: [
    {
      name: 'a place in apposition after the description is no name of the speaker',
      text: 'Trade resumed. "Prices will rise," said a grain trader in Rotterdam, Netherlands.',
      count: 1,
    },
    {
      name: 'a name after the description but in another clause',
      text: 'Trade resumed. "Prices will rise," said one trader. Mary Stone, the chairman, disagreed.',
      count: 1,
    },
    {
      name: 'an unnamed source quoted by no named publication',
      text: 'A report quoted an unnamed bourse official as saying the bank would join. "We will list it," the official said.',
      count: 1,
    },
    {
      name: 'a role that points back to nobody named',
      text: 'Rates were steady. "Rates will fall by June," the analyst said.',
      count: 1,
    },
    {
      name: 'a role of another noun than the named person\'s',
      text: 'Jane Roe, an analyst with Acme Securities, expects a cut. "Rates will fall by June," the official said.',
      count: 1,
    },
    {
      name: 'a role that points back to an unnamed source',
      text: 'A senior official spoke on Monday. "Talks will resume," the official said.',
      count: 1,
    },
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
