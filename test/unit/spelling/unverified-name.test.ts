import { ruleTester } from '../../helpers/rule-tester';
import { unverifiedName } from '../../../src/rules/spelling/unverified-name';

ruleTester(unverifiedName, {
  valid: ['Donald Trump met Theresa May in London.', { text: 'Leonid Kuchma spoke.', config: { words: ['Kuchma'] } }],
  invalid: [{ text: 'Leonid Kuchma spoke.', count: 1, spans: ['Kuchma'], message: /Verify/ }],
});
