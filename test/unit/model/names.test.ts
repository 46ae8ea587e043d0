import assert from 'node:assert/strict';
import { buildModel } from '../../../src/engine/model/build';
import { entitiesNamedInFull, LazyNames, personMentionIn } from '../../../src/engine/model/lazy-layer';
import { SpanReader } from '../../../src/engine/model/name-paragraphs';
import { NameReader } from '../../../src/engine/model/name-runs';
import { findFullNames, findNames, linkFullNames, mentionIn, personMentionCoveringFromFullNames, personMentionCoveringInLayer, personMentionFromFullNames, personMentionInLayer } from '../../../src/engine/model/names';
import { midSentenceTest } from '../../../src/engine/model/names-cache';
import type { TextModel } from '../../../src/engine/model/types';
import { cpuMsOf } from '../../helpers/cpu-time';
import { MANY_WAYS_TO_NAME } from './names-draft';

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

  it('reads each run with nothing left from the run before it', () => {
    // The reader fills the same run words run after run: Ohio's place, Acme's kind must not stick to the next name in their place.
    const list = entities('Ohio officials met Jane Roe. Acme Securities hired Mark Rutte, and Paris welcomed Kim Yungmin.');
    assert.deepEqual(find(list, 'person').map((e) => e.split(' |')[0]), ['person Jane Roe', 'person Mark Rutte', 'person Kim Yungmin']);
    assert.deepEqual(find(list, 'place').map((e) => e.split(' |')[0]), ['place Paris']);
  });

  it('keeps a capitalised particle as part of the name, and takes a lower-case one as a link', () => {
    // `van` joins two names; `Van` opens one, whatever the class lists hold for `van`.
    const list = entities('Van Morrison sang. Ludwig van Beethoven wrote it.');
    assert.deepEqual(list.map((e) => e.split(' | ').slice(0, 2).join(' | ')), ['other Van Morrison | Van Morrison', 'person Ludwig van Beethoven | Ludwig van Beethoven']);
  });

  it('asks the gazetteer about a possessive name without its possessive, and finds the role after it', () => {
    assert.deepEqual(entities("Talks in Britain's capital went on."), ['place Britain | Britain |  | name:Britain']);
    const list = entities("Jane Roe's, an analyst with Acme Securities, expects a cut.");
    assert.deepEqual(find(list, 'person'), ['person Jane Roe | Jane Roe | an analyst with Acme Securities[analyst] | full:Jane Roe']);
  });

  it('writes a name that runs over a line break with single spaces', () => {
    const list = entities('Jimmy "the\nWhirlwind" White beat Mr Roe.');
    assert.deepEqual(find(list, 'person Jimmy'), ['person Jimmy "the Whirlwind" White | Jimmy "the\nWhirlwind" White |  | full:Jimmy "the\nWhirlwind" White']);
  });

  it('gives the entities of full and titled names without reading lone words, as the whole layer has them', () => {
    // `Mr Abbas` makes a person of `Mahmoud Abbas`; `Kim` after `Kim Yungmin` and `President Reagan` stay theirs; lone `Ohio` is not read.
    const text = 'Mahmoud Abbas met Ohio officials. Mr Abbas left. Kim Yungmin spoke to Mr Kim. President Reagan and Acme Securities agreed. Roe said no.';
    const whole = findNames(model(text)).entities;
    const named = findFullNames(model(text));
    const shown = (e: { kind: string; name: string; full?: { start: number; end: number } }) => `${e.kind} ${e.name} | ${e.full ? text.slice(e.full.start, e.full.end) : '-'}`;
    assert.deepEqual(named.map(shown), ['person Mahmoud Abbas | Mahmoud Abbas', 'person Kim Yungmin | Kim Yungmin', 'organisation Acme Securities | Acme Securities', 'person Reagan | President Reagan']);
    assert.deepEqual(named.map(shown), whole.slice(0, named.length).map(shown));
    assert.ok(whole.length > named.length, 'lone words make entities only in the whole layer');
    // Read through the lazy layer: the short reading until the layer is built, the layer's own after.
    const m = model(text);
    assert.deepEqual(entitiesNamedInFull(m.names).map(shown), named.map(shown));
    assert.equal((m.names as LazyNames).isBuilt, false);
    const built = m.names.entities;
    assert.equal(entitiesNamedInFull(m.names), built);
  });

  it('tells whose mention a span is, or covers an offset, from full and titled names, as the whole layer does, or says it cannot', () => {
    const text = MANY_WAYS_TO_NAME;
    const lazy = model(text);
    const whole = model(text);
    const used = midSentenceTest(lazy);
    const links = linkFullNames(lazy, used);
    const spans = new SpanReader(new NameReader(lazy), used);
    const asked = [...lazy.words.flatMap((w) => [w, { start: w.start, end: w.start + 1 }]), ...lazy.sentences, ...lazy.paragraphs, ...lazy.quotations.map((q) => q.attribution!.speaker!)];
    let told = 0;
    let persons = 0;
    for (const span of asked) {
      const expected = personMentionInLayer(whole.names, span);
      const found = personMentionFromFullNames(links, spans, span);
      if (found === null) {
        // Only a `the` noun in the span leaves it to the whole layer here.
        assert.ok(lazy.words.some((w) => /^the$/i.test(w.text) && w.start >= span.start && w.start < span.end), `undecided: ${text.slice(span.start, span.end)}`);
        continue;
      }
      told++;
      if (expected) persons++;
      assert.deepEqual(found, expected, `span ${text.slice(span.start, span.end)}`);
    }
    assert.ok(told > 150 && persons > 40, `${told} spans told, ${persons} of them a person's`);
    // The mention that covers each offset, likewise.
    let covered = 0;
    for (let offset = 0; offset <= text.length; offset++) {
      const found = personMentionCoveringFromFullNames(links, spans, offset);
      if (found === null) continue;
      if (found) covered++;
      assert.deepEqual(found, personMentionCoveringInLayer(whole.names, offset), `offset ${offset}: ${text.slice(offset, offset + 12)}`);
    }
    assert.ok(covered > 100, `${covered} offsets covered by a person's mention`);
    // Through the lazy layer: speakers answered without building it, and alike once it is built
    // (`the analyst said` has the model build the layer, to read who the analyst is).
    const plain = text.replace('"Soon," the analyst said. ', '');
    const [unbuilt, built] = [model(plain), model(plain)];
    const speakers = (m: TextModel) => m.quotations.map((q) => personMentionIn(m.names, q.attribution!.speaker!));
    const answers = speakers(unbuilt);
    assert.equal((unbuilt.names as LazyNames).isBuilt, false);
    assert.ok(answers.filter(Boolean).length >= 6);
    assert.ok(built.names.mentions.length > 0);
    assert.deepEqual(answers, speakers(built));
    assert.ok(entitiesNamedInFull(built.names).length > entitiesNamedInFull(unbuilt.names).length);
  });

  it('skips no word that starts a name of two words or more when it reads full names only', () => {
    // A hyphen, a quoted nickname, a particle, `of`, an initial and a title's full stop carry a name on past its first word.
    const text = 'Mary Kilroy-Silk met Jimmy "the Whirlwind" White. Osama bin Laden wrote to the Department of Transportation. J. R. Ewing and Rep. Okonjo agreed. Mr Abbas left. Paris, Ohio.';
    const shown = (e: { kind: string; name: string; full?: { start: number; end: number } }) => `${e.kind} ${e.name} | ${e.full ? text.slice(e.full.start, e.full.end) : '-'}`;
    const named = findFullNames(model(text)).map(shown);
    assert.deepEqual(named, findNames(model(text)).entities.slice(0, named.length).map(shown));
    assert.deepEqual(named, [
      'person Mary Kilroy-Silk | Mary Kilroy-Silk',
      'person Jimmy "the Whirlwind" White | Jimmy "the Whirlwind" White',
      'other Osama bin Laden | Osama bin Laden',
      'organisation Department of Transportation | Department of Transportation',
      'other J. R. Ewing | J. R. Ewing',
      'person Okonjo | -',
      'person Abbas | -',
    ]);
  });

  it('tells an acronym from a name written with one capital, whatever its letters', () => {
    const list = entities('Ministers of OPEC met. The G7 and Opec agreed. ÉDF and the USA spoke.');
    assert.deepEqual(list.map((e) => e.split(' |')[0]), ['organisation OPEC', 'other Opec', 'organisation ÉDF', 'place USA']);
  });

  it('cuts a run of capitalised words longer than any name, so no per-word look-up reads the whole run', () => {
    const letters = 'bcdfghjklmnpqrstvwxz';
    const word = (i: number) => `${letters[i % 20].toUpperCase()}${letters[(i * 7) % 20]}a${letters[(i * 3) % 20]}o${letters[Math.floor(i / 20) % 20]}`;
    const m = model(`${Array.from({ length: 3000 }, (_, i) => word(i)).join(' ')} spoke.`);
    assert.ok(m.names.mentions.length > 0);
    const longest = Math.max(...m.names.mentions.map((x) => x.text.split(' ').length));
    assert.ok(longest <= 12, `a mention of ${longest} words`);
  });

  it('stays linear when many people share a surname and roles repeat', function () {
    this.timeout(60000);
    const chunk = (i: number) => `Given${String.fromCharCode(65 + (i % 26))}${i} Smith, an analyst with Acme, spoke. The analyst said Smith and Mr Smith agreed. `;
    const textOf = (n: number) => Array.from({ length: n }, (_, i) => chunk(i)).join('');
    const small = textOf(500);
    const large = textOf(4000);
    model(small);
    // Taking turns, and keeping each size's fastest run, so a busy machine slows both sizes alike.
    const fastest = { small: Infinity, large: Infinity };
    for (let round = 0; round < 5; round++) {
      for (const size of ['small', 'large'] as const) {
        const spent = cpuMsOf(() => model(size === 'small' ? small : large));
        fastest[size] = Math.min(fastest[size], spent);
      }
    }
    // Eight times the people: linear work takes about 8 times as long, work per pair of people 64 times.
    assert.ok(fastest.large < fastest.small * 24, `500 people: ${fastest.small.toFixed(1)} ms, 4,000 people: ${fastest.large.toFixed(1)} ms`);
  });
});
