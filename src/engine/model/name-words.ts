/**
 * The closed word classes that tell a name from what surrounds it: titles, the nouns that
 * end an organisation's name, particles inside names, and words that are never names.
 * Lower case, without an abbreviation's full stop. One list each, shared by the names layer
 * and the speaker classifier.
 */

/** Courtesy titles: they say a person follows, and nothing about the person's job. */
export const COURTESY_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'baroness', 'baron', 'earl', 'duke', 'duchess', 'rev', 'reverend', 'messrs']);

/** Words of job titles written before a name: `Columbus Mayor`, `Rep.`, `Foreign Secretary`, `Madrid midfielder`. */
export const JOB_TITLES = new Set([
  'president', 'prime', 'minister', 'secretary', 'general', 'gen', 'chancellor', 'senator', 'sen', 'rep', 'representative', 'gov', 'governor',
  'judge', 'justice', 'chief', 'coach', 'captain', 'capt', 'king', 'queen', 'prince', 'princess', 'pope', 'mayor', 'chairman', 'chairwoman',
  'speaker', 'commissioner', 'inspector', 'detective', 'det', 'sergeant', 'sgt', 'officer', 'director', 'manager', 'boss', 'leader',
  'lieutenant', 'lt', 'colonel', 'col', 'major', 'maj', 'admiral', 'adm', 'ambassador', 'envoy', 'bishop', 'archbishop', 'cardinal',
  'father', 'rabbi', 'imam', 'sheikh', 'emir', 'commander', 'cmdr', 'chair', 'deputy', 'vice', 'foreign', 'home', 'defence', 'defense',
  'health', 'education', 'shadow', 'attorney', 'solicitor', 'state', 'finance', 'trade', 'culture', 'sports', 'premier',
  'executive', 'ceo', 'mp', 'msp', 'mep', 'first', 'striker',
  'midfielder', 'defender', 'goalkeeper', 'keeper', 'skipper', 'winger', 'forward', 'star', 'singer', 'actor', 'actress', 'chef',
  'congressman', 'congresswoman', 'councilman', 'councilwoman', 'councillor', 'councilor', 'supt', 'insp', 'emperor', 'ayatollah', 'sultan',
]);

/**
 * Title words that are also ordinary words before a company's name (`General Motors`,
 * `State Bank`, `Chief Executive`): a title only when the word after it is no everyday word.
 */
export const WEAK_TITLES = new Set([
  'general', 'chief', 'major', 'first', 'state', 'star', 'father', 'home', 'foreign', 'health', 'education', 'finance', 'trade', 'culture',
  'sports', 'defence', 'defense', 'shadow', 'executive', 'forward', 'keeper', 'singer', 'actor', 'actress', 'chef', 'striker', 'winger',
  'leader', 'boss', 'manager', 'director', 'officer', 'chair', 'speaker', 'vice', 'deputy', 'prime', 'captain', 'coach', 'attorney',
  'solicitor', 'premier', 'justice', 'judge', 'king', 'queen', 'prince', 'princess',
]);

/**
 * Heads of state and government, who wire copy names by title and surname alone on first
 * reference (`President Reagan`, `Prime Minister Thatcher`, `Chancellor Kohl`).
 */
export const HEAD_OF_STATE_TITLES = new Set(['president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'pope', 'emperor', 'ayatollah', 'sultan', 'emir', 'sheikh']);

/** Offices of state that, named with their jurisdiction, identify one person (`Indonesian Energy Minister Subroto`). */
export const PUBLIC_OFFICES = new Set(['minister', 'secretary', 'governor', 'mayor', 'chancellor', 'premier', 'president', 'ambassador', 'envoy', 'commissioner', 'senator', 'sen', 'gov']);

/** Peers, knights and royalty are named in full by title and one name: `Lord Falconer`, `Sir Alex`. */
export const PEERAGE = new Set(['justice', 'lord', 'lady', 'baroness', 'baron', 'sir', 'dame', 'earl', 'duke', 'duchess', 'countess', 'viscount', 'king', 'queen', 'prince', 'princess', 'pope', 'archbishop', 'cardinal', 'sheikh', 'emir']);

/** Nouns that end an organisation's name or stand for one: `Acme Securities`, `the ministry`. */
export const ORGANISATION_NOUNS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'statement', 'statements', 'company', 'firm', 'group', 'ministry',
  'department', 'government', 'police', 'force', 'agency', 'council', 'office', 'report', 'study', 'survey', 'club', 'union', 'party',
  'court', 'bank', 'board', 'commission', 'committee', 'authority', 'authorities', 'service', 'website', 'newspaper', 'paper', 'organisation',
  'organization', 'association', 'federation', 'body', 'team', 'embassy', 'administration', 'campaign', 'charity', 'regulator',
  'watchdog', 'letter', 'document', 'release', 'memo', 'ruling', 'judgment', 'judgement', 'verdict', 'blog', 'post',
  'corporation', 'institute', 'network', 'channel', 'magazine', 'station', 'league', 'society', 'trust', 'foundation', 'secretariat',
]);

/** Last words of organisations' names that are not nouns for an organisation on their own. */
const NAME_ENDINGS = [
  'corp', 'inc', 'co', 'ltd', 'plc', 'llc', 'ag', 'sa', 'nv', 'gmbh', 'bancorp', 'securities', 'university', 'airlines', 'airways', 'motors',
  'industries', 'holdings', 'partners', 'fund', 'reserve', 'exchange', 'times', 'journal', 'news', 'television', 'radio', 'press',
  'services', 'senate', 'congress', 'parliament', 'assembly', 'bureau', 'centre', 'center', 'telegraph', 'herald', 'tribune', 'gazette',
  'investments', 'management', 'brothers', 'electric', 'energy', 'petroleum', 'steel', 'chemicals', 'pharmaceuticals', 'systems',
  'technologies', 'communications', 'railways', 'railroad', 'mining', 'resources', 'insurance', 'school', 'college', 'hospital', 'church',
  'museum', 'army', 'navy', 'cabinet', 'treasury', 'pentagon', 'ministries', 'unit', 'division', 'subsidiary', 'institution', 'enterprises',
  'engineering', 'construction', 'consulting', 'associates', 'solutions', 'logistics', 'media', 'labs', 'ventures', 'airport', 'stadium',
];
export const ORGANISATION_ENDINGS = new Set([...ORGANISATION_NOUNS, ...NAME_ENDINGS].filter((w) => !['statement', 'statements', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'report', 'study', 'survey', 'letter', 'document', 'release', 'memo', 'ruling', 'judgment', 'judgement', 'verdict', 'post', 'paper', 'body', 'website', 'blog', 'campaign', 'force'].includes(w)));

/**
 * Words after which `of` continues a name: `Department of Transportation`, `Bank of England`,
 * `Secretary of State`, `Ministry of International Trade and Industry`.
 */
export const OF_HEADS = new Set([
  ...ORGANISATION_ENDINGS, 'secretary', 'minister', 'house', 'chamber', 'republic', 'kingdom', 'states', 'duke', 'duchess', 'mayor', 'governor',
  'president', 'chancellor', 'prince', 'princess', 'earl', 'archbishop', 'bishop', 'city', 'port', 'gulf', 'bay', 'isle', 'cape', 'sea',
  'lake', 'river', 'mount', 'county', 'province', 'people', "people's", 'chief', 'chairman', 'director', 'head',
]);

/** Small words inside names: `Ludwig van Beethoven`, `Osama bin Laden`, `Juan de la Cruz`. */
export const NAME_PARTICLES = new Set(['st', 'de', 'van', 'von', 'der', 'den', 'bin', 'al', 'da', 'di', 'du', 'le', 'la', 'dos', 'del', 'ter', 'ten', 'y', 'el', 'ibn']);

/** Capitalised words that are never names, or not alone: function words, pronouns, calendar words. */
export const NEVER_NAMES = new Set(
  (
    'i a an the this that these those it its he his him she her they their them we our us you your my me there here then now also even only just ' +
    'and but or nor so yet if when while as at by for from in into of on onto to with without after before since until unless although though ' +
    'because whether where what which who whom whose how why however meanwhile instead separately earlier later today yesterday tomorrow tonight ' +
    'one two three some many most all several both each every other another no any few such not yes oh tk'
  ).split(' '),
);

/** Calendar words: names only beside other name words (`Theresa May`, `Jan Bolz`), never alone. */
export const CALENDAR_WORDS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
);

/** Letters after a name that are no part of it: `Ian MacDonald QC`, `John Doe Jr`. */
export const POST_NOMINALS = new Set(['qc', 'kc', 'mp', 'msp', 'mep', 'jr', 'sr', 'ii', 'iii', 'iv', 'obe', 'mbe', 'cbe', 'kbe', 'phd', 'md', 'esq']);

/** Lower-case halves of hyphenated words that make an adjective of a name (`Ohio-based`), not part of it (`Roh Tae-woo`). */
export const HYPHEN_SUFFIXES = new Set(['based', 'led', 'run', 'owned', 'born', 'backed', 'made', 'style', 'era', 'controlled', 'funded', 'linked', 'bound', 'like', 'wide', 'free', 'only', 'up', 'listed', 'registered', 'held', 'dominated', 'sponsored', 'supported', 'type', 'class', 'area', 'level', 'year', 'day', 'in', 'out', 'on', 'off']);

/**
 * Nouns for a person's role that a later reference repeats with `the`: `the analyst`, `the mayor`.
 * Titles count too (JOB_TITLES), except the words that only qualify one (`vice`, `prime`, `foreign`).
 */
export const ROLE_NOUNS = new Set([
  'analyst', 'official', 'economist', 'spokesman', 'spokeswoman', 'spokesperson', 'diplomat', 'dealer', 'trader', 'banker', 'broker',
  'adviser', 'advisor', 'aide', 'lawyer', 'attorney', 'prosecutor', 'professor', 'researcher', 'scientist', 'expert', 'strategist', 'executive',
  'chairman', 'chairwoman', 'president', 'director', 'manager', 'minister', 'secretary', 'governor', 'mayor', 'senator', 'congressman',
  'congresswoman', 'representative', 'lawmaker', 'legislator', 'commissioner', 'chancellor', 'ambassador', 'envoy', 'general', 'colonel',
  'commander', 'officer', 'inspector', 'detective', 'sergeant', 'judge', 'coach', 'captain', 'chief', 'head', 'founder', 'owner', 'partner',
  'consultant', 'administrator', 'superintendent', 'editor', 'correspondent', 'councillor', 'councilor', 'councilman',
  'councilwoman', 'leader', 'premier', 'treasurer', 'auditor', 'engineer', 'physician', 'doctor', 'surgeon', 'teacher', 'principal',
  'pastor', 'bishop', 'priest', 'rabbi', 'imam', 'mp', 'ceo', 'boss', 'chair', 'delegate', 'negotiator', 'activist', 'organiser', 'organizer',
  'source', 'insider', 'observer', 'critic', 'staffer', 'worker', 'employee', 'resident', 'witness', 'victim', 'student', 'player', 'fan',
  'man', 'woman', 'boy', 'girl', 'mother', 'father', 'wife', 'husband', 'son', 'daughter', 'friend', 'neighbour', 'neighbor', 'member',
]);

/** A word as these lists hold it: lower case, without an abbreviation's full stop or a possessive. */
export function listForm(word: string): string {
  let lower = word.toLowerCase();
  if (lower.endsWith('.')) lower = lower.slice(0, -1);
  const n = lower.length;
  if (n > 2 && lower.charCodeAt(n - 1) === 115 && (lower.charCodeAt(n - 2) === 39 || lower.charCodeAt(n - 2) === 0x2019)) return lower.slice(0, -2);
  return lower;
}
