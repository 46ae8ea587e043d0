import type { ConfigProblem, FactEntry } from '../config';
import { isValidDate } from '../model/calendar';
import { readYaml } from '../yaml';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** YYYY, YYYY-MM or YYYY-MM-DD, and a real calendar date. YAML turns bare dates into Date objects. */
export function normaliseFactDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) value = String(value);
  if (typeof value !== 'string') return undefined;
  const m = PARTIAL_DATE.exec(value.trim());
  if (!m) return undefined;
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  return isValidDate(Number(m[1]), month, day) ? value.trim() : undefined;
}

function stringsOf(value: unknown): string[] | undefined {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.map((v) => v.trim()).filter(Boolean);
  return undefined;
}

function readEntry(raw: unknown, key: string, source: string, problems: ConfigProblem[]): FactEntry | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push({ source, key, message: 'Each fact is a set of keys: names (or name and aliases), start, and optionally end, milestones and note.' });
    return undefined;
  }
  const entry = raw as Record<string, unknown>;
  const names: string[] = [];
  for (const field of ['name', 'names', 'aliases']) {
    if (entry[field] === undefined) continue;
    const list = stringsOf(entry[field]);
    if (list) names.push(...list);
    else problems.push({ source, key: `${key}.${field}`, message: `"${field}" must be a name or a list of names.` });
  }
  if (names.length === 0) {
    problems.push({ source, key, message: 'This fact has no name: give "names" (a list) or "name".' });
    return undefined;
  }
  const start = normaliseFactDate(entry.start);
  if (!start) {
    problems.push({ source, key: `${key}.start`, message: `"start" of "${names[0]}" must be a date written YYYY, YYYY-MM or YYYY-MM-DD, not ${JSON.stringify(entry.start ?? null)}.` });
    return undefined;
  }
  const fact: FactEntry = { names, start };
  if (entry.end !== undefined && entry.end !== null) {
    const end = normaliseFactDate(entry.end);
    if (end && end >= start) fact.end = end;
    else problems.push({ source, key: `${key}.end`, message: `"end" of "${names[0]}" must be a date (YYYY, YYYY-MM or YYYY-MM-DD) no earlier than its start.` });
  }
  if (entry.milestones !== undefined) {
    const milestones = Array.isArray(entry.milestones) ? entry.milestones : [];
    if (!Array.isArray(entry.milestones)) problems.push({ source, key: `${key}.milestones`, message: '"milestones" must be a list of { name, date }.' });
    milestones.forEach((m: unknown, i: number) => {
      const milestone = m as { name?: unknown; date?: unknown; names?: unknown } | null;
      const date = normaliseFactDate(milestone?.date);
      const names = milestone?.names === undefined ? undefined : stringsOf(milestone.names);
      if (typeof milestone?.name === 'string' && date && (milestone.names === undefined || names)) {
        (fact.milestones ??= []).push({ name: milestone.name, date, ...(names ? { names } : {}) });
      }
      else problems.push({ source, key: `${key}.milestones[${i}]`, message: 'Each milestone needs a "name" and a "date" (YYYY, YYYY-MM or YYYY-MM-DD).' });
    });
  }
  if (typeof entry.note === 'string') fact.note = entry.note;
  return fact;
}

/**
 * Reads a workspace facts sheet (`.copydesk/facts.yaml`, or `.json`): a list of
 * entries, or `{ facts: [...] }`. Usable entries are kept; each mistake becomes a
 * problem naming the entry, so one typo does not lose the whole sheet.
 */
export function parseFactsFile(text: string, fileName: string): { facts: FactEntry[]; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  let raw: unknown;
  try {
    if (/\.json$/i.test(fileName)) raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    else {
      const read = readYaml(text);
      if (read.error) throw new Error(read.error.message);
      raw = read.data;
    }
  } catch (error) {
    return { facts: [], problems: [{ source: fileName, message: `The facts sheet could not be read: ${(error as Error).message.split('\n')[0]}` }] };
  }
  if (raw === null || raw === undefined) return { facts: [], problems };
  const list = Array.isArray(raw) ? raw : typeof raw === 'object' ? (raw as { facts?: unknown }).facts : undefined;
  if (!Array.isArray(list)) {
    problems.push({ source: fileName, key: 'facts', message: 'A facts sheet is a list of entries, or has a "facts:" key holding that list.' });
    return { facts: [], problems };
  }
  const facts: FactEntry[] = [];
  list.forEach((entry, i) => {
    const fact = readEntry(entry, `facts[${i}]`, fileName, problems);
    if (fact) facts.push(fact);
  });
  return { facts, problems };
}
