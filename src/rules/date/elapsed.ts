import { MONTH_NAMES, monthsBetween, ordinal } from '../../engine/model/calendar';
import { defineRule } from '../../engine/rule';
import type { ElapsedKind, ElapsedStatement, StartMention, TextModel } from '../../engine/model/types';
import type { FactEntry } from '../../engine/config';
import { factFinder, normaliseName, type FactFinder, type FactMatch } from '../../engine/facts';

/** How the message restates the draft's own start ("it was founded in 1998"). */
const DRAFT_VERBS: Record<string, string> = { since: 'dates from', began: 'began', begun: 'began', started: 'started', erupted: 'erupted', 'broke out': 'broke out' };

interface Anchor {
  start: number;
  end: number;
  /** "the Russian-Ukrainian conflict" / "it". */
  subject: string;
  verb: string;
  year: number;
  month?: number;
  ended?: { year: number; month: number };
  /** Later dates named in the message; `countsFrom` ones may also be what the statement counts from. */
  milestones: { name: string; year: number; month?: number; countsFrom: boolean }[];
  fact: boolean;
}

/** Range of whole months a statement allows between start and now. */
function allowedMonths(kind: ElapsedKind, n: number, qualifier: string | undefined): [number, number] {
  const q = qualifier?.toLowerCase();
  if (q && /more than|over|at least/.test(q)) return [12 * n - 1, 12 * n + 60];
  if (q && /nearly|almost|close to|under|less than/.test(q)) return [12 * n - 24, 12 * n + 1];
  if (q) return [12 * n - 12, 12 * n + 12];
  switch (kind) {
    case 'ordinal-year': return [12 * (n - 1) - 3, 12 * n + 2];
    case 'anniversary': return [12 * n - 6, 12 * n + 6];
    case 'years-since': return [12 * n - 6, 12 * n + 11];
    case 'past-years': return [12 * (n - 1), 12 * (n + 1)];
    case 'decades': return [12 * n - 24, 12 * n + 23];
  }
}

function parsePartial(iso: string): { year: number; month?: number } {
  const [year, month] = iso.split('-').map(Number);
  return month ? { year, month } : { year };
}

/** Months from a start (month perhaps unknown) to now, as a range. */
function elapsedRange(start: { year: number; month?: number }, now: { year: number; month: number }): [number, number] {
  if (start.month) return [monthsBetween({ year: start.year, month: start.month }, now), monthsBetween({ year: start.year, month: start.month }, now)];
  return [monthsBetween({ year: start.year, month: 12 }, now), monthsBetween({ year: start.year, month: 1 }, now)];
}

const fits = (a: [number, number], b: [number, number]) => a[0] <= b[1] && b[0] <= a[1];

function yearOrdinal([lo, hi]: [number, number]): string {
  const a = Math.floor(lo / 12) + 1;
  const b = Math.floor(hi / 12) + 1;
  return a === b ? ordinal(a) : `${ordinal(a)} or ${ordinal(b)}`;
}

const when = (d: { year: number; month?: number }) => (d.month ? `${MONTH_NAMES[d.month - 1]} ${d.year}` : String(d.year));

const sameName = (a: string, b: string) => normaliseName(a) === normaliseName(b);

function factAnchor(match: FactMatch): Anchor {
  const fact: FactEntry = match.fact;
  const written = match.text;
  const subject = /^(?:[Tt]he\s|\p{Lu}\p{Lu}|[\p{L}-]+['’]s\s)/u.test(written) || /^\p{Lu}\p{Ll}+$/u.test(written) ? written : `the ${written}`;
  const ongoing = /war|conflict|crisis|pandemic|invasion|occupation|siege/i.test(fact.names[0]);
  return {
    start: match.start,
    end: match.end,
    subject,
    verb: ongoing ? 'began' : 'was founded',
    ...parsePartial(fact.start),
    ...(fact.end ? { ended: { month: 12, ...parsePartial(fact.end) } as { year: number; month: number } } : {}),
    milestones: (fact.milestones ?? []).map((m) => ({
      name: m.name,
      ...parsePartial(m.date),
      countsFrom: !m.names || m.names.some((name) => sameName(name, written)),
    })),
    fact: true,
  };
}

function draftAnchor(start: StartMention): Anchor {
  return { start: start.start, end: start.end, subject: 'it', verb: DRAFT_VERBS[start.verb] ?? `was ${start.verb}`, year: start.year, ...(start.month ? { month: start.month } : {}), milestones: [], fact: false };
}

/** How far (in characters) a name may sit from the statement it is the subject of. */
const SUBJECT_REACH = 90;
const OBJECT_GAP = /^\s*(?:the\s+|of\s+(?:the\s+)?)?$/i;

/**
 * The facts-sheet entry a statement is about: the name just before "its ... year"
 * ("the war in Ukraine enters its eighth year"), or just after "years into/after",
 * "decade since", "anniversary of".
 */
function factAbout(model: TextModel, statement: ElapsedStatement, facts: FactFinder): Anchor | undefined {
  const { kind } = statement;
  const s = model.sentences[statement.sentence];
  const after = facts.find(model.prose, statement.end, Math.min(s.end, statement.end + 60))[0];
  if (after && OBJECT_GAP.test(model.prose.slice(statement.end, after.start))) return factAnchor(after);
  if (kind === 'years-since' || kind === 'decades' || kind === 'past-years') return undefined;
  if (!statement.possessive) return undefined;
  const before = facts.find(model.prose, Math.max(s.start, statement.start - SUBJECT_REACH), statement.start);
  return before.length ? factAnchor(before[before.length - 1]) : undefined;
}

export const elapsed = defineRule({
  meta: {
    id: 'date/elapsed',
    family: 'date',
    description: 'An elapsed-time statement ("enters its eighth year") that does not fit the start date the draft or a facts sheet gives.',
    rationale: 'Counting years is where copy goes stale: a war "in its third year" is wrong a year later, and readers count along.',
    defaultLevel: 'warning',
    fixable: false,
  },
  check({ model, config, report }) {
    const facts = factFinder(config.facts);
    const reference = model.referenceDate;
    for (const statement of model.elapsed) {
      const { kind, years: n } = statement;
      // Only the facts sheets may count to today; the draft's own dates need the story's date.
      const anchor = (reference && statement.ownStart ? draftAnchor(statement.ownStart) : undefined) ?? factAbout(model, statement, facts);
      if (!anchor) continue;
      // The clock only when there is no story date: the model reads the machine's clock on first use (see buildModel).
      const counting = reference ?? model.clock;
      const now = { year: counting.year, month: counting.month };
      if (anchor.ended && monthsBetween(anchor.ended, now) > 0 && (kind === 'ordinal-year' || kind === 'past-years')) continue;
      const allowed = allowedMonths(kind, n, statement.qualifier);
      const starts = [{ year: anchor.year, month: anchor.month, countsFrom: true }, ...anchor.milestones];
      const ranges = starts.map((s) => elapsedRange(s, now));
      if (ranges.some((r, i) => starts[i].countsFrom && fits(r, allowed))) continue;

      const milestones = anchor.milestones.map((ms, i) => `${yearOrdinal(ranges[i + 1])} year since ${ms.name} of ${when(ms)}`);
      const counted = reference ? '' : ` Counted to today's date (${counting.day} ${MONTH_NAMES[counting.month - 1]} ${counting.year}), since the draft gives no date of its own.`;
      report({
        start: statement.start,
        end: statement.end,
        message: `"${statement.text.replace(/\s+/g, ' ')}" does not fit the dates: ${anchor.subject} ${anchor.verb} in ${when(anchor)}: in ${when(now)} it was in its ${yearOrdinal(ranges[0])} year${milestones.length ? ` (${milestones.join('; ')})` : ''}.${counted}`,
        related: [{ start: anchor.start, end: anchor.end, message: anchor.fact ? 'Start date from the facts sheet' : 'Start date given here' }],
      });
    }
  },
});
