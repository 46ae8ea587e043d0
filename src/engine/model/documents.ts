/**
 * Documents quoted as sources: `the minutes showed`, `the release said`, `the order states`,
 * `the filing read`. A document is named, not anonymous, and `states` or `notes` is the neutral
 * verb for one, so quote/said-bookism leaves it alone.
 */
const DOCUMENT_NOUNS = new Set([
  'report', 'reports', 'statement', 'statements', 'release', 'minutes', 'order', 'filing', 'filings', 'communique', 'communiqué', 'circular',
  'letter', 'memo', 'memorandum', 'document', 'documents', 'ruling', 'judgment', 'judgement', 'verdict', 'policy', 'text', 'draft',
  'complaint', 'indictment', 'lawsuit', 'suit', 'affidavit', 'petition', 'motion', 'brief', 'decree', 'resolution', 'agreement', 'accord',
  'treaty', 'bulletin', 'notice', 'announcement', 'prospectus', 'guidelines', 'guidance', 'study', 'survey', 'review', 'audit', 'budget',
  'bill', 'law', 'act', 'regulation', 'regulations', 'rules', 'charter', 'constitution', 'manifesto', 'platform', 'transcript', 'records',
  'record', 'notes', 'paper', 'submission', 'submissions', 'proposal', 'plan', 'warrant', 'summons', 'citation', 'contract', 'testament', 'application',
]);

/** Whether a speaker phrase names a document (`the circular to banks`, `official Administration policy`). */
export function isDocument(speaker: string): boolean {
  const head = /([\p{L}é]+)(?:\s+(?:to|of|from|for|on|by|in)\b.*)?$/u.exec(speaker.trim());
  return head !== null && DOCUMENT_NOUNS.has(head[1].toLowerCase());
}

/**
 * A sentence that introduces quoted extracts of a document in the paragraphs after it:
 * `Following are extracts from the communique …`, `The text of the statement follows.`,
 * also after a dateline (`VIENNA, June 29 - Following are …`). Returns the document phrase.
 */
const INTRODUCES_EXTRACTS =
  /^\s*(?:[^.!?\n]{1,80}?\s[-–—]+\s+)?(?:(?:Following|Below|Here)\s+(?:is|are)\s+(?:the\s+)?(?:(?:full\s+)?text|extracts?|excerpts?|highlights?|key\s+passages?|passages?)\s+(?:of|from)\s+((?:the|a|an)\s+[^.!?;:]{1,120}?)|(?:The\s+)?(?:(?:full\s+)?text|extracts?|excerpts?|highlights?)\s+(?:of|from)\s+((?:the|a|an)\s+[^.!?;:]{1,120}?)\s+(?:follows?|(?:is|are)\s+as\s+follows))\s*[.:]?\s*$/i;

export function introducedDocument(sentence: string): string | undefined {
  const m = INTRODUCES_EXTRACTS.exec(sentence);
  if (!m) return undefined;
  const phrase = m[1] ?? m[2];
  // Up to the document's noun: `the communique` of `the communique issued at the conclusion of …`.
  const words = phrase.split(' ');
  for (let n = 2; n <= words.length && n <= 7; n++) if (DOCUMENT_NOUNS.has(words[n - 1].toLowerCase())) return words.slice(0, n).join(' ');
  return undefined;
}
