import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { allRules, ruleIds } from '../rules';
import { DRAFT_EXTENSIONS, KeptLints, ReadBuffer } from '../engine/batch';
import { preloadDictionaries } from '../engine/dictionary/word-list';
import { HELP, parseCommandLine, UsageError, type CheckOptions } from './args';
import { checkFile, ConfigResolver, peopleOfFile } from './check';
import { collectFiles } from './files';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatStylish } from './formatters/stylish';
import { quotesCommand } from './quotes';
import { autoThreads, CheckPool, checkOne, MAX_WORKERS, runWorker, type CheckResult } from './parallel';
import { settleWithWorkspace } from './workspace';

declare const COPYDESK_VERSION: string | undefined;
const VERSION = typeof COPYDESK_VERSION === 'string' ? COPYDESK_VERSION : '0.0.0-dev';

function checkAll(files: string[], options: CheckOptions, resolver: ConfigResolver, kept: KeptLints, readBuffer: ReadBuffer): CheckResult[] {
  const results: CheckResult[] = [];
  for (const file of files) {
    const result = checkOne(file, options, resolver, kept, readBuffer);
    if (result) results.push(result);
  }
  return results;
}

/**
 * `copydesk lsp --stdio`: the language server is its own bundle (dist/server.js), loaded only
 * for this command so that checks never pay for it. It runs until the client says `exit`.
 */
function languageServer(argv: string[]): Promise<number> {
  const server = require(join(__dirname, 'server.js')) as typeof import('../server/main');
  const code = server.runLanguageServer(argv);
  return code === undefined ? new Promise<number>(() => undefined) : Promise.resolve(code);
}

export async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'lsp') return languageServer(argv.slice(1));
  if (argv[0] === 'quotes') return quotesCommand(argv.slice(1));
  let options: CheckOptions;
  try {
    options = parseCommandLine(argv);
    const unknown = Object.keys(options.rules).find((id) => !ruleIds.has(id));
    if (unknown) throw new UsageError(`--rule names no rule "${unknown}". Run "copydesk rules" to list the rule ids.`);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`copydesk: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (options.command === 'help') {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (options.command === 'version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (options.command === 'rules') {
    for (const { meta } of allRules) process.stdout.write(`${meta.id.padEnd(32)} ${meta.defaultLevel.padEnd(8)} ${meta.fixable ? 'fix ' : '    '} ${meta.description}\n`);
    return 0;
  }

  // The dictionaries are read on libuv's threads while the files are found (see preloadDictionaries).
  const dictionaries = preloadDictionaries(options.dialect && options.dialect !== 'auto' ? [options.dialect] : undefined);
  // Workers asked for by number start first: their start-up overlaps finding the files and loading the dictionaries.
  const asked = options.workers === 'auto' ? undefined : Math.min(options.workers, MAX_WORKERS);
  if (asked !== undefined && options.workers !== 'auto' && asked < options.workers) process.stderr.write(`copydesk: --workers ${options.workers} is more than this machine can use; checking with ${asked}.\n`);
  let pool = asked !== undefined && asked > 1 ? CheckPool.start(asked - 1, options) : undefined;
  const resolver = new ConfigResolver(options);
  const { files, problems: fileProblems } = collectFiles(options.patterns, []);
  await dictionaries;
  const threads = asked ?? autoThreads(files.length);
  if (!pool && threads > 1) pool = CheckPool.start(threads - 1, options);
  let results: CheckResult[];
  // First lints this thread made, for the workspace's second checks (workers' lints stay with them).
  const kept = new KeptLints();
  const readBuffer = new ReadBuffer();
  if (pool && files.length > 1) {
    results = await pool.check(files, options, resolver);
    // Workers resolve configs on their own; read them here too so problems are printed once.
    for (const file of files) resolver.forFile(file);
  } else {
    pool?.cancel();
    results = checkAll(files, options, resolver, kept, readBuffer);
  }
  // The drafts checked together are the workspace: names they share settle slips in each other.
  results = settleWithWorkspace(
    results,
    (file, workspace) => checkFile(file, resolver.forFile(file).config, options, workspace, kept, readBuffer),
    (file, inPeople) => peopleOfFile(file, inPeople, resolver.forFile(file).config, options, kept, readBuffer),
  );
  kept.clear();
  for (const problem of fileProblems) {
    const error = problem.kind === 'error';
    results.push({ filePath: problem.filePath, messages: [{ ruleId: null, severity: error ? 2 : 1, level: error ? 'error' : 'warning', message: problem.message, line: 1, column: 1, endLine: 1, endColumn: 1, suggestions: [], fatal: error }], errorCount: error ? 1 : 0, warningCount: error ? 0 : 1, infoCount: 0, fixableCount: 0, ioError: error });
  }

  for (const problem of resolver.problems) process.stderr.write(`copydesk: ${problem.source}${problem.key ? `: ${problem.key}` : ''}: ${problem.message}\n`);
  for (const r of results) for (const m of r.messages) if (m.ruleId === null && options.format !== 'stylish') process.stderr.write(`copydesk: ${r.filePath}: ${m.message}\n`);

  const output =
    options.format === 'json'
      ? `${formatJson(results)}\n`
      : options.format === 'sarif'
        ? `${formatSarif(results, allRules.map((r) => r.meta), VERSION)}\n`
        : formatStylish(results, options.color);
  process.stdout.write(output);

  if (results.length === 0 && fileProblems.length === 0) {
    process.stderr.write(`copydesk: no drafts found (${DRAFT_EXTENSIONS.join(', ')}).\n`);
  }
  if (resolver.problems.length > 0 || results.some((r) => r.ioError)) return 2;
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    if (options.format === 'stylish') process.stdout.write(`Copydesk found too many warnings (maximum: ${options.maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

if (!isMainThread) {
  runWorker((options) => new ConfigResolver(options));
} else if (require.main === module) {
  // A reader that stops early (`copydesk check . | head`) is no failure of the check.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`copydesk: unexpected failure: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
