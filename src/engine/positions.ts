/**
 * Offsets of the first character of every line, with lines ended as VS Code ends them:
 * by "\r\n", "\n" or a lone "\r" (old Mac files), so a CLI position is an editor position.
 */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  if (text.indexOf('\r') === -1) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** 0-based line of an offset, by binary search over line starts. */
export function lineOf(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** 0-based line and UTF-16 character of an offset, as VS Code's Position has them. */
export function positionOf(lineStarts: readonly number[], offset: number): { line: number; character: number } {
  const line = lineOf(lineStarts, offset);
  return { line, character: offset - lineStarts[line] };
}

/** Index of the last span that starts at or before `offset` (spans sorted by start), or -1. */
export function spanIndexAt(spans: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Index of the first span that starts at or after `offset` (spans sorted by start); `spans.length` when none does. */
export function firstSpanFrom(spans: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where the line holding `offset` ends, before its `\r\n`, `\n` or lone `\r`: a span never ends between `\r` and `\n`. */
export function lineContentEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
  return i;
}
