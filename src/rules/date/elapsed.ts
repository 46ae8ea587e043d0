import { spanIndexAt } from '../../engine/positions';
import { MONTH_NAMES, monthsBetween, ordinal } from '../../engine/model/calendar';
import { defineRule } from '../../engine/rule';
import type { TextModel } from '../../engine/model/types';
import type { FactEntry } from '../../engine/config';
import { factFinder, normaliseName, type FactFinder, type FactMatch } from '../../engine/facts';
import type { Span } from '../../engine/types';
import { CARDINAL_RE, ORDINAL_RE, numberValue } from './numbers';

type Kind = 'ordinal-year' | 'anniversary' | 'years-since' | 'past-years' | 'decades';

/** Elapsed-time statements; the number is the one capture group that matched. */
const STATEMENT = new RegExp(
  [
    `\\b(?:enter(?:s|ed|ing)?|in|into|marks?|marked|marking|reach(?:es|ed|ing)?|begins?|began|beginning|starts?|started|starting)\\s+(?:its|their|the)\\s+(${ORDINAL_RE})\\s+(?:straight\\s+|consecutive\\s+|full\\s+)?year\\b`,
    `\\b(?:its|their|the)\\s+(${ORDINAL_RE})\\s+anniversary\\b`,
    `\\b(${CARDINAL_RE})\\s+years?\\s+(?:after|since|into)\\b`,
    `\\b(?:for|over|in)\\s+the\\s+(?:past|last)\\s+(${CARDINAL_RE})\\s+years\\b`,
    `\\b(a|one|two|three|four|five|six|seven|eight|nine)\\s+decades?\\s+(?:after|since|into)\\b`,
  ].join('|'),
  'gi', // no 'u': it doubles the cost of this alternation
);
/** Every statement contains one of these; the prefilter looks for them alone. */
const KEYWORD = /\b(?:years?|anniversary|decades?)\b/gi;
const STATEMENT_LEAD = 60;
const STATEMENT_TAIL = 12;
const KINDS: Kind[] = ['ordinal-year', 'anniversary', 'years-since', 'past-years', 'decades'];
const QUALIFIER = /(?:^|\s)(more than|over|at least|just over|nearly|almost|close to|just under|less than|under|about|around|some|roughly|approximately)\s+$/i;

const MONTH_RE = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
/** The draft's own start dates: "founded in 1998", "since 2014", "began on 24 February 2022". */
const DRAFT_START = new RegExp(
  `\\b(founded|established|created|launched|formed|began|begun|started|opened|set up|erupted|broke out|since)\\s+(?:(?:in|on)\\s+)?(?:(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(${MONTH_RE})\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?)?((?:1[89]|20)\\d\\d)\\b`,
  'g',
);
/** How the message restates the draft's own start ("it was founded in 1998"). */
const DRAFT_VERBS: Record<string, string> = { since: 'dates from', began: 'began', begun: 'began', started: 'started', erupted: 'erupted', 'broke out': 'broke out' };
const MONTHS = new Map(MONTH_NAMES.map((name, i) => [name.slice(0, 3).toLowerCase(), i + 1]));

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
function allowedMonths(kind: Kind, n: number, qualifier: string | undefined): [number, number] {
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

function draftAnchors(text: string, from: number, to: number): Anchor[] {
  const anchors: Anchor[] = [];
  const slice = text.slice(from, to);
  DRAFT_START.lastIndex = 0;
  for (let m = DRAFT_START.exec(slice); m; m = DRAFT_START.exec(slice)) {
    const month = m[2] ? MONTHS.get(m[2].slice(0, 3).toLowerCase()) : undefined;
    anchors.push({ start: from + m.index, end: from + m.index + m[0].length, subject: 'it', verb: DRAFT_VERBS[m[1]] ?? `was ${m[1]}`, year: Number(m[3]), ...(month ? { month } : {}), milestones: [], fact: false });
  }
  return anchors;
}

/** How far (in characters) a name may sit from the statement it is the subject of. */
const SUBJECT_REACH = 90;
/** How far the draft's own start date may sit from the statement. */
const ANCHOR_REACH = 400;
const OBJECT_GAP = /^\s*(?:the\s+|of\s+(?:the\s+)?)?$/i;

/**
 * The facts-sheet entry a statement is about: the name just before "its ... year"
 * ("the war in Ukraine enters its eighth year"), or just after "years into/after",
 * "decade since", "anniversary of".
 */
function factAbout(model: TextModel, kind: Kind, statement: Span, sentence: number, facts: FactFinder): Anchor | undefined {
  const s = model.sentences[sentence];
  const after = facts.find(model.prose, statement.end, Math.min(s.end, statement.end + 60))[0];
  if (after && OBJECT_GAP.test(model.prose.slice(statement.end, after.start))) return factAnchor(after);
  if (kind === 'years-since' || kind === 'decades' || kind === 'past-years') return undefined;
  if (!/^(?:\S+\s+)?(?:its|their)\s/i.test(model.prose.slice(statement.start, statement.end))) return undefined;
  const before = facts.find(model.prose, Math.max(s.start, statement.start - SUBJECT_REACH), statement.start);
  return before.length ? factAnchor(before[before.length - 1]) : undefined;
}

/** The draft's own start date in this sentence or the one before it (same paragraph). */
function draftAnchor(model: TextModel, kind: Kind, sentence: number, statement: Span): Anchor | undefined {
  for (const i of [sentence, sentence - 1]) {
    if (i < 0 || model.sentences[i].paragraph !== model.sentences[sentence].paragraph) break;
    // Bounded, so that a run-on sentence full of statements stays linear.
    const from = Math.max(model.sentences[i].start, statement.start - ANCHOR_REACH);
    const to = Math.min(model.sentences[i].end, statement.end + ANCHOR_REACH);
    if (from >= to) break;
    const anchors = draftAnchors(model.prose, from, to).filter((a) => kind !== 'anniversary' || a.verb !== DRAFT_VERBS.since);
    if (anchors.length) return anchors[anchors.length - 1];
  }
  return undefined;
}

export default defineRule({
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
    const clock = model.clock;
    const { prose } = model;
    let doneUntil = 0;
    KEYWORD.lastIndex = 0;
    for (let k = KEYWORD.exec(prose); k; k = KEYWORD.exec(prose)) {
      // The full pattern only runs on a short window around "year", "anniversary", "decade".
      const windowStart = Math.max(doneUntil, k.index - STATEMENT_LEAD);
      const windowText = prose.slice(windowStart, k.index + k[0].length + STATEMENT_TAIL);
      STATEMENT.lastIndex = 0;
      let m: RegExpExecArray | null = null;
      for (let candidate = STATEMENT.exec(windowText); candidate; candidate = STATEMENT.exec(windowText)) {
        if (windowStart + candidate.index <= k.index && windowStart + candidate.index + candidate[0].length >= k.index + k[0].length) m = candidate;
      }
      if (!m) continue;
      m.index += windowStart;
      doneUntil = m.index + m[0].length;
      const group = m.findIndex((g, i) => i > 0 && g !== undefined);
      const kind = KINDS[group - 1];
      let n = numberValue(m[group]);
      if (n === undefined || n === 0) continue;
      if (kind === 'decades') n *= 10;
      const numberAt = m.index + m[0].toLowerCase().indexOf(m[group].toLowerCase());
      const qualifier = QUALIFIER.exec(prose.slice(Math.max(0, numberAt - 20), numberAt))?.[1];
      const sentence = spanIndexAt(model.sentences, m.index);
      if (sentence < 0) continue;
      // Only the facts sheets may count to today; the draft's own dates need the story's date.
      const statement = { start: m.index, end: m.index + m[0].length };
      const anchor = (reference ? draftAnchor(model, kind, sentence, statement) : undefined) ?? factAbout(model, kind, statement, sentence, facts);
      if (!anchor) continue;
      const now = reference ? { year: reference.year, month: reference.month } : { year: clock.year, month: clock.month };
      if (anchor.ended && monthsBetween(anchor.ended, now) > 0 && (kind === 'ordinal-year' || kind === 'past-years')) continue;
      const allowed = allowedMonths(kind, n, qualifier);
      const starts = [{ year: anchor.year, month: anchor.month, countsFrom: true }, ...anchor.milestones];
      const ranges = starts.map((s) => elapsedRange(s, now));
      if (ranges.some((r, i) => starts[i].countsFrom && fits(r, allowed))) continue;

      const milestones = anchor.milestones.map((ms, i) => `${yearOrdinal(ranges[i + 1])} year since ${ms.name} of ${when(ms)}`);
      const counted = reference ? '' : ` Counted to today's date (${clock.day} ${MONTH_NAMES[clock.month - 1]} ${clock.year}), since the draft gives no date of its own.`;
      report({
        start: m.index,
        end: m.index + m[0].length,
        message: `"${m[0].replace(/\s+/g, ' ')}" does not fit the dates: ${anchor.subject} ${anchor.verb} in ${when(anchor)}: in ${when(now)} it was in its ${yearOrdinal(ranges[0])} year${milestones.length ? ` (${milestones.join('; ')})` : ''}.${counted}`,
        related: [{ start: anchor.start, end: anchor.end, message: anchor.fact ? 'Start date from the facts sheet' : 'Start date given here' }],
      });
    }
  },
});
