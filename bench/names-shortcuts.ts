/**
 * Whether the readings short of the whole names layer answer as the whole layer does, over both
 * shared corpora, and how many stories still build the whole layer in a CLI check:
 *
 *   npx tsx bench/names-shortcuts.ts [--step N]
 *
 * For every story (every Nth with --step): `personMentionIn`'s shortcut (full and titled names,
 * and the names inside the span) against the whole layer's answer, for every word, the first
 * character of every word, every sentence and every quotation's speaker; `personMentionCovering`'s
 * for the start and last character of every word and offsets through the text; `personNamedIn`'s
 * reading of only the full and titled names that bear on the span's names (NamesForWords, one per
 * story, asked every span in turn; and one for each word and each speaker alone) against the reading of every full and titled name, entity field
 * for field but its index (and declined when over its budget); and where the first full or
 * titled name that may be a person's starts (firstPossiblePersonInFullNames); and whether every
 * `the <role noun>` that points back to a role is one firstRoleWords allows. And whether every span
 * surelyIntroduced tells of (quote/speaker-unidentified's pre-test, asked as personNamedIn is)
 * has, in the whole layer, no person's mention by surname whose full reference comes after it, and
 * whether loneNameIn's names of a word alone are the names read there or none. A shortcut may
 * decline (null: the whole layer is read instead); it must never differ. Then each story is linted
 * with every rule and its workspace names are read, as the CLI does, and the stories whose names
 * layer was built whole are counted. Last, `findFullNames` (the reading of full and titled names
 * alone) must give the first entities of the whole layer, field for field but mentions and roles;
 * the stories where it does not are counted.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lintDocument } from '../src/engine/lint';
import { buildModel } from '../src/engine/model/build';
import { LazyNames, mayBePerson } from '../src/engine/model/lazy-layer';
import { SpanReader } from '../src/engine/model/name-paragraphs';
import { firstRoleWords } from '../src/engine/model/name-roles';
import { JOB_TITLES, ROLE_NOUNS } from '../src/engine/model/name-words';
import { NameReader } from '../src/engine/model/name-runs';
import { findFullNames, firstPossiblePersonInFullNames, linkFullNames, mentionIn, namesStartingIn, personMentionAmong, personMentionCoveringFromFullNames, personMentionOf, referenceCovering, personMentionCoveringInLayer, personMentionFromFullNames, personMentionInLayer, surelyIntroduced, loneNameIn } from '../src/engine/model/names';
import { NamesForWords } from '../src/engine/model/names-for-words';
import { midSentenceTest } from '../src/engine/model/names-cache';
import { draftNamesOf } from '../src/engine/spelling/analysis';
import type { NamedEntity, NameMention } from '../src/engine/model/types';
import type { Span } from '../src/engine/types';
import { allRules } from '../src/rules';
import { listCorpusFiles } from './lib/corpus';

const CORPORA = ['bbc-news', 'reuters-world'].map((name) => resolve(__dirname, '..', '..', 'shared', 'corpus', name));
const stepAt = process.argv.indexOf('--step');
const STEP = stepAt > 0 ? Number(process.argv[stepAt + 1]) : 1;

interface Tally {
  asked: number;
  told: number;
  persons: number;
  differ: number;
}

/** Counts one question: declined (null), or told, and then whether the whole layer's answer differs. */
function tally(counts: Tally, found: NameMention | undefined | null, expected: () => NameMention | undefined): void {
  counts.asked++;
  if (found === null) return;
  const answer = expected();
  counts.told++;
  if (answer) counts.persons++;
  if (JSON.stringify(found) !== JSON.stringify(answer)) counts.differ++;
}

/** An entity as findFullNames gives it: everything but its mentions and roles. */
const shownAlone = ({ mentions: _mentions, roles: _roles, ...rest }: NamedEntity) => JSON.stringify(rest);

/** A mention with its entity shown in place of its index (which differs between linkings). */
const shownWith = ({ entity, ...mention }: NameMention, entities: readonly NamedEntity[]) => `${JSON.stringify(mention)} ${shownAlone({ ...entities[entity], index: 0 })}`;

/** Counts an answer of a linking of some names against the reading of every full name's: both declined (null), or alike but for entity indices. */
function tallyAlike(counts: Tally, found: NameMention | undefined | null, foundEntities: readonly NamedEntity[], expected: NameMention | undefined | null, entities: readonly NamedEntity[]): void {
  if (found === null || expected === null) {
    if (found !== expected) counts.differ++;
    return;
  }
  counts.told++;
  if (expected) counts.persons++;
  if ((found && shownWith(found, foundEntities)) !== (expected && shownWith(expected, entities))) counts.differ++;
}

/** Whether findFullNames gives the whole layer's first entities. */
function fullNamesAlike(named: readonly NamedEntity[], whole: readonly NamedEntity[]): boolean {
  return named.length <= whole.length && named.every((entity, i) => shownAlone(entity) === shownAlone(whole[i]));
}

for (const corpus of CORPORA) {
  const files = listCorpusFiles(corpus).filter((_, i) => i % STEP === 0);
  const spans: Tally = { asked: 0, told: 0, persons: 0, differ: 0 };
  const offsets: Tally = { asked: 0, told: 0, persons: 0, differ: 0 };
  const forWords: Tally = { asked: 0, told: 0, persons: 0, differ: 0 };
  const covers: Tally = { asked: 0, told: 0, persons: 0, differ: 0 };
  const introduced: Tally = { asked: 0, told: 0, persons: 0, differ: 0 };
  const lone: Tally = { asked: 0, told: 0, persons: 0, differ: 0 };
  let declined = 0;
  let firstPersonDiffers = 0;
  let roles = 0;
  let rolesMissed = 0;
  let builtWhole = 0;
  let fullNamesDiffer = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const model = buildModel(text, { languageId: 'plaintext', config: {} });
    const whole = buildModel(text, { languageId: 'plaintext', config: {} });
    const used = midSentenceTest(model);
    const links = linkFullNames(model, used);
    const reader = new SpanReader(new NameReader(model), used);
    const asked: Span[] = [...model.sentences];
    for (const w of model.words) asked.push(w, { start: w.start, end: w.start + 1 });
    for (const q of model.quotations) if (q.attribution?.speaker) asked.push(q.attribution.speaker);
    for (const span of asked) tally(spans, personMentionFromFullNames(links, reader, span), () => personMentionInLayer(whole.names, span));
    // One reading asked every span in turn (its set grows), then a new one for each word and speaker (sets of one name's).
    const spansAlone = new SpanReader(new NameReader(model), used);
    const some = new NamesForWords(model, used);
    const alone: Span[] = model.words.map((w) => ({ start: w.start, end: w.start + 1 }));
    for (const q of model.quotations) if (q.attribution?.speaker) alone.push(q.attribution.speaker);
    for (const [span, fresh] of [...asked.map((span) => [span, false] as const), ...alone.map((span) => [span, true] as const)]) {
      const names = namesStartingIn(model.paragraphs, spansAlone, span);
      const forSpan = fresh ? new NamesForWords(model, used) : some;
      // A one-word span's names told without reading its run: none, or that one word as a single untitled name, as reading finds.
      const alone = loneNameIn(model, span);
      lone.asked++;
      if (alone) {
        lone.told++;
        const [read] = names.references;
        if (names.references.length > 1 || (alone.length === 0 && read) || (read && (read.partCount !== 1 || read.title || read.lastWord !== alone[0].lastWord))) lone.differ++;
      }
      // Told without linking: then the whole layer's person for the span is none, or none by surname, or named in full before it.
      introduced.asked++;
      const useOf = (word: string, at: number) => forSpan.surnameUse(word, at);
      // As LazyNames asks: a word alone's names first, then the names read in the span.
      if ((alone && surelyIntroduced(alone, useOf, span.start)) || surelyIntroduced(names.references, useOf, span.start)) {
        introduced.told++;
        const mention = personMentionInLayer(whole.names, span);
        const full = mention && whole.names.entities[mention.entity].full;
        if (mention && (mention.form === 'surname' || mention.form === 'title-surname')) {
          introduced.persons++;
          if (!full || full.start > span.start) introduced.differ++;
        }
      }
      const bearing = forSpan.linksFor(names.references);
      if (!bearing) {
        declined++;
        continue;
      }
      forWords.asked++;
      tallyAlike(forWords, personMentionAmong(bearing, names), bearing.entities, personMentionFromFullNames(links, reader, span), links.entities);
    }
    if (firstPossiblePersonInFullNames(model, used) !== links.firstLinked(mayBePerson)) firstPersonDiffers++;
    // `the <role>` wherever written: a mention pointing back to a role there is never one firstRoleWords rules out.
    const roleWords = firstRoleWords(model);
    model.words.forEach((the, k) => {
      const noun = model.words[k + 1];
      if (!noun || the.text.toLowerCase() !== 'the' || !(ROLE_NOUNS.has(noun.text.toLowerCase()) || JOB_TITLES.has(noun.text.toLowerCase()))) return;
      const span = { start: the.start, end: noun.end };
      const mention = mentionIn(whole.names, span);
      if (!mention || mention.form !== 'role' || mention.start !== span.start || mention.end !== span.end) return;
      roles++;
      if ((roleWords.get(noun.text.toLowerCase()) ?? Infinity) >= the.start) rolesMissed++;
    });
    const at: number[] = [];
    for (const w of model.words) at.push(w.start, w.end - 1);
    for (let offset = 0; offset < text.length; offset += (offset % 7) + 1) at.push(offset);
    for (const offset of at) tally(offsets, personMentionCoveringFromFullNames(links, reader, offset), () => personMentionCoveringInLayer(whole.names, offset));
    // Covering, from the names that bear on the covering reference alone, against the reading of every full name.
    const coveringSome = new NamesForWords(model, used);
    for (const offset of at) {
      const covering = referenceCovering(model.paragraphs, spansAlone, offset);
      const expected = personMentionCoveringFromFullNames(links, reader, offset);
      covers.asked++;
      if (!covering) {
        // No mention covers the offset, or only the whole layer can tell: the reading of every full name says the same.
        if (expected !== covering) covers.differ++;
        continue;
      }
      const bearing = coveringSome.linksFor([covering.reference]);
      if (bearing) tallyAlike(covers, personMentionOf(bearing, covering.reference, covering.base), bearing.entities, expected, links.entities);
    }
    if (!fullNamesAlike(findFullNames(buildModel(text, { languageId: 'plaintext', config: {} })), whole.names.entities)) fullNamesDiffer++;
    const { model: linted, config } = lintDocument(text, { filePath: file, rules: allRules });
    draftNamesOf(linted, config);
    if ((linted.names as LazyNames).isBuilt) builtWhole++;
  }
  console.log(`${corpus.split('/').pop()}: ${files.length} stories`);
  console.log(`  personMentionIn: ${spans.asked} spans, ${spans.told} told without the whole layer (${spans.persons} a person's), ${spans.differ} different`);
  console.log(`  personNamedIn, names bearing on the span's alone: ${forWords.asked} spans (${declined} declined), ${forWords.told} told (${forWords.persons} a person's), ${forWords.differ} different`);
  console.log(`  speakerNamedInFullBefore, from the span's names and the uses of one surname: ${introduced.asked} spans, ${introduced.told} told (${introduced.persons} by surname), ${introduced.differ} different`);
  console.log(`  loneNameIn, a word alone's names told without reading its run: ${lone.asked} spans, ${lone.told} told, ${lone.differ} different`);
  console.log(`  personMentionCovering, names bearing on the covering name's alone: ${covers.asked} offsets, ${covers.told} told (${covers.persons} a person's), ${covers.differ} different`);
  console.log(`  personMentionCovering: ${offsets.asked} offsets, ${offsets.told} told (${offsets.persons} a person's), ${offsets.differ} different`);
  console.log(`  stories whose names layer a CLI check builds whole: ${builtWhole}`);
  console.log(`  \`the\` and a role noun pointing back to a role: ${roles}, of which firstRoleWords rules out ${rolesMissed}`);
  console.log(`  stories whose first full or titled name that may be a person's is read otherwise than linkFullNames has it: ${firstPersonDiffers}`);
  console.log(`  stories whose findFullNames differs from the whole layer's first entities: ${fullNamesDiffer}`);
}
