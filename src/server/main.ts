import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { startServer } from './server';

export const LSP_USAGE = 'Usage: copydesk lsp --stdio\n\nRuns the Copydesk language server, speaking LSP on standard input and output.';

/** `copydesk lsp --stdio`: returns the exit code for a usage mistake, or never (the server runs until `exit`). */
export function runLanguageServer(argv: readonly string[]): number | undefined {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${LSP_USAGE}\n`);
    return 0;
  }
  const unknown = argv.filter((a) => a !== '--stdio');
  if (!argv.includes('--stdio') || unknown.length > 0) {
    process.stderr.write(`copydesk: ${unknown.length ? `unknown option "${unknown[0]}" for lsp` : 'lsp needs --stdio'}.\n${LSP_USAGE}\n`);
    return 2;
  }
  // Anything written to stdout would corrupt the protocol: console output goes to stderr.
  console.log = console.error;
  console.info = console.error;
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  // A failure in one request or notification is reported, never the end of the editor's session.
  process.on('unhandledRejection', (error) => connection.console.error(`Copydesk: ${error instanceof Error ? error.stack ?? error.message : String(error)}`));
  startServer(connection);
  return undefined;
}

if (require.main === module) {
  const code = runLanguageServer(process.argv.slice(2));
  if (code !== undefined) process.exitCode = code;
}
