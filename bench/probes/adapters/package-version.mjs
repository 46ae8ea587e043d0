import { readFileSync } from 'node:fs';

/** A dependency's version, read from node_modules (not every peer exports ./package.json). */
export function packageVersion(name) {
  return JSON.parse(readFileSync(new URL(`../../../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;
}
