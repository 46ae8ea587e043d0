import assert from 'node:assert/strict';
import { buildModel } from '../../../src/engine/model/build';
import type { TextModel } from '../../../src/engine/model/types';
import { cpuMsOf } from '../../helpers/cpu-time';

const model = (text: string, languageId = 'markdown'): TextModel => buildModel(text, { languageId, config: {} });
const inner = (m: TextModel) => m.quotations.map((q) => m.text.slice(q.start, q.end));
const kinds = (m: TextModel) => m.quotations.map((q) => `${m.text.slice(q.start, q.end)}:${q.kind}`);

describe('quotation layer', () => {
  describe('marks and pairing', () => {
    it('pairs straight and curly, double and single marks', () => {
      assert.deepEqual(inner(model('"One," he said. “Two,” she said. ‘Three,’ they said.')), ['One,', 'Two,', 'Three,']);
      assert.deepEqual(inner(model("'Four,' he said.")), ['Four,']);
    });

    it('nests single quotes inside double quotes and records the parent', () => {
      const m = model('"He told me \'go home\' and I did," she said.');
      assert.deepEqual(inner(m), ["He told me 'go home' and I did,", 'go home']);
      assert.deepEqual(m.quotations.map((q) => [q.depth, q.parent]), [[0, -1], [1, 0]]);
      const words = m.words.filter((w) => w.text === 'go' || w.text === 'told');
      assert.deepEqual(words.map((w) => w.quotation), [0, 1]);
    });

    it('nests curly double quotes inside curly single quotes', () => {
      const m = model('‘He called it “a disgrace” on Monday,’ she said.');
      assert.deepEqual(inner(m), ['He called it “a disgrace” on Monday,', 'a disgrace']);
    });

    it('treats doubled single quotes as a double mark', () => {
      assert.deepEqual(inner(model("''We want an explanation,'' McCreadie said.")), ['We want an explanation,']);
    });
  });

  describe('apostrophes', () => {
    const cases: [string, string[]][] = [
      ['Ukraine’s defence and NATO’s response.', []],
      ['‘It’s about solidarity,’ Rutte said.', ['It’s about solidarity,']],
      ['It was rock ’n’ roll all night.', []],
      ['Fish \'n\' chips were served.', []],
      ['Sales peaked in the ’90s and \'05.', []],
      ['The Joneses’ lawyer spoke.', []],
      ['The players\' union met.', []],
      ['They were rockin\' all night.', []],
      ['OutRage!\'s Mr Lock spoke.', []],
      ['‘The players’ union is strong,’ he said.', ['The players’ union is strong,']],
      ['the ‘Ramnatein’ contact group', ['Ramnatein']],
    ];
    for (const [text, expected] of cases) {
      it(text, () => {
        const m = model(text);
        assert.deepEqual(inner(m), expected);
        assert.deepEqual(m.strayMarks, []);
      });
    }
  });

  describe('inscriptions', () => {
    it('reads words written on something as a term, and words written in a letter as speech', () => {
      assert.deepEqual(kinds(model('Every runner sees written on the wall, "Are you strong enough to finish?"')), ['Are you strong enough to finish?:term']);
      assert.deepEqual(kinds(model('She had written in a letter: "We knew about the leak for weeks."')), ['We knew about the leak for weeks.:speech']);
    });
  });

  describe('mismatched marks', () => {
    it('pairs an opening mark with a closing mark of another kind once, and records the mismatch on the closer', () => {
      const m = model('‘Networks like these facilitate piracy,” the BPI said.');
      assert.deepEqual(inner(m), ['Networks like these facilitate piracy,']);
      assert.equal(m.strayMarks.length, 1);
      assert.equal(m.strayMarks[0].char, '”');
      assert.equal(m.strayMarks[0].mismatches?.char, '‘');
      assert.equal(m.quotations[0].attribution?.speakerText, 'the BPI');
    });
  });

  describe('line breaks inside a sentence', () => {
    it('pairs a quote across a blank line that splits a sentence, and keeps the paragraph of its opening mark', () => {
      const m = model('Intro line here.\n\nHe said: "I\n\nwas\n\nthere," says Mr Major.', 'plaintext');
      assert.deepEqual(inner(m), ['I\n\nwas\n\nthere,']);
      assert.equal(m.quotations[0].paragraph, 1);
      assert.deepEqual(m.strayMarks, []);
    });

    it('does not join a paragraph that ends its sentence', () => {
      const m = model('He said: "I was there.\n\nthen he left."', 'plaintext');
      assert.equal(m.strayMarks.length, 2);
    });
  });

  describe('multi-paragraph convention', () => {
    it('marks a quote that reopens the next paragraph as running on', () => {
      const m = model('Rutte said: "We will not back down.\n\n"Our allies know it.\n\n"And so does Moscow."');
      assert.deepEqual(m.quotations.map((q) => [q.runsOn, q.continues ?? null, q.close ? 'closed' : 'open']), [
        [true, null, 'open'],
        [true, 0, 'open'],
        [false, 1, 'closed'],
      ]);
      assert.deepEqual(m.strayMarks, []);
    });

    it('reads a lost paragraph break inside one paragraph the same way', () => {
      const m = model('He said: "We will not back down. "Our allies know it."');
      assert.deepEqual(m.quotations.map((q) => [q.runsOn, q.continues ?? null]), [[true, null], [false, 0]]);
      assert.deepEqual(m.strayMarks, []);
    });

    it('leaves an unclosed quote stray when the next paragraph does not reopen it', () => {
      const m = model('Rutte said: "We will not back down.\n\nThe talks resume on Friday.');
      assert.equal(m.quotations.length, 0);
      assert.deepEqual(m.strayMarks.map((s) => [s.char, s.role]), [['"', 'open']]);
    });
  });

  describe('unbalanced marks', () => {
    it('reports a closing mark with no opening', () => {
      const m = model('We will not back down," Rutte said.');
      assert.deepEqual(m.strayMarks.map((s) => [m.text.slice(s.start - 5, s.end), s.role]), [['down,"', 'close']]);
    });
    it('reports a nested opening that never closes, not the outer quote', () => {
      const m = model('“He told me ‘go home and I did,” she said.');
      assert.deepEqual(inner(m), ['He told me ‘go home and I did,']);
      assert.deepEqual(m.strayMarks.map((s) => s.char), ['‘']);
    });
  });

  describe('speech or term', () => {
    it('tells quoted speech from scare quotes, titles and nicknames', () => {
      assert.deepEqual(kinds(model('The minister called the deal a "win-win" and "dead on arrival".')), ['win-win:term', 'dead on arrival:term']);
      assert.deepEqual(kinds(model('The film "The Return of the King" won.')), ['The Return of the King:term']);
      assert.deepEqual(kinds(model('"No," he said.')), ['No,:speech']);
      assert.deepEqual(kinds(model('It closed many "superclubs," and magazines.')), ['superclubs,:term']);
      assert.deepEqual(kinds(model('He was honoured for a "great number of celebrated roles" abroad.')), ['great number of celebrated roles:term']);
      assert.deepEqual(kinds(model('Rutte said the plan was "a pivotal moment in the struggle against aggression".')), ['a pivotal moment in the struggle against aggression:speech']);
      assert.deepEqual(kinds(model('The poster carried the slogan "Britain is working, do not let them wreck it".')), ['Britain is working, do not let them wreck it:term']);
    });

    it('treats headline quotes as terms', () => {
      const m = model('NATO Chief Urges ‘Critical’ Arms Boost for Ukraine as Allies Meet\n\nThe alliance met on Monday.', 'plaintext');
      assert.deepEqual(kinds(m), ['Critical:term']);
    });
  });

  it('is linear: a long draft of quotes takes time proportional to its length', function () {
    this.timeout(60000);
    const paragraph = '"We will not back down," Rutte said. "Our allies know it and so does Moscow," he added. ';
    const textOf = (n: number) => Array.from({ length: n }, () => paragraph).join('\n\n');
    // Both sizes well past what fits in the young generation: below about 800 paragraphs a draft's
    // model dies young and costs less per quote, which made 8x the text look 27x the time under load.
    const texts = { small: textOf(800), large: textOf(6400) };
    model(texts.small);
    // Taking turns and keeping each size's fastest run, so a busy machine slows both sizes alike.
    const fastest = { small: Infinity, large: Infinity };
    for (let round = 0; round < 5; round++) {
      for (const size of ['small', 'large'] as const) {
        const spent = cpuMsOf(() => model(texts[size]));
        fastest[size] = Math.min(fastest[size], spent);
      }
    }
    const { small, large } = fastest;
    // Eight times the text: linear work takes about 8 times as long, a rescan per quote 64 times.
    assert.ok(large < small * 24, `8x the text took ${(large / small).toFixed(1)}x the time`);
  });
});
