import type { Span } from '../types';
import type { ParagraphNames } from './name-paragraphs';
import type { ParagraphReference } from './name-runs';
import type { PlacedNames } from './names-cache';

/**
 * Where each offset of a linked names layer comes from: a field of one paragraph's reading. When
 * a keystroke leaves every paragraph's reading the same but for where the paragraphs start (and
 * for offsets inside the edited paragraph that keep their order), linking would decide exactly
 * as before, so the last layer is kept and only its offsets are written again from the readings.
 * Why: linking every reference of a 100,000-word manuscript was most of what the names layer
 * still cost a keystroke once each paragraph's reading was kept (NamesCache).
 */
export class Placements {
  private readonly spans: Span[] = [];
  /** Per span: paragraph index, index of the reference or `the` noun in its reading, and which field. */
  private readonly at: number[] = [];

  add(span: Span, paragraph: number, index: number, field: Field): void {
    this.spans.push(span);
    this.at.push(paragraph, index, field);
  }

  /** Writes every recorded span's offsets again, from the readings and paragraph starts of this version. */
  replace(placed: readonly PlacedNames[]): void {
    const { spans, at } = this;
    for (let i = 0, j = 0; i < spans.length; i++, j += 3) {
      const { names, base } = placed[at[j]];
      const field = at[j + 2];
      const span = spans[i];
      if (field === Field.The) {
        const the = names.theNouns[at[j + 1]];
        span.start = base + the.start;
        span.end = base + the.end;
        continue;
      }
      const reference = names.references[at[j + 1]];
      const source = field === Field.Reference ? reference : field === Field.RoleBefore ? reference.roleBefore! : field === Field.Apposition ? reference.apposition! : reference.title!;
      span.start = base + source.start;
      span.end = base + (field === Field.TitleToEnd ? reference.end : source.end);
    }
  }
}

/** Which field of a reading a span was placed from. */
export enum Field {
  Reference,
  Title,
  /** From the start of the title to the end of the name: `President Reagan`. */
  TitleToEnd,
  RoleBefore,
  Apposition,
  The,
}

/** Whether linking these readings decides as linking the last ones did: the same readings, or readings that differ only in offsets that keep their order. */
export function linksAlike(last: readonly ParagraphNames[], placed: readonly PlacedNames[]): boolean {
  if (last.length !== placed.length) return false;
  for (let p = 0; p < last.length; p++) {
    const names = placed[p].names;
    if (names !== last[p] && !sameButForOffsets(last[p], names)) return false;
  }
  return true;
}

function sameButForOffsets(a: ParagraphNames, b: ParagraphNames): boolean {
  if (a.references.length !== b.references.length || a.theNouns.length !== b.theNouns.length) return false;
  for (let k = 0; k < a.references.length; k++) if (!sameReference(a.references[k], b.references[k])) return false;
  for (let k = 0; k < a.theNouns.length; k++) if (a.theNouns[k].noun !== b.theNouns[k].noun || a.theNouns[k].text !== b.theNouns[k].text) return false;
  return sameOrder(offsetsOf(a), offsetsOf(b));
}

function sameReference(a: ParagraphReference, b: ParagraphReference): boolean {
  return (
    a.text === b.text &&
    a.kind === b.kind &&
    a.wordCount === b.wordCount &&
    a.lastWord === b.lastWord &&
    a.partCount === b.partCount &&
    a.firstPart === b.firstPart &&
    a.lastPart === b.lastPart &&
    (a.title === undefined) === (b.title === undefined) &&
    (a.title === undefined || (a.title.text === b.title!.text && a.title.head === b.title!.head && a.title.courtesy === b.title!.courtesy && a.title.identifies === b.title!.identifies)) &&
    sameRole(a.roleBefore, b.roleBefore) &&
    sameRole(a.apposition, b.apposition)
  );
}

const sameRole = (a: ParagraphReference['roleBefore'], b: ParagraphReference['roleBefore']) => (a === undefined ? b === undefined : b !== undefined && a.text === b.text && a.head === b.head);

/** Every offset of a reading, in one fixed order. */
function offsetsOf(names: ParagraphNames): number[] {
  const out: number[] = [];
  const span = (s: Span | undefined) => {
    if (s) out.push(s.start, s.end);
  };
  for (const r of names.references) {
    span(r);
    span(r.title);
    span(r.roleBefore);
    span(r.apposition);
  }
  for (const the of names.theNouns) span(the);
  return out;
}

/** Whether every pair of offsets compares the same way in both lists (same length): sorted by one, the other is sorted too, ties kept. */
function sameOrder(a: number[], b: number[]): boolean {
  const order = a.map((_, i) => i).sort((i, j) => a[i] - a[j]);
  for (let k = 1; k < order.length; k++) {
    const i = order[k - 1];
    const j = order[k];
    if (Math.sign(a[j] - a[i]) !== Math.sign(b[j] - b[i])) return false;
  }
  return true;
}
