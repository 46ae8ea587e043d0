// textlint with textlint-rule-date-weekday-mismatch only, through its Node API.
import { fileURLToPath } from 'node:url';
import { createLinter, loadTextlintrc } from 'textlint';
import { packageVersion } from './package-version.mjs';

export const name = 'textlint';

export function version() {
  return `${packageVersion('textlint')} + date-weekday-mismatch ${packageVersion('textlint-rule-date-weekday-mismatch')}`;
}

let linter;

export async function setup() {
  const descriptor = await loadTextlintrc({ configFilePath: fileURLToPath(new URL('../../peers/textlintrc.json', import.meta.url)) });
  linter = createLinter({ descriptor });
}

export async function check(text) {
  const result = await linter.lintText(text, '/bench/draft.txt');
  return result.messages.map(() => 'date');
}
