/**
 * Planted quote errors and look-alike controls, for the recall of the quote rules.
 *
 * Each plant goes into its own copy of an article, and the copy is linted with the quote rules:
 * - `bare`: a bare quote paragraph after a paragraph that ends in no one speaking → quote/unattributed;
 * - `dropped`: the closing mark of `"…," he said` / `"…," said X` removed → quote/unbalanced at the
 *   opening mark (and whether its fix puts the mark back where it was);
 * - `vague`: the named speaker of an attributed quote replaced by a vague source → quote/anonymous-source.
 * Controls, which must draw no quote finding on the planted text:
 * - `attributed`: a correctly attributed quote paragraph after the same kind of paragraph as `bare`;
 * - `term`: a term or a name in quotes at the end of a sentence (`sold under the name "…."`);
 * - `continuation`: a quote paragraph right after a paragraph that ends with an attributed quote.
 * The sentences planted were written for this project; the seed fixes every choice.
 */
import { lintDocument } from '../src/engine/lint';
import { attributionVerbPattern } from '../src/engine/model/speech-verbs';
import type { TextModel } from '../src/engine/model/types';
import { quoteRules } from '../src/rules/quote';
import type { Finding } from '../src/engine/types';
import { random } from './spelling-recall-lib';

const VERB = attributionVerbPattern();

export type ErrorKind = 'bare' | 'dropped' | 'vague';
export type ControlKind = 'attributed' | 'term' | 'continuation';
export const ERROR_KINDS: ErrorKind[] = ['bare', 'dropped', 'vague'];
export const CONTROL_KINDS: ControlKind[] = ['attributed', 'term', 'continuation'];

const QUOTES = [
  'We will keep the harbour open for as long as the boats need it.',
  'Nobody on this island has seen a winter like the one we have just had.',
  'The figures speak for themselves and we intend to act on them.',
  'I have asked the board to look again at every one of these contracts.',
  'There is no money left in the budget for anything of the kind.',
  'We were told the ferry would run all summer, and it did not.',
  'It is too early to say how many families will have to move.',
  'Our members have waited three years for an answer and they deserve one.',
];
const SPEAKERS = ['said Dana Okafor, the harbour master', 'Ines Varga, who chairs the growers\' co-operative, said', 'said Tomas Lindqvist, a spokesman for the port authority', 'the co-operative said in a statement'];
const TERMS = ['The ferry was later sold under the name "Island Star."', 'Locals call the crossing "the long mile."', 'The scheme is known in the trade as "cold storage."'];
const VAGUE = ['one official', 'a source close to the talks', 'a senior aide', 'sources'];

export interface QuoteRecall {
  planted: Record<ErrorKind, number>;
  found: Record<ErrorKind, number>;
  /** Dropped closing marks whose quote/unbalanced fix puts the mark back where it was. */
  fixRight: number;
  controls: Record<ControlKind, number>;
  alarms: Record<ControlKind, number>;
}

const zero = <K extends string>(kinds: K[]) => Object.fromEntries(kinds.map((k) => [k, 0])) as Record<K, number>;

/** Paragraphs of running text with no quote, whose last sentence reports no one speaking: after them a bare quote has no speaker. */
function factParagraphs(model: TextModel): number[] {
  const withQuotes = new Set(model.quotations.map((q) => q.paragraph));
  const out: number[] = [];
  for (const p of model.paragraphs) {
    if (p.kind !== 'text' || withQuotes.has(p.index) || p.index === 0 || p.sentenceEnd <= p.sentenceStart) continue;
    const last = model.sentences[p.sentenceEnd - 1];
    const text = model.prose.slice(last.start, last.end);
    VERB.lastIndex = 0;
    if (!/[.!?]\s*$/.test(text) || VERB.test(text) || /\b(?:he|she|they)\b/i.test(text)) continue;
    out.push(p.index);
  }
  return out;
}

/** Quotes closed by `,"` and followed by their speaker and verb (`"…," he said`, `"…," said X`). */
function saidAfterQuotes(model: TextModel) {
  return model.quotations.filter((q) => q.parent === -1 && q.kind === 'speech' && q.close?.char === '"' && q.open.char === '"' && model.prose[q.close.start - 1] === ',' && q.attribution?.form === 'said-after' && q.attribution.speaker !== undefined);
}

const quoteFindingsIn = (findings: Finding[], start: number, end: number) => findings.filter((f) => f.ruleId.startsWith('quote/') && f.start < end && f.end > start);

function lint(text: string, dialect: 'en-US' | 'en-GB'): { findings: Finding[]; model: TextModel } {
  return lintDocument(text, { config: { dialect }, rules: quoteRules });
}

export function measureQuoteRecall(articles: string[], seed: number, dialect: 'en-US' | 'en-GB', debug?: (line: string) => void): QuoteRecall {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const r: QuoteRecall = { planted: zero(ERROR_KINDS), found: zero(ERROR_KINDS), fixRight: 0, controls: zero(CONTROL_KINDS), alarms: zero(CONTROL_KINDS) };
  const insertAfter = (text: string, at: number, paragraph: string) => ({ text: `${text.slice(0, at)}\n\n${paragraph}${text.slice(at)}`, start: at + 2, end: at + 2 + paragraph.length });

  for (const text of articles) {
    const { model } = lint(text, dialect);
    const facts = factParagraphs(model);
    const attributed = saidAfterQuotes(model);

    if (facts.length > 0) {
      const p = model.paragraphs[pick(facts)];
      const bare = insertAfter(text, p.end, `"${pick(QUOTES)}"`);
      r.planted.bare++;
      const hit = quoteFindingsIn(lint(bare.text, dialect).findings, bare.start, bare.end).some((f) => f.ruleId === 'quote/unattributed' && f.start === bare.start);
      if (hit) r.found.bare++;
      else debug?.(`missed bare after paragraph ${p.index}`);

      const q = pick(QUOTES);
      const good = insertAfter(text, p.end, `"${q.slice(0, -1)}," ${pick(SPEAKERS)}.`);
      r.controls.attributed++;
      if (quoteFindingsIn(lint(good.text, dialect).findings, good.start, good.end).length > 0) r.alarms.attributed++;

      const term = insertAfter(text, p.end, pick(TERMS));
      r.controls.term++;
      if (quoteFindingsIn(lint(term.text, dialect).findings, term.start, term.end).length > 0) r.alarms.term++;
    }

    if (attributed.length > 0) {
      const q = pick(attributed);
      // Dropped closing mark: the text loses the `"` after `,`.
      const dropped = text.slice(0, q.close!.start) + text.slice(q.close!.end);
      r.planted.dropped++;
      const hit = lint(dropped, dialect).findings.find((f) => f.ruleId === 'quote/unbalanced' && f.start === q.open.start);
      if (hit) {
        r.found.dropped++;
        if (hit.fixes[0]?.edits[0]?.start === q.close!.start) r.fixRight++;
      } else debug?.(`missed dropped close at ${q.close!.start}`);

      // Vague source: the named speaker becomes "one official".
      const named = attributed.filter((a) => a.attribution!.speakerKind === 'named' || a.attribution!.speakerKind === 'surname' || a.attribution!.speakerKind === 'title-surname');
      if (named.length > 0) {
        const v = pick(named);
        const s = v.attribution!.speaker!;
        const vague = text.slice(0, s.start) + pick(VAGUE) + text.slice(s.end);
        r.planted.vague++;
        const found = quoteFindingsIn(lint(vague, dialect).findings, v.outer.start, v.outer.end).some((f) => f.ruleId === 'quote/anonymous-source');
        if (found) r.found.vague++;
        else debug?.(`missed vague source at ${s.start}`);
      }

      // Continuation: a quote paragraph after one that ends with the attributed quote.
      const ending = attributed.filter((a) => {
        const p = model.paragraphs[a.paragraph];
        return /^[^.!?"“”]*[.!?]?\s*$/.test(model.prose.slice(a.outer.end, p.end));
      });
      if (ending.length > 0) {
        const e = pick(ending);
        const cont = insertAfter(text, model.paragraphs[e.paragraph].end, `"${pick(QUOTES)}"`);
        r.controls.continuation++;
        const alarms = quoteFindingsIn(lint(cont.text, dialect).findings, cont.start, cont.end).filter((f) => f.ruleId !== 'quote/anonymous-source' && f.ruleId !== 'quote/speaker-unidentified');
        if (alarms.length > 0) {
          r.alarms.continuation++;
          debug?.(`continuation alarm after paragraph ${e.paragraph}: ${alarms.map((f) => f.ruleId).join(', ')}`);
        }
      }
    }
  }
  return r;
}
