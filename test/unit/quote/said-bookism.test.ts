import { saidBookism } from '../../../src/rules/quote/said-bookism';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(saidBookism, {
  valid: [
    '"We will not back down," Rutte said.',
    '"We will not back down," Rutte told reporters.',
    'He noted the weather was fine.',
  ],
  invalid: [
    { text: '"We are prepared to pay," Trump stated, "but the burden must be shared."', count: 1, spans: ['stated'], output: '"We are prepared to pay," Trump said, "but the burden must be shared."' },
    { text: '"It was my mistake," Smith admitted.', count: 1, output: '"It was my mistake," Smith said.' },
    { text: '"Nobody saw it coming," claims Smith.', count: 1, output: '"Nobody saw it coming," says Smith.' },
    { text: 'Rutte noted: "The alliance has never been stronger."', count: 1, output: 'Rutte said: "The alliance has never been stronger."' },
    { text: '"It is a disgrace," Jones slammed.', count: 1, output: '"It is a disgrace," Jones said.' },
    { text: '"We knew in March," Lee revealed.', count: 1, output: '"We knew in March," Lee said.' },
  ],
});
