import assert from 'node:assert/strict';
import { BUILTIN_FACTS, factFinder, parseFactsFile } from '../../../src/engine/facts';

describe('facts sheets', () => {
  describe('built-in sheet', () => {
    const ukraine = BUILTIN_FACTS.find((f) => f.names.includes('Russian-Ukrainian conflict'));

    it('has the Russo-Ukrainian war with its start and the full-scale invasion', () => {
      assert.ok(ukraine);
      assert.equal(ukraine.start, '2014-02');
      assert.deepEqual(ukraine.milestones?.map((m) => m.date), ['2022-02-24']);
      for (const alias of ['Russian-Ukrainian conflict', 'war in Ukraine', "Russia's war", 'the conflict in Ukraine']) assert.ok(ukraine.names.includes(alias), alias);
    });

    it('gives every entry a name and a well-formed start no later than its end', () => {
      for (const fact of BUILTIN_FACTS) {
        assert.ok(fact.names.length > 0);
        assert.match(fact.start, /^\d{4}(-\d{2}(-\d{2})?)?$/, fact.names[0]);
        if (fact.end) assert.ok(fact.end >= fact.start, fact.names[0]);
      }
    });

    it('finds names whatever the case, apostrophe or dash', () => {
      const text = 'As the Russian–Ukrainian Conflict drags on, Russia’s war and the War in Ukraine go on.';
      const found = factFinder([]).find(text, 0, text.length).map((m) => m.text);
      assert.deepEqual(found, ['Russian–Ukrainian Conflict', 'Russia’s war', 'War in Ukraine']);
      assert.ok(factFinder([]).find(text, 0, text.length).every((m) => m.fact === ukraine));
    });

    it('lets a workspace entry override a built-in name', () => {
      const local = [{ names: ['war in Ukraine'], start: '2022-02-24' }];
      const text = 'The war in Ukraine goes on.';
      const [match] = factFinder(local).find(text, 0, text.length);
      assert.equal(match.fact, local[0]);
      assert.equal(match.builtin, false);
      assert.equal(factFinder([]).find(text, 0, text.length)[0].builtin, true);
    });

    it('does not find names inside other words', () => {
      const text = 'The Natoist pact; natos; warin Ukraine.';
      assert.deepEqual(factFinder([]).find(text, 0, text.length).map((m) => m.text), []);
    });
  });

  describe('parseFactsFile', () => {
    it('reads a YAML list with names, aliases, dates, milestones and notes', () => {
      const yaml = [
        '- name: Sandersville flood',
        '  aliases: [the flood, Sandersville floods]',
        '  start: 2019-08-14',
        '  end: 2019-09',
        '- names: [City Hall strike]',
        '  start: 2024',
        '  milestones:',
        '    - { name: the walkout, date: 2024-05-01 }',
        '  note: Counted from the first ballot.',
      ].join('\n');
      const { facts, problems } = parseFactsFile(yaml, '.copydesk/facts.yaml');
      assert.deepEqual(problems, []);
      assert.deepEqual(facts, [
        { names: ['Sandersville flood', 'the flood', 'Sandersville floods'], start: '2019-08-14', end: '2019-09' },
        { names: ['City Hall strike'], start: '2024', milestones: [{ name: 'the walkout', date: '2024-05-01' }], note: 'Counted from the first ballot.' },
      ]);
    });

    it('reads JSON with a "facts" key', () => {
      const { facts, problems } = parseFactsFile('{"facts": [{"names": ["the levy"], "start": "2001-04"}]}', 'facts.json');
      assert.deepEqual(problems, []);
      assert.deepEqual(facts, [{ names: ['the levy'], start: '2001-04' }]);
    });

    it('keeps the good entries and names each mistake', () => {
      const yaml = ['- name: Good', '  start: 2001', '- name: Bad date', '  start: 2001-02-30', '- start: 2001', '- name: Backwards', '  start: 2010', '  end: 2001'].join('\n');
      const { facts, problems } = parseFactsFile(yaml, 'facts.yaml');
      assert.deepEqual(facts.map((f) => f.names[0]), ['Good', 'Backwards']);
      assert.deepEqual(problems.map((p) => p.key), ['facts[1].start', 'facts[2]', 'facts[3].end']);
      assert.ok(problems.every((p) => p.source === 'facts.yaml'));
      assert.match(problems[0].message, /"start" of "Bad date" must be a date/);
    });

    it('reports a file that does not parse, and one of the wrong shape', () => {
      assert.match(parseFactsFile('- name: [unclosed', 'facts.yaml').problems[0].message, /could not be read/);
      assert.match(parseFactsFile('{"names": "x"}', 'facts.json').problems[0].message, /list of entries/);
      assert.deepEqual(parseFactsFile('', 'facts.yaml'), { facts: [], problems: [] });
    });
  });
});
