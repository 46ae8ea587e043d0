import assert from 'node:assert/strict';
import { buildModel } from '../../../src/engine/model/build';
import { LazyNames, personNamedIn, speakerNamedInFullBefore } from '../../../src/engine/model/lazy-layer';
import { SpanReader } from '../../../src/engine/model/name-paragraphs';
import { NameReader } from '../../../src/engine/model/name-runs';
import { linkFullNames, loneNameIn, namesStartingIn, personMentionAmong, personMentionCoveringFromFullNames, personMentionCoveringInLayer, personMentionFromFullNames, personMentionOf, referenceCovering } from '../../../src/engine/model/names';
import { midSentenceTest } from '../../../src/engine/model/names-cache';
import { NamesForWords } from '../../../src/engine/model/names-for-words';
import { firstRoleWords } from '../../../src/engine/model/name-roles';
import type { NamedEntity, NameMention, TextModel } from '../../../src/engine/model/types';
import type { Span } from '../../../src/engine/types';
import { cpuMsOf } from '../../helpers/cpu-time';
import { MANY_WAYS_TO_NAME } from './names-draft';

const model = (text: string) => buildModel(text, { languageId: 'markdown', config: {} });

/** A mention as `form start-end text`, with its entity's kind, name, surname, given name and first full reference. */
function shown(mention: NameMention | undefined, entities: readonly NamedEntity[]): string {
  if (!mention) return '-';
  const e = entities[mention.entity];
  return `${mention.form} ${mention.start}-${mention.end} ${mention.text} | ${e.kind} ${e.name} ${e.surname ?? ''} ${e.given ?? ''} ${e.full ? `${e.full.start}-${e.full.end}` : ''}`;
}

/** Every span's answer from NamesForWords (fresh, or `shared` across spans) against the reading of every full and titled name. */
function compare(m: TextModel, asked: readonly Span[], fresh: boolean): { told: number; persons: number; declined: number } {
  const used = midSentenceTest(m);
  const links = linkFullNames(m, used);
  const spans = new SpanReader(new NameReader(m), used);
  const shared = new NamesForWords(m, used);
  const counts = { told: 0, persons: 0, declined: 0 };
  for (const span of asked) {
    const names = namesStartingIn(m.paragraphs, spans, span);
    const bearing = (fresh ? new NamesForWords(m, used) : shared).linksFor(names.references);
    if (!bearing) {
      counts.declined++;
      continue;
    }
    const found = personMentionAmong(bearing, names);
    const expected = personMentionFromFullNames(links, spans, span);
    if (found === null || expected === null) {
      assert.equal(found, expected, `span ${m.prose.slice(span.start, span.end)}`);
      continue;
    }
    counts.told++;
    if (expected) counts.persons++;
    assert.equal(shown(found, bearing.entities), shown(expected, links.entities), `span ${m.prose.slice(span.start, span.end)}`);
  }
  return counts;
}

const wordSpans = (m: TextModel) => m.words.map((w) => ({ start: w.start, end: w.start + 1 }));

describe('model: names read for the words asked about', () => {
  it('answers as the reading of every full and titled name does, entity field for field', () => {
    // The ways to name of MANY_WAYS_TO_NAME, and hyphenated names and a nickname.
    const text = `${MANY_WAYS_TO_NAME}\n\nRobert Kilroy-Silk's aide met Mr Kilroy-Silk. "Off," Kilroy-Silk said. Jimmy "the Whirlwind" White and Mr White agreed.`;
    const m = model(text);
    const speakers = m.quotations.flatMap((q) => (q.attribution?.speaker ? [q.attribution.speaker] : []));
    const asked = [...wordSpans(m), ...m.words, ...speakers, ...m.sentences];
    const alone = compare(m, asked, true);
    assert.ok(alone.told > 150 && alone.persons > 40 && alone.declined === 0, JSON.stringify(alone));
    // The mention that covers each offset (inside a nickname's quotation too), from the run around it and the names that bear on it.
    const used = midSentenceTest(m);
    const links = linkFullNames(m, used);
    const spans = new SpanReader(new NameReader(m), used);
    const whole = model(text);
    let covered = 0;
    for (let offset = 0; offset < text.length; offset++) {
      const expected = personMentionCoveringFromFullNames(links, spans, offset);
      if (expected === null) continue;
      assert.deepEqual(expected, personMentionCoveringInLayer(whole.names, offset), `offset ${offset}: ${text.slice(offset, offset + 12)}`);
      const covering = referenceCovering(m.paragraphs, spans, offset);
      if (!covering) {
        assert.equal(covering, expected, `offset ${offset}`);
        continue;
      }
      const bearing = new NamesForWords(m, used).linksFor([covering.reference])!;
      const found = personMentionOf(bearing, covering.reference, covering.base);
      if (found) covered++;
      assert.equal(found ? shown(found, bearing.entities) : found, expected ? shown(expected, links.entities) : expected, `offset ${offset}`);
    }
    assert.ok(covered > 150, `${covered} offsets covered`);
    // One reading asked every span in turn links again as its set grows, until its budget hands over.
    const together = compare(m, asked, false);
    assert.ok(together.told > 100 && together.declined > 0, JSON.stringify(together));
  });

  it('knows where a role may first be written, and that a role noun alone makes none', () => {
    const text = 'A company spokesman said no. Mayor Andrea Ginther came. Analyst Jane Roe spoke, and analyst Tom Lee. Ken Perkins, a broker with Acme, left. The trader said so to a trader.';
    const m = model(text);
    const at = (word: string) => text.indexOf(word);
    const first = firstRoleWords(m);
    // A title, a role before a name, and an apposition's head; not `spokesman` before a verb, nor `trader` after `the` or `a`.
    assert.deepEqual([...first.entries()].sort(), [['analyst', at('Analyst')], ['broker', at('broker')], ['mayor', at('Mayor')]]);
    // So `the spokesman` points back to no one, and the layer is not built to tell.
    const quoted = model(`A company spokesman said no. "Yes," the spokesman said.`);
    assert.equal(quoted.quotations[0].attribution?.speakerText, 'the spokesman');
    assert.equal((quoted.names as LazyNames).isBuilt, false);
  });

  it('finds a short key written inside many words through an index, with the same answers', () => {
    // `Al` starts hundreds of words: searching the prose for it passes the budget, and the index takes over.
    const filler = Array.from({ length: 200 }, (_, i) => `Also Alan${i} and Alma${i} went.`).join(' ');
    const text = `Omar Al met Mr Al. ${filler} "Yes," Al said. "No," Mr Al said. Al Jones left.`;
    const m = model(text);
    const speakers = m.quotations.flatMap((q) => (q.attribution?.speaker ? [q.attribution.speaker] : []));
    assert.ok(speakers.length >= 2);
    const counts = compare(m, [...speakers, ...wordSpans(m)], true);
    assert.ok(counts.persons >= 4 && counts.declined === 0, JSON.stringify(counts));
  });

  it('stays linear on a transcript of quotes by ever new people, handing over to the whole reading past its budget', function () {
    this.timeout(60000);
    // Each person a given name and surname of their own (`Bbko Baaako`), so every question reads new names.
    const letters = (i: number): string => (i < 26 ? '' : letters(Math.floor(i / 26) - 1)) + String.fromCharCode(97 + (i % 26));
    const name = (i: number) => `${String.fromCharCode(65 + (i % 26))}${letters(i)}ko`;
    const line = (i: number) => `${name(i + 5000)} ${name(i)} spoke. "Yes," ${name(i)} said. "No," Mr ${name(i + 1)} said.`;
    const textOf = (n: number) => Array.from({ length: n }, (_, i) => line(i)).join('\n\n');
    // Every speaker answered as the whole layer answers, through the budget.
    const m = model(textOf(300));
    const wholeAnswers = (x: TextModel) => x.quotations.map((q) => personNamedIn(x.names, q.attribution!.speaker!));
    const lazyAnswers = wholeAnswers(m);
    const built = model(textOf(300));
    assert.ok(built.names.mentions.length > 0);
    const show = (p: ReturnType<typeof personNamedIn>) => (p ? `${p.form} ${p.start}-${p.end} ${p.entity.kind} ${p.entity.surname} ${p.entity.full?.start}` : '-');
    assert.deepEqual(lazyAnswers.map(show), wholeAnswers(built).map(show));
    assert.equal((m.names as LazyNames).isBuilt, false);
    const small = textOf(300);
    const large = textOf(2400);
    const askAll = (text: string) => {
      const x = model(text);
      return cpuMsOf(() => wholeAnswers(x));
    };
    askAll(small);
    // Taking turns, and keeping each size's fastest run, so a busy machine slows both sizes alike.
    const fastest = { small: Infinity, large: Infinity };
    for (let round = 0; round < 4; round++) {
      for (const size of ['small', 'large'] as const) fastest[size] = Math.min(fastest[size], askAll(size === 'small' ? small : large));
    }
    // Eight times the speakers: linear work takes about 8 times as long, work per pair of speakers 64 times.
    assert.ok(fastest.large < fastest.small * 24, `300 lines: ${fastest.small.toFixed(1)} ms, 2,400 lines: ${fastest.large.toFixed(1)} ms`);
  });
});

describe('model: a speaker named in full before, told without linking', () => {
  /** Whether the whole layer gives the span a person's mention by surname or title and surname whose full reference comes after the span starts, or none. */
  const asksFullName = (whole: TextModel, span: Span) => {
    const mention = personNamedIn(whole.names, span);
    if (!mention || (mention.form !== 'surname' && mention.form !== 'title-surname')) return false;
    return !mention.entity.full || mention.entity.full.start > span.start;
  };

  /** A model whose names layer is not yet read (building it read the layer for `the analyst said`). */
  const unread = (text: string) => {
    const m = model(text);
    m.names = new LazyNames(m);
    return m;
  };

  it('is told only where the whole layer names no one yet to be named in full, and leaves the layer unlinked', () => {
    const text = `${MANY_WAYS_TO_NAME}\n\nRobert Kilroy-Silk's aide met Mr Kilroy-Silk. "Off," Kilroy-Silk said. "Yes," Smith's aide said. "Off," Okafor said. Ngozi Okafor came. Jimmy "the Whirlwind" White and Mr White agreed.`;
    const m = unread(text);
    const whole = model(text);
    assert.ok(whole.names.mentions.length > 0);
    const speakers = m.quotations.flatMap((q) => (q.attribution?.speaker ? [q.attribution.speaker] : []));
    const asked = [...wordSpans(m), ...m.words, ...speakers, ...m.sentences];
    let told = 0;
    let bySurname = 0;
    for (const span of asked) {
      if (!speakerNamedInFullBefore(m.names, span)) continue;
      told++;
      assert.equal(asksFullName(whole, span), false, `span ${text.slice(span.start, span.end)}`);
      if (personNamedIn(whole.names, span)?.form === 'surname') bySurname++;
    }
    assert.ok(told > 200 && bySurname >= 8, `${told} told, ${bySurname} by surname`);
    assert.equal((m.names as LazyNames).isBuilt, false);
    // `Okafor said` before `Ngozi Okafor`, and `Mr Okonjo` never named in full, are left to the whole reading, which flags them; `Abbas` after `Mahmoud Abbas` is told.
    const at = (phrase: string, word: string) => {
      const start = text.indexOf(phrase) + phrase.indexOf(word);
      return { start, end: start + word.length };
    };
    for (const [phrase, word] of [['Okafor said', 'Okafor'], ['Mr Okonjo said', 'Mr Okonjo']]) {
      assert.equal(speakerNamedInFullBefore(unread(text).names, at(phrase, word)), false, word);
      assert.equal(asksFullName(whole, at(phrase, word)), true, word);
    }
    assert.equal(speakerNamedInFullBefore(unread(text).names, at('and Abbas left', 'Abbas')), true);
    assert.equal(speakerNamedInFullBefore(unread(text).names, at('"Fine," Mr Abbas', 'Mr Abbas')), true);
    // The whole layer at hand answers cheaply: nothing is told beside it.
    assert.equal(speakerNamedInFullBefore(whole.names, at('and Abbas left', 'Abbas')), false);
  });

  it('reads a word alone as the reading of its run does: no name, or that word without its possessive', () => {
    const text = 'But Blair left. Tony Blair spoke. Kilroy-Silk came. Smith\'s aide agreed, and The Hague said.';
    const m = model(text);
    const used = midSentenceTest(m);
    const spans = new SpanReader(new NameReader(m), used);
    const word = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
    // `Blair` after `Tony` is in Tony's run, `Kilroy` opens a hyphenated run, `The Hague` is two words: each read, not told.
    assert.equal(loneNameIn(m, word('Blair spoke')), undefined);
    assert.equal(loneNameIn(m, { start: text.indexOf('Kilroy'), end: text.indexOf('Kilroy') + 6 }), undefined);
    assert.equal(loneNameIn(m, word('The Hague')), undefined);
    assert.deepEqual(loneNameIn(m, word("Smith's")), [{ partCount: 1, lastWord: 'Smith' }]);
    // A lower-case word starts no run.
    assert.deepEqual(loneNameIn(m, word('left')), []);
    for (const w of m.words) {
      const alone = loneNameIn(m, w);
      if (!alone) continue;
      const read = namesStartingIn(m.paragraphs, spans, w).references;
      assert.ok(read.length === 0 || (alone.length === 1 && read.length === 1 && read[0].partCount === 1 && !read[0].title && read[0].lastWord === alone[0].lastWord), w.text);
    }
  });

  it('stays linear on a transcript of quotes by ever new people, each asked before and after their full name', function () {
    this.timeout(60000);
    const letters = (i: number): string => (i < 26 ? '' : letters(Math.floor(i / 26) - 1)) + String.fromCharCode(97 + (i % 26));
    const name = (i: number) => `${String.fromCharCode(65 + (i % 26))}${letters(i)}ko`;
    // Each surname asked before its full name (every run holding it read to the end) and after it (told at the first).
    const line = (i: number) => `"Yes," ${name(i)} said. ${name(i + 5000)} ${name(i)} spoke. "No," ${name(i)} said. "Maybe," Mr ${name(i + 1)} said.`;
    const textOf = (n: number) => Array.from({ length: n }, (_, i) => line(i)).join('\n\n');
    const askAll = (text: string) => {
      const x = unread(text);
      const speakers = x.quotations.map((q) => q.attribution!.speaker!);
      return cpuMsOf(() => speakers.forEach((span) => speakerNamedInFullBefore(x.names, span)));
    };
    const small = textOf(300);
    const large = textOf(2400);
    askAll(small);
    const fastest = { small: Infinity, large: Infinity };
    for (let round = 0; round < 4; round++) {
      for (const size of ['small', 'large'] as const) fastest[size] = Math.min(fastest[size], askAll(size === 'small' ? small : large));
    }
    // Eight times the speakers: linear work takes about 8 times as long, work per pair of speakers 64 times.
    assert.ok(fastest.large < fastest.small * 24, `300 lines: ${fastest.small.toFixed(1)} ms, 2,400 lines: ${fastest.large.toFixed(1)} ms`);
  });
});
