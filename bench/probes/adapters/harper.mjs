// harper.js (Harper's WebAssembly build) in-process, every default lint, British English.
import { Dialect, LocalLinter } from 'harper.js';
import { binary } from 'harper.js/binary';
import { packageVersion } from './package-version.mjs';

export const name = 'harper.js';

export function version() {
  return packageVersion('harper.js');
}

let linter;

export async function setup() {
  linter = new LocalLinter({ binary, dialect: Dialect.British });
  await linter.setup();
}

export async function check(text) {
  const lints = await linter.lint(text, { language: 'plaintext' });
  const kinds = lints.map((lint) => lint.lint_kind());
  for (const lint of lints) lint.free();
  return kinds;
}
