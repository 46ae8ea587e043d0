import { parseArgs } from 'node:util';
import { DIALECT_SETTINGS, isLevel, type DialectSetting } from '../engine/config';
import { isValidDate } from '../engine/model/calendar';
import type { Level } from '../engine/types';

export type Format = 'stylish' | 'json' | 'sarif';

export interface CheckOptions {
  command: 'check' | 'rules' | 'help' | 'version';
  patterns: string[];
  format: Format;
  config?: string;
  dialect?: DialectSetting;
  date?: string;
  rules: Record<string, Level | 'off'>;
  maxWarnings?: number;
  fix: boolean;
  maxFileSize: number;
  /** Threads that check files; 'auto' decides from the number of files and the idle CPUs. */
  workers: number | 'auto';
  color: boolean;
}

/** A mistake on the command line: exit code 2 with this one-line reason. */
export class UsageError extends Error {}

export const HELP = `Usage: copydesk check [options] <files, directories or globs>

Checks news drafts (.md, .markdown, .txt, .draft, .news) for unattributed quotes,
misspellings and dates that disagree with the calendar.

Options:
  --format stylish|json|sarif   output format (default: stylish)
  --config FILE                 use this .copydesk.json instead of searching for one
  --dialect auto|en-US|en-GB    spelling dialect (auto: each draft's own spellings decide)
  --date YYYY-MM-DD             the story's date, when the draft gives none
  --rule id=level               set a rule's level: off, error, warning, info, hint (repeatable)
  --max-warnings N              exit 1 when there are more than N warnings
  --fix                         apply safe fixes in place
  --max-file-size BYTES         skip larger files (default: 1048576)
  --workers N|auto              check files in N threads; auto (the default) adds
                                threads for large runs when two or more CPUs are idle
  --no-color                    plain output
  -h, --help                    show this help
  -v, --version                 show the version

Other commands:
  copydesk rules                list the rules with their default levels
  copydesk quotes <files>       the quote sheet: who each quotation is credited to (--format json)
  copydesk lsp --stdio          run the language server (see docs/editors.md)

Exit codes: 0 no errors, 1 errors found or --max-warnings exceeded,
2 usage, configuration or I/O error.`;

export function parseCommandLine(argv: string[]): CheckOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        dialect: { type: 'string' },
        date: { type: 'string' },
        rule: { type: 'string', multiple: true },
        'max-warnings': { type: 'string' },
        fix: { type: 'boolean' },
        'max-file-size': { type: 'string' },
        workers: { type: 'string' },
        'no-color': { type: 'boolean' },
        color: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  const first = positionals[0];
  let command: CheckOptions['command'] = 'check';
  let patterns = positionals;
  if (values.help) command = 'help';
  else if (values.version) command = 'version';
  else if (first === 'check') patterns = positionals.slice(1);
  else if (first === 'rules') command = 'rules';
  else if (first === 'help') command = 'help';
  else if (first !== undefined) throw new UsageError(`Unknown command "${first}". Try "copydesk check <files>".`);
  else command = 'help';

  const format = (values.format ?? 'stylish') as Format;
  if (!['stylish', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be stylish, json or sarif, not "${values.format}".`);
  const dialect = values.dialect as DialectSetting | undefined;
  if (dialect !== undefined && !DIALECT_SETTINGS.includes(dialect)) throw new UsageError(`--dialect must be auto, en-US or en-GB, not "${dialect}".`);
  if (values.date !== undefined) {
    const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(values.date);
    if (!date) throw new UsageError(`--date must be written YYYY-MM-DD, not "${values.date}".`);
    if (!isValidDate(Number(date[1]), Number(date[2]), Number(date[3]))) throw new UsageError(`--date ${values.date} is not a day of the calendar.`);
  }
  const rules: Record<string, Level | 'off'> = {};
  for (const entry of values.rule ?? []) {
    const m = /^([\w-]+\/[\w-]+)=(\w+)$/.exec(entry);
    if (!m || !(m[2] === 'off' || isLevel(m[2]))) throw new UsageError(`--rule takes id=level, for example quote/said-bookism=off, not "${entry}".`);
    rules[m[1]] = m[2] as Level | 'off';
  }
  const count = (name: string, value: string | undefined, fallback: number | undefined) => {
    if (value === undefined) return fallback;
    if (!/^\d+$/.test(value)) throw new UsageError(`--${name} takes a whole number, not "${value}".`);
    return Number(value);
  };
  if (command === 'check' && patterns.length === 0) throw new UsageError('Name the drafts to check, for example: copydesk check drafts/');
  return {
    command,
    patterns,
    format,
    config: values.config,
    dialect,
    date: values.date,
    rules,
    maxWarnings: count('max-warnings', values['max-warnings'], undefined),
    fix: values.fix ?? false,
    maxFileSize: count('max-file-size', values['max-file-size'], 1024 * 1024)!,
    workers: values.workers === 'auto' || values.workers === undefined ? 'auto' : Math.max(1, count('workers', values.workers, 1)!),
    color: values['no-color'] ? false : values.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR),
  };
}
