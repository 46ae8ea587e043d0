import { lintDocument, type LintOptions, type LintResult } from './lint';
import { NamesCache } from './model/names-cache';
import { SegmentCache } from './model/segment-cache';

/**
 * Lints successive versions of one draft, as an editor does on every keystroke:
 * paragraphs that did not change are not segmented again. Results are identical
 * to a fresh `lintDocument` call.
 */
export class LintSession {
  private readonly segments = new SegmentCache();
  private readonly names = new NamesCache();

  lint(text: string, options: LintOptions): LintResult {
    return lintDocument(text, { ...options, segmentCache: this.segments, namesCache: this.names });
  }
}
