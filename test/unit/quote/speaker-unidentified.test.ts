import assert from 'node:assert/strict';
import { lintDocument, lintModelAgain } from '../../../src/engine/lint';
import type { LazyNames } from '../../../src/engine/model/lazy-layer';
import { speakerUnidentified } from '../../../src/rules/quote/speaker-unidentified';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(speakerUnidentified, {
  valid: [
    'NATO chief Mark Rutte met ministers. "We will not back down," Rutte said.',
    'Mark Rutte met ministers.\n\n"We will not back down," Mr Rutte said.',
    'Mark Rutte met ministers. "We will not back down," he said.',
    '"We will not back down," said Mark Rutte.',
    '"Results were strong," BP chief executive Lord Browne said.',
    '"Profits rose," Fosters said in a statement.',
    '"I am ready," Serena Williams said. "It was tough," Serena added.',
    '"We are hopeful," the company said.',
    'Robert Kilroy-Silk quit the party. "I am ashamed," Mr Kilroy-Silk said.',
    '"I have never been so scared," Madrid midfielder Guti told radio station Cadena Ser.',
    '"The ruling is obliged to compensate him," Mr Justice Eady said.',
    '"We had no choice," the Liberal Democrats said.',
    '"We are honoured," Sky said. Sky One will show the ceremony live.',
    // a quoted nickname between the given name and the surname
    'Jimmy "the Whirlwind" White also missed lessons. "We loved the game," Mr White said.',
    // a full name in the headline introduces the speaker
    'Mark Rutte warns allies\n\n"We will not back down," Mr Rutte said in Brussels.',
    'Mark Rutte Warns Allies\n\n"We will not back down," Mr Rutte said in Brussels.',
    // a head of state or government is named in full by title and surname (issue 14, item 5)
    '"We will provide the weapons," President Trump said.',
    '"The talks went well," Prime Minister Thatcher said on Friday.',
    '"We will not devalue," Chancellor Kohl told reporters.',
    // a company or agency by its name needs no full name first (issue 14, item 5)
    '"Exports will fall," Ministry of Trade director general Noboru Hatakeyama told reporters. The Finance Ministry agreed.',
    '"Profits rose 12 percent," Citicorp said. Citicorp Chairman John Reed spoke later.',
    '"We are reviewing the bid," Acme Securities said. Its parent, Acme Corp, declined to comment.',
    // a surname after the full name with its title split off, and a hyphenated surname
    'Columbus Mayor Andrea Ginther spoke first. "The bridge is late," Ginther said.',
    'Rep. Mary Kilroy-Silk, a Republican from Ohio, disagreed. "It is on time," Kilroy-Silk said.',
    // a determiner opening a sentence is no given name
    '"We are disappointed," Citigroup said. Some Citigroup traders face charges.',
  ],
  invalid: [
    {
      name: 'surname before the full name',
      text: '"We will not back down," Rutte said.\n\nNATO Secretary General Mark Rutte spoke in Brussels.',
      count: 1,
      spans: ['Rutte'],
      message: /not named in full before this quote/,
    },
    {
      name: 'title and surname, never named in full',
      text: '"We will not back down," Mr Rutte said.',
      count: 1,
      spans: ['Mr Rutte'],
    },
    {
      name: 'job title and surname (not a head of state or government)',
      text: '"We will provide the weapons," Defense Secretary Weinberger said.',
      count: 1,
      spans: ['Defense Secretary Weinberger'],
    },
    {
      name: 'a role that says nothing of the surname before it',
      text: 'Columbus Mayor Andrea Ginther spoke first. "The bridge is late," Rep. Okonjo said.',
      count: 1,
      spans: ['Rep. Okonjo'],
    },
    {
      name: 'a surname before the hyphenated full name',
      text: '"I am ashamed," Kilroy-Silk said. Robert Kilroy-Silk quit the party on Monday.',
      count: 1,
      spans: ['Kilroy-Silk'],
      message: /appears only later/,
    },
    {
      name: 'nicknamed full name only after the quote',
      text: '"We loved the game," Mr White said. Jimmy "the Whirlwind" White also missed lessons.',
      count: 1,
      spans: ['Mr White'],
      message: /appears only later/,
    },
    {
      name: 'a surname one letter from a full name given earlier: the message asks for the spelling',
      text: 'Transport Commissioner Jacques Barrot opened the inquiry. "We will verify the plan," said Mr Barot.',
      count: 1,
      spans: ['Mr Barot'],
      message: /“Jacques Barrot” is: check the spelling/,
    },
    {
      name: 'pronoun with nobody named before',
      text: '"We will not back down," he said.',
      count: 1,
      spans: ['he'],
    },
  ],
});

describe('quote/speaker-unidentified with and without the names layer built', () => {
  it('finds the same whether the layer was built before the rule ran or the rule read full names only', () => {
    // Full names after the quote, a misspelt surname, titled and lone surnames, a role named with `the`, one surname for two people.
    const text = [
      '"We will not back down," Rutte said. "Nor will we," Mr Barot said.',
      'NATO Secretary General Mark Rutte spoke in Brussels. Transport Commissioner Jacques Barrot agreed.',
      'Jane Roe, an analyst with Acme Securities, spoke. Mr Okonjo thanked the analyst. "Not yet," Mr Okonjo said.',
      'Tony Blair met Cherie Blair. "Yes," Blair said. "No," Mrs Blair said. "Maybe," Mr Kim said, and Kim Yungmin left.',
    ].join('\n\n');
    const lazy = lintDocument(text, { rules: [speakerUnidentified] });
    assert.equal((lazy.model.names as LazyNames).isBuilt, false);
    const built = lintDocument(text, { rules: [] });
    assert.ok(built.model.names.mentions.length > 0);
    const again = lintModelAgain(built, { rules: [speakerUnidentified] });
    const shown = (r: typeof lazy) => r.findings.map((f) => `${text.slice(f.start, f.end)}: ${f.message}`);
    assert.deepEqual(shown(lazy), shown(again));
    assert.deepEqual(shown(lazy).map((f) => f.split(':')[0]), ['Rutte', 'Mr Barot', 'Mr Okonjo', 'Mr Kim']);
  });
});
