// cspell-lib checking one document at a time, as the cspell VS Code extension does.
import { spellCheckDocument } from 'cspell-lib';
import { packageVersion } from './package-version.mjs';

export const name = 'cspell-lib';

export function version() {
  return packageVersion('cspell-lib');
}

const SETTINGS = { language: 'en-GB' };
const OPTIONS = { generateSuggestions: false, noConfigSearch: true };
let n = 0;

export async function setup() {}

export async function check(text) {
  const result = await spellCheckDocument({ uri: `file:///bench/draft-${n++}.txt`, text, languageId: 'plaintext', locale: 'en-GB' }, OPTIONS, SETTINGS);
  if (result.errors?.length) throw result.errors[0];
  return result.issues.map(() => 'spelling');
}
