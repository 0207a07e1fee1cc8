// Closed word lists the rules read: head nouns that type a name, speech verbs, casualty words,
// number words and page boilerplate. Linguistic data only.
import { type EntityType } from '../../domain/entity-type.js';

/** Last word of a capitalised name -> the type it gives the name ("... Ministry", "... Party"). */
export const NAME_HEADS: Readonly<Record<string, EntityType>> = {
  ministry: 'GOVERNMENT_BODY',
  department: 'GOVERNMENT_BODY',
  office: 'GOVERNMENT_BODY',
  directorate: 'GOVERNMENT_BODY',
  council: 'GOVERNMENT_BODY',
  senate: 'GOVERNMENT_BODY',
  parliament: 'GOVERNMENT_BODY',
  assembly: 'GOVERNMENT_BODY',
  congress: 'GOVERNMENT_BODY',
  court: 'GOVERNMENT_BODY',
  cabinet: 'GOVERNMENT_BODY',
  government: 'GOVERNMENT_BODY',
  commission: 'GOVERNMENT_BODY',
  representatives: 'GOVERNMENT_BODY',
  duma: 'GOVERNMENT_BODY',
  administration: 'GOVERNMENT_BODY',
  service: 'GOVERNMENT_BODY',
  authority: 'GOVERNMENT_BODY',
  police: 'ORGANIZATION',
  organization: 'ORGANIZATION',
  organisation: 'ORGANIZATION',
  party: 'ORGANIZATION',
  movement: 'ORGANIZATION',
  front: 'ORGANIZATION',
  corps: 'ORGANIZATION',
  guards: 'ORGANIZATION',
  forces: 'ORGANIZATION',
  force: 'ORGANIZATION',
  army: 'ORGANIZATION',
  navy: 'ORGANIZATION',
  brigade: 'ORGANIZATION',
  brigades: 'ORGANIZATION',
  group: 'ORGANIZATION',
  company: 'ORGANIZATION',
  corporation: 'ORGANIZATION',
  bank: 'ORGANIZATION',
  airlines: 'ORGANIZATION',
  airways: 'ORGANIZATION',
  air: 'ORGANIZATION',
  university: 'ORGANIZATION',
  institute: 'ORGANIZATION',
  foundation: 'ORGANIZATION',
  association: 'ORGANIZATION',
  federation: 'ORGANIZATION',
  union: 'ORGANIZATION',
  committee: 'ORGANIZATION',
  agency: 'GOVERNMENT_BODY',
  international: 'ORGANIZATION',
  inc: 'ORGANIZATION',
  ltd: 'ORGANIZATION',
  network: 'ORGANIZATION',
  alliance: 'ALLIANCE',
  pact: 'ALLIANCE',
  coalition: 'ALLIANCE',
  tv: 'NEWS_AGENCY',
  television: 'NEWS_AGENCY',
  radio: 'NEWS_AGENCY',
  news: 'NEWS_AGENCY',
  times: 'NEWS_AGENCY',
  post: 'NEWS_AGENCY',
  herald: 'NEWS_AGENCY',
  tribune: 'NEWS_AGENCY',
  gazette: 'NEWS_AGENCY',
  summit: 'EVENT',
  conference: 'EVENT',
  olympics: 'EVENT',
  games: 'EVENT',
  war: 'EVENT',
  province: 'REGION',
  region: 'REGION',
  district: 'REGION',
  county: 'REGION',
  oblast: 'REGION',
  governorate: 'REGION',
  island: 'REGION',
  islands: 'REGION',
  city: 'CITY',
};

/** Lower-case heads that may follow a proper name and belong to it ("Houthi movement"). */
export const LOWERCASE_NAME_HEADS: Readonly<Record<string, EntityType>> = {
  movement: 'ORGANIZATION',
  party: 'ORGANIZATION',
  council: 'GOVERNMENT_BODY',
  office: 'ORGANIZATION',
  ministry: 'GOVERNMENT_BODY',
  government: 'GOVERNMENT_BODY',
  militia: 'ORGANIZATION',
  group: 'ORGANIZATION',
  summit: 'EVENT',
  province: 'REGION',
  region: 'REGION',
  district: 'REGION',
  'oil field': 'REGION',
};

/** Lower-case words that may stand between a proper name and its lower-case head. */
export const LOWERCASE_NAME_MODIFIERS: ReadonlySet<string> = new Set([
  'provincial', 'city', 'municipal', 'regional', 'local', 'state', 'police', 'commander',
  'commanders', 'district', 'military', 'rebel', 'opposition', 'ruling', 'interim',
]);

/** Heads that only type a name when the name has another word before them. */
export const WEAK_HEADS: ReadonlySet<string> = new Set(['post', 'times', 'news', 'air', 'international', 'service', 'city', 'war', 'games', 'front', 'group', 'force']);

/** Connectors allowed inside a name after a head word ("Ministry of Foreign Affairs"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'of the', 'on', 'de', 'del', 'des', 'du']);

/** Lower-case nouns right after a name that tell its type ("TASS news agency", "Atlantic Council think tank"). */
export const TYPE_DESCRIPTORS: Readonly<Record<string, EntityType>> = {
  'news agency': 'NEWS_AGENCY',
  agency: 'NEWS_AGENCY',
  newspaper: 'NEWS_AGENCY',
  broadcaster: 'NEWS_AGENCY',
  'think tank': 'ORGANIZATION',
  airline: 'ORGANIZATION',
  company: 'ORGANIZATION',
  firm: 'ORGANIZATION',
  firms: 'ORGANIZATION',
  companies: 'ORGANIZATION',
  group: 'ORGANIZATION',
  militia: 'ORGANIZATION',
  alliance: 'ALLIANCE',
  'military alliance': 'ALLIANCE',
  bloc: 'ALLIANCE',
  city: 'CITY',
  cities: 'CITY',
  town: 'CITY',
  village: 'CITY',
  capital: 'CITY',
  province: 'REGION',
  region: 'REGION',
  island: 'REGION',
  country: 'COUNTRY',
  countries: 'COUNTRY',
  nation: 'COUNTRY',
  nations: 'COUNTRY',
  state: 'COUNTRY',
};

/** Verbs that report speech; base forms, matched with their inflections. */
export const SPEECH_VERBS: readonly string[] = [
  'say', 'said', 'says', 'saying', 'add', 'added', 'adds', 'tell', 'told', 'tells', 'state', 'stated',
  'states', 'stress', 'stressed', 'stresses', 'note', 'noted', 'notes', 'claim', 'claimed', 'claims',
  'allege', 'alleged', 'alleges', 'write', 'wrote', 'writes', 'tweet', 'tweeted', 'declare', 'declared',
  'announce', 'announced', 'insist', 'insisted', 'argue', 'argued', 'warn', 'warned', 'explain',
  'explained', 'continue', 'continued', 'conclude', 'concluded', 'affirm', 'affirmed', 'reaffirm',
  'reaffirmed', 'emphasise', 'emphasised', 'emphasize', 'emphasized', 'denounce', 'denounced',
  'review', 'reviewed', 'point', 'pointed', 'ask', 'asked', 'reply', 'replied', 'respond',
  'responded', 'comment', 'commented', 'call', 'called', 'calling', 'describe', 'described',
  'read', 'reads', 'report', 'reported', 'confirm', 'confirmed', 'deny', 'denied', 'accuse',
  'accused', 'admit', 'admitted', 'urge', 'urged', 'vow', 'vowed', 'promise', 'promised',
  'mention', 'mentioned', 'observe', 'observed', 'remark', 'remarked', 'suggest', 'suggested',
  'posted', 'wrote', 'underline', 'underlined', 'deemed', 'telling', 'adding', 'stressing',
  'noting', 'writing', 'claiming', 'warning', 'arguing', 'according',
];

/** Number words -> value, for figures written out ("thirteen officers"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000,
};

/** Words that turn a count into a casualty figure, by kind. */
export const CASUALTY_WORDS: Readonly<Record<'killed' | 'injured' | 'arrested', readonly string[]>> = {
  killed: ['killed', 'dead', 'died', 'deaths', 'death', 'bodies', 'fatalities', 'slain', 'killing', 'kills', 'kill', 'lives'],
  injured: ['injured', 'wounded', 'hurt', 'injuring', 'wounding', 'injuries'],
  arrested: ['arrested', 'detained', 'arrests', 'detentions', 'arresting', 'detaining', 'held'],
};

/** Lines of web-page furniture that are not part of an article. */
export const BOILERPLATE_LINES: readonly RegExp[] = [
  /^please enter your (comment|name|email)/i,
  /^(leave a (reply|comment)|share this( article)?|subscribe( now)?|sign up for|advertisement|related articles?|read more|click here|follow us)\b/i,
  /^(you must be logged in|save my name|your email address will not be published)/i,
  /^(copyright|©)/i,
];
