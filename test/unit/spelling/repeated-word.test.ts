import { ruleTester } from '../../helpers/rule-tester';
import { repeatedWord } from '../../../src/rules/spelling/repeated-word';

ruleTester(repeatedWord, {
  valid: ['He had had enough.', 'She said that that was wrong.', 'Duran Duran played.', 'The end. The start.', 'The rate rose one one-hundredth of a point.', 'It was a one one-off.'],
  invalid: [
    { text: 'He saw the the car.', count: 1, spans: ['the'], output: 'He saw the car.' },
    { text: 'He saw the\nthe car.', count: 1, output: 'He saw the car.' },
    { text: 'The the car.', count: 1, output: 'The car.' },
    { text: 'It rose one one hundredth.', count: 1, spans: ['one'], output: 'It rose one hundredth.' },
  ],
});
