/**
 * Regular forms the word lists leave out, derived at build time from the
 * words they list. Each rule adds a form English makes of every word of its
 * kind, so the lists gain a class of words, not a corpus's examples.
 */

/** Noun endings whose words take a plain plural `-s`: `backwardations`, `divestments`. */
const PLURAL_S = /(?:ation|ment|ance|ence)$/;

/** `-ize` verbs: four letters or more and a consonant other than `s` before `-ize`, which leaves out `size`, `capsize`, `prize` and `maize`. */
const IZE_VERB = /^[a-z]{3,}[b-df-hj-np-rtv-z]ize$/;

/**
 * Plurals of listed nouns that end in `-ation`, `-ment`, `-ance` or `-ence`,
 * and of `-ing` nouns made from a listed verb (`liftings`, `sowings`,
 * `reschedulings`; not `durings`), and the inflections of listed `-ize`
 * verbs (`collateralize` → `collateralized`, `collateralizes`,
 * `collateralizing`). Only lower-case words of six letters or more: short
 * ones are listed with their forms already, and slips make short words.
 */
export function regularForms(words: ReadonlySet<string>): string[] {
  const derived: string[] = [];
  const add = (form: string) => {
    if (!words.has(form)) derived.push(form);
  };
  for (const word of words) {
    if (word.length < 6 || !/^[a-z]+$/.test(word)) continue;
    if (PLURAL_S.test(word)) add(`${word}s`);
    else if (word.endsWith('ing')) {
      const stem = word.slice(0, -3);
      if (words.has(stem) || words.has(`${stem}e`) || (stem.at(-1) === stem.at(-2) && words.has(stem.slice(0, -1)))) add(`${word}s`);
    } else if (IZE_VERB.test(word)) {
      add(`${word}d`);
      add(`${word}s`);
      add(`${word.slice(0, -1)}ing`);
    }
  }
  return derived;
}

/**
 * British `-ise` forms of American `-ize` words that the British list lacks
 * (`securitisation` for `securitization`): British copy writes either. Only
 * for `-ize` verbs as IZE_VERB reads them.
 */
export function britishIseForms(american: Iterable<string>, british: ReadonlySet<string>): string[] {
  const derived: string[] = [];
  for (const word of american) {
    const m = /^([a-z]{3,}[b-df-hj-np-rtv-z])iz(e|es|ed|ing|ation|ations|er|ers)$/.exec(word);
    if (!m) continue;
    const form = `${m[1]}is${m[2]}`;
    if (!british.has(form)) derived.push(form);
  }
  return derived;
}
