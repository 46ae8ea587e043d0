/** `npm run prebuild`: compiles the speller's data files into dist/dictionaries. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { compileDictionaries } from '../src/engine/dictionary/compile';

async function main(): Promise<void> {
  const started = performance.now();
  const written = await compileDictionaries(join(__dirname, '..', 'dist', 'dictionaries'));
  for (const path of written) console.log(`${path}  ${(statSync(path).size / 1024).toFixed(0)} KiB`);
  console.log(`dictionaries compiled in ${Math.round(performance.now() - started)} ms`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
