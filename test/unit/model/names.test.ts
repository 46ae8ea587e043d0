import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { buildModel } from '../../../src/engine/model/build';
import { LazyNames } from '../../../src/engine/model/lazy-layer';
import { mentionIn } from '../../../src/engine/model/names';
import type { TextModel } from '../../../src/engine/model/types';

const model = (text: string) => buildModel(text, { languageId: 'markdown', config: {} });

/** Each entity as `kind name | full reference | roles | mentions (form:text)`. */
function entities(text: string): string[] {
  const m = model(text);
  return m.names.entities.map((e) => {
    const full = e.full ? text.slice(e.full.start, e.full.end) : '-';
    const mentions = e.mentions.map((i) => `${m.names.mentions[i].form}:${text.slice(m.names.mentions[i].start, m.names.mentions[i].end)}`);
    return `${e.kind} ${e.name} | ${full} | ${e.roles.map((r) => `${r.text}[${r.head}]`).join('; ')} | ${mentions.join(', ')}`;
  });
}

const find = (list: string[], start: string) => list.filter((e) => e.startsWith(start));

describe('model: names layer', () => {
  it('splits a title off the name it is glued to, and keeps it as a role', () => {
    const list = entities('Columbus Mayor Andrea Ginther opened the bridge. Ginther said it was late.');
    assert.deepEqual(find(list, 'person'), ['person Andrea Ginther | Andrea Ginther | Columbus Mayor[mayor] | full:Andrea Ginther, surname:Ginther']);
  });

  it('reads a hyphenated surname as one name, with and without the given name', () => {
    const list = entities('Rep. Mary Kilroy-Silk, a Republican from Ohio, spoke. Later Kilroy-Silk left.');
    assert.deepEqual(find(list, 'person'), ['person Mary Kilroy-Silk | Mary Kilroy-Silk | Rep[rep]; a Republican from Ohio[republican] | full:Mary Kilroy-Silk, surname:Kilroy-Silk']);
  });

  it('tells places, parties and institutions from people', () => {
    const list = entities('Jane Roe told the Senate in Ohio that the Department of Transportation and General Motors, both Republican allies, had no plan.');
    assert.deepEqual(list.map((e) => e.split(' |')[0]).sort(), ['organisation Department of Transportation', 'organisation General Motors', 'organisation Senate', 'other Ohio', 'other Republican', 'person Jane Roe']);
  });

  it('resolves a role that points back to the person named with it', () => {
    const text = 'Jane Roe, an analyst with Acme Securities, expects a cut. The analyst said rates would fall. John Doe, vice chairman of Acme Corp\'s finance unit, agreed, and the chairman said so.';
    const list = entities(text);
    assert.deepEqual(find(list, 'person'), [
      'person Jane Roe | Jane Roe | an analyst with Acme Securities[analyst] | full:Jane Roe, role:The analyst',
      "person John Doe | John Doe | vice chairman of Acme Corp's finance unit[chairman] | full:John Doe, role:the chairman",
    ]);
  });

  it('links a surname used before the full name, and a head of state by title', () => {
    const list = entities('"No," Ginther said. Andrea Ginther is mayor. President Reagan spoke. Mr Okafor did not.');
    assert.deepEqual(find(list, 'person'), [
      'person Andrea Ginther | Andrea Ginther |  | surname:Ginther, full:Andrea Ginther',
      'person Reagan | President Reagan | President[president] | title-surname:Reagan',
      'person Okafor | - |  | title-surname:Okafor',
    ]);
  });

  it('ties each quotation\'s speaker to its entity, and builds the layer only when read', () => {
    const untouched = model('"Rates will fall," Jane Roe said.');
    assert.equal((untouched.names as LazyNames).isBuilt, false);
    const m: TextModel = model('Jane Roe, an analyst with Acme Securities, spoke. "Rates will fall," the analyst said. "Not yet," Acme Securities said.');
    const speakers = m.quotations.map((q) => mentionIn(m.names, q.attribution!.speaker!)).map((x) => (x === undefined ? '-' : m.names.entities[x.entity].name));
    assert.deepEqual(speakers, ['Jane Roe', 'Acme Securities']);
    assert.equal(m.quotations[0].attribution?.speakerKind, 'named');
  });

  it('stays linear when many people share a surname and roles repeat', function () {
    this.timeout(60000);
    const chunk = (i: number) => `Given${String.fromCharCode(65 + (i % 26))}${i} Smith, an analyst with Acme, spoke. The analyst said Smith and Mr Smith agreed. `;
    const lintMs = (n: number) => {
      const text = Array.from({ length: n }, (_, i) => chunk(i)).join('');
      const runs: number[] = [];
      for (let r = 0; r < 3; r++) {
        const started = performance.now();
        model(text);
        runs.push(performance.now() - started);
      }
      return Math.min(...runs);
    };
    lintMs(200);
    const small = lintMs(1000);
    const large = lintMs(4000);
    assert.ok(large < small * 10, `1,000 people: ${small.toFixed(1)} ms, 4,000 people: ${large.toFixed(1)} ms`);
  });
});
