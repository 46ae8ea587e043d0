import { parseArgs } from 'node:util';
import { quoteSheet, type QuoteRow } from '../core/quote-sheet';
import { lintDocument } from '../engine/lint';
import { ConfigResolver } from './check';
import { readDraftFile } from '../engine/batch';
import { collectFiles } from './files';

const USAGE = `Usage: copydesk quotes [--format table|json] [--config FILE] [--dialect en-US|en-GB] <files, directories or globs>

Prints the quote sheet of each draft: one row per quotation, with its line, its first words,
the speaker Copydesk credits it to and how the speaker was found (same sentence, same paragraph,
carried over from the paragraph before, implied by the sentence before, multi-paragraph quote).
Anonymous and unattributed quotes are marked.`;

const MAX_FILE_SIZE = 1024 * 1024;

interface FileSheet {
  filePath: string;
  quotes: QuoteRow[];
}

/** `copydesk quotes FILE…`: whom each quotation is credited to, for an editor checking quotes against notes. */
export function quotesCommand(argv: string[], out: (text: string) => void = (t) => process.stdout.write(t), err: (text: string) => void = (t) => process.stderr.write(t)): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'table' }, config: { type: 'string' }, dialect: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    err(`copydesk quotes: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(`${USAGE}\n`);
    return 0;
  }
  const format = values.format;
  const dialect = values.dialect;
  if (format !== 'table' && format !== 'json') {
    err(`copydesk quotes: --format must be table or json, not "${format}".\n`);
    return 2;
  }
  if (dialect !== undefined && dialect !== 'en-US' && dialect !== 'en-GB') {
    err(`copydesk quotes: --dialect must be en-US or en-GB, not "${dialect}".\n`);
    return 2;
  }
  if (positionals.length === 0) {
    err(`copydesk quotes: name the drafts, for example: copydesk quotes story.md\n`);
    return 2;
  }
  const resolver = new ConfigResolver({ config: values.config, dialect, date: undefined, rules: {} });
  const { files, problems } = collectFiles(positionals, []);
  const sheets: FileSheet[] = [];
  let failed = problems.length > 0;
  for (const problem of problems) err(`${problem.filePath}: ${problem.message}\n`);
  for (const filePath of files) {
    const { config, ignored } = resolver.forFile(filePath);
    if (ignored) continue;
    const read = readDraftFile(filePath, MAX_FILE_SIZE);
    if ('problem' in read) {
      err(`${filePath}: ${read.problem.message}\n`);
      failed = true;
      continue;
    }
    const { model } = lintDocument(read.draft.text, { filePath, config, rules: [] });
    sheets.push({ filePath, quotes: quoteSheet(model) });
  }
  for (const problem of resolver.problems) err(`${problem.source}: ${problem.message}\n`);
  out(format === 'json' ? `${JSON.stringify(sheets, null, 2)}\n` : formatSheets(sheets));
  return failed ? 2 : 0;
}

const MARK = { anonymous: 'ANONYMOUS', unattributed: 'UNATTRIBUTED' };

/** Plain-text columns for people: line, quote, speaker, how found. */
function formatSheets(sheets: FileSheet[]): string {
  const lines: string[] = [];
  for (const { filePath, quotes } of sheets) {
    lines.push(filePath);
    if (quotes.length === 0) {
      lines.push('  no quotations', '');
      continue;
    }
    const rows = quotes.map((q) => [String(q.line), `“${q.firstWords}”`, q.unattributed ? MARK.unattributed : `${q.speaker}${q.anonymous ? ` (${MARK.anonymous})` : ''}`, q.source ?? '—']);
    const header = ['line', 'quote', 'speaker', 'how found'];
    const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
    const render = (cells: string[]) => `  ${cells.map((cell, c) => (c === 0 ? cell.padStart(widths[c]) : c === cells.length - 1 ? cell : cell.padEnd(widths[c]))).join('  ')}`;
    lines.push(render(header), ...rows.map(render));
    const unattributed = quotes.filter((q) => q.unattributed).length;
    const anonymous = quotes.filter((q) => q.anonymous).length;
    lines.push(`  ${quotes.length} quotation${quotes.length === 1 ? '' : 's'}: ${unattributed} unattributed, ${anonymous} anonymous`, '');
  }
  return `${lines.join('\n')}\n`;
}
