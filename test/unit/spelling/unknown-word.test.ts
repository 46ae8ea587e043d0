import { ruleTester } from '../../helpers/rule-tester';
import { unknownWord } from '../../../src/rules/spelling/unknown-word';

const gb = { dialect: 'en-GB' as const };
const us = { dialect: 'en-US' as const };
const speechKeepsDraftSpelling = { dialectInQuotes: 'draft' as const };

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
    // Regular forms the word lists leave out, and American closed compounds.
    { text: 'Lower liftings, late sowings and debt reschedulings followed the signup and the runup.', config: us },
    { text: 'The loans were collateralized, and the backwardations eased.', config: us },
    { text: 'Lower liftings and the securitisation of debt.', config: gb },
    // A word the draft uses three times or more, spelt the same, is its own term, not a slip.
    { text: 'The temporao crop is late. A poor temporao would hurt. The temporao starts in May.', config: us },
    // ... or that two other drafts of the workspace spell the same way.
    { name: 'a lower-case word two other drafts share', text: 'Bank fuer Gemeinwirtschaft cut its rates.', config: us, otherDrafts: ['Bank fuer Gemeinwirtschaft said so.', 'The Bank fuer Gemeinwirtschaft rose.'] },
    // No dialect set: the draft's own spellings decide, and each draft is consistent.
    'The centre of the defence budget favoured labour.',
    'The center of the defense budget favored labor.',
    // Oxford spelling: British copy may write -ize.
    'The centre will organize the defence of its labour policy.',
    // As many British spellings as American ones: neither is the slip.
    'The centre of the labor market.',
    // Names are no sign of the desk's spelling: the Louvre, the U.S. Defense Department.
    'The Louvre, the Louvre shop and the Louvre cafe made the theater a color show.',
    // Quoted speech keeps its speaker's spelling.
    'The center said labor favored the plan. "The labour movement is in favour," Smith said.',
    // "analyses" is the plural of "analysis" in both dialects, not a British "analyzes".
    { text: 'The analyses and the paralyses were published.', config: us },
    'The center published two analyses of the labor market.',
  ],
  invalid: [
    { text: 'The minster sgined the bill.', count: 1, spans: ['sgined'], output: 'The minster signed the bill.' },
    { text: 'The centre of the city.', config: us, count: 1, message: /en-US/, output: 'The center of the city.' },
    { name: 'auto: a British spelling in an American draft', text: 'The center said labor favored the plan, a centre of debate.', count: 1, spans: ['centre'], message: /not en-US spelling, which the rest of this draft uses \(3 words to 1\)/, output: 'The center said labor favored the plan, a center of debate.' },
    { name: 'auto: an American spelling in a British draft', text: 'The centre said labour favoured the plan, a center of debate.', count: 1, spans: ['center'], message: /en-GB/, output: 'The centre said labour favoured the plan, a centre of debate.' },
    { text: 'The center said labor favored the plan. "The labour movement is in favour," Smith said.', config: speechKeepsDraftSpelling, count: 2, spans: ['labour', 'favour'] },
    { text: 'The defense budget.', config: gb, count: 1, output: 'The defence budget.' },
    { text: 'Sgined by the president.', count: 1, output: 'Signed by the president.' },
    // A proper noun in lower case: the fix is its capital, not a nearby word or an adjective.
    { text: 'He said venezuela and opec would meet.', count: 2, spans: ['venezuela', 'opec'], message: /is a name and needs a capital/, output: 'He said Venezuela and OPEC would meet.' },
    { text: "The plan was venezuela's own.", count: 1, output: "The plan was Venezuela's own." },
    { name: 'a lower-case name the draft also writes with its capital', text: 'Prime Minister Edward Seaga spoke. Later seaga said more.', count: 1, spans: ['seaga'], message: /needs a capital/, output: 'Prime Minister Edward Seaga spoke. Later Seaga said more.' },
    { text: 'The temporao crop is late. A poor temporao would hurt.', config: us, count: 2, spans: ['temporao', 'temporao'] },
    // A spelling with no vowel is an abbreviation: no term however often it repeats, and no name when capitalised.
    { name: 'an abbreviation the draft repeats', text: 'Sales of vtrs fell. Makers of vtrs cut prices. The vtrs market shrank.', config: us, count: 3, spans: ['vtrs', 'vtrs', 'vtrs'] },
    { name: 'an abbreviation other drafts share', text: 'Sales of vtrs fell.', config: us, otherDrafts: ['Makers of vtrs cut prices.', 'The vtrs market shrank.'], count: 1, spans: ['vtrs'] },
    { name: 'an abbreviation the draft also capitalises', text: 'Profits were 1.2 billion U.S. Dlrs, against 900 million dlrs.', config: us, count: 1, spans: ['dlrs'], message: /is not in the en-US dictionary/ },
    { name: 'a lower-case word one other draft shares', text: 'Bank fuer Gemeinwirtschaft cut its rates.', config: us, otherDrafts: ['Bank fuer Gemeinwirtschaft said so.'], count: 1, spans: ['fuer'] },
  ],
});
