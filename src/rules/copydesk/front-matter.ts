import { lineContentEnd } from '../../engine/positions';
import { defineRule } from '../../engine/rule';

export const frontMatter = defineRule({
  meta: {
    id: 'copydesk/front-matter',
    family: 'copydesk',
    description: 'Front matter that cannot be read, or per-draft settings that are not valid.',
    rationale: 'Settings in a broken front matter block are ignored, so the draft may be checked against the wrong date or dialect.',
    defaultLevel: 'warning',
    fixable: false,
  },
  check({ model, report }) {
    const block = model.frontMatter;
    if (!block) return;
    const { text } = model;
    if (block.error) {
      const { offset, message } = block.error;
      // The span ends before the line break, and never between the \r and \n of a CRLF.
      const lineEnd = lineContentEnd(text, offset);
      const end = lineEnd > offset ? lineEnd : Math.min(text.length, offset + (text.startsWith('\r\n', offset) ? 2 : 1));
      report({ start: offset, end, message: `${message.replace(/[.:]?\s*$/, '.')} Its settings are ignored; the draft is still checked.` });
    }
    // A setting's problem is shown on the opening `---` line, where the editor can see it.
    const end = Math.min(block.end, lineContentEnd(text, block.start));
    for (const problem of block.settingProblems ?? []) {
      report({ start: block.start, end, message: `${problem.key ? `"${problem.key}": ` : ''}${problem.message}` });
    }
  },
});
