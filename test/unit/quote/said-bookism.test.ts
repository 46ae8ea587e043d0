import { saidBookism } from '../../../src/rules/quote/said-bookism';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(saidBookism, {
  valid: [
    '"We will not back down," Rutte said.',
    '"We will not back down," Rutte told reporters.',
    'He noted the weather was fine.',
    // "states" as a noun
    'Poland would pay the United States, he said, "but not in a hurry."',
    'EC member states "must pay their share," Okafor said.',
    'The Gulf States "will not cut output," the minister said.',
    // a verb's -s form as a plural noun or inside a name
    '"There is no point in stopping now." Okafor has won three Grand Slams, the last in 2004.',
    'The spokesman rejected the claims, saying: "The minister made her position clear."',
    // a document states or notes: the neutral verb for one
    '"Exports will fall in the second half," the order states.',
    '"Growth is the lowest since the 1960s," the report notes.',
    // not the attribution: a gerund after a verb, a participle of the passive, the noun "claims"
    '"It is a shameful episode," she said, and was contemplating claiming the whole amount.',
    'The freeze covers 120 goods declared to be "of primary necessity."',
    'Sales suffered from claims of "unintentional acceleration."',
    // the verb of a sentence of paraphrase after a quote that ended its own sentence
    '"We will hold to the accords," Okafor said. "They were struck in good faith." West Germany had kept its pledge of boosting planned tax cuts, he noted.',
  ],
  invalid: [
    { text: '"We are prepared to pay," Trump stated, "but the burden must be shared."', count: 1, spans: ['stated'], output: '"We are prepared to pay," Trump said, "but the burden must be shared."' },
    { text: '"It was my mistake," Smith admitted.', count: 1, output: '"It was my mistake," Smith said.' },
    { text: '"Nobody saw it coming," claims Smith.', count: 1, output: '"Nobody saw it coming," says Smith.' },
    { text: 'Rutte noted: "The alliance has never been stronger."', count: 1, output: 'Rutte said: "The alliance has never been stronger."' },
    { text: '"It is a disgrace," Jones slammed.', count: 1, output: '"It is a disgrace," Jones said.' },
    { text: '"We knew in March," Lee revealed.', count: 1, output: '"We knew in March," Lee said.' },
    { text: '"Exports will fall," the minister states.', count: 1, output: '"Exports will fall," the minister says.' },
    { text: 'States the ministry: "Exports will fall."', count: 1, output: 'Says the ministry: "Exports will fall."' },
    { text: '"We have no leverage," one official admitted.', count: 1, output: '"We have no leverage," one official said.' },
  ],
});
