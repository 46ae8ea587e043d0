import { quoteStyle } from '../../../src/rules/quote/style';
import { lintDocument } from '../../../src/engine/lint';
import { ruleTester } from '../../helpers/rule-tester';
import assert from 'node:assert/strict';

const ap = { style: 'ap' as const };

ruleTester(quoteStyle, {
  valid: [
    { text: '"We will not back down," Rutte said.', config: ap },
    { text: '“He told me ‘go home,’” she said.', config: ap },
    { text: '# Rutte Urges ‘Critical’ Arms Boost\n\n"We will not back down," Rutte said.', config: ap, name: 'headlines keep single quotes' },
  ],
  invalid: [
    {
      name: 'single quotes for direct speech',
      text: '‘This is not just about weapons,’ Rutte said.',
      config: ap,
      count: 1,
      output: '“This is not just about weapons,” Rutte said.',
    },
    {
      name: 'only the marks of that quotation change',
      text: "'We will win,' Rutte said of the players' union and 'rock 'n' roll'.",
      config: ap,
      count: 2,
      output: '"We will win," Rutte said of the players\' union and "rock \'n\' roll".',
    },
    {
      name: 'a guillemet closing a nested quote becomes a curly single mark, never itself',
      text: 'He said "one “two» three" today.',
      config: ap,
      count: 1,
      output: 'He said "one ‘two’ three" today.',
    },
    {
      name: 'double quotes inside double quotes',
      text: '“He told me “go home,” and I did,” she said.',
      config: ap,
      count: 1,
      output: '“He told me ‘go home,’ and I did,” she said.',
    },
  ],
});

describe('quote/style outside AP', () => {
  it('stays off unless the house style is AP', () => {
    const text = '‘This is not just about weapons,’ Rutte said.';
    assert.equal(lintDocument(text, { rules: [quoteStyle], config: { style: 'none' } }).findings.length, 0);
    assert.equal(lintDocument(text, { rules: [quoteStyle], config: { style: 'ap' } }).findings.length, 1);
  });
});
