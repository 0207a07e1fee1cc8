// Trigger words of the relation rules, per predicate, as data: the verbs and nouns that announce a
// relation, and the lexicon that maps a clause's verb to the predicate it states. A rule reads its
// trigger list from here; adding a word here widens every rule that reads the list.
import { type RelationType } from '../../domain/relation-type.js';

/** Verbs whose clause subject and object stand in a relation: "X met Y", "X sanctioned Y". */
export const VERB_PREDICATES: Readonly<Record<string, RelationType>> = {
  met: 'MET_WITH',
  meets: 'MET_WITH',
  meet: 'MET_WITH',
  meeting: 'MET_WITH',
  received: 'MET_WITH',
  receives: 'MET_WITH',
  hosted: 'MET_WITH',
  hosts: 'MET_WITH',
  welcomed: 'MET_WITH',
  sanctioned: 'SANCTIONED',
  sanctions: 'SANCTIONED',
  banned: 'SANCTIONED',
  bans: 'SANCTIONED',
  blacklisted: 'SANCTIONED',
  blacklists: 'SANCTIONED',
  requested: 'REQUESTED',
  requests: 'REQUESTED',
  asked: 'REQUESTED',
  'appealed to': 'REQUESTED',
  sent: 'SENT_TROOPS_TO',
  send: 'SENT_TROOPS_TO',
  sends: 'SENT_TROOPS_TO',
  deployed: 'SENT_TROOPS_TO',
  deploy: 'SENT_TROOPS_TO',
  deploys: 'SENT_TROOPS_TO',
  dispatched: 'SENT_TROOPS_TO',
  dispatch: 'SENT_TROOPS_TO',
  pledged: 'SENT_TROOPS_TO',
  pledges: 'SENT_TROOPS_TO',
  pledge: 'SENT_TROOPS_TO',
  contributed: 'SENT_TROOPS_TO',
  contributes: 'SENT_TROOPS_TO',
  contribute: 'SENT_TROOPS_TO',
  committed: 'SENT_TROOPS_TO',
  commits: 'SENT_TROOPS_TO',
};

/** The words of the lexicon that give one predicate. */
export function verbsFor(predicate: RelationType): string[] {
  return Object.entries(VERB_PREDICATES)
    .filter(([, p]) => p === predicate)
    .map(([verb]) => verb);
}

/** MET_WITH */
export const MEET_VERBS: ReadonlySet<string> = new Set(verbsFor('MET_WITH'));
export const TALK_NOUNS: ReadonlySet<string> = new Set(['talks', 'meetings', 'meeting', 'discussions', 'consultations']);
export const GATHER_VERBS: ReadonlySet<string> = new Set(['gathered', 'met', 'convened', 'assembled']);
export const JOIN_VERBS: ReadonlySet<string> = new Set(['joined', 'joins', 'rejoined']);
/** What may follow "A and B met" when they met each other: a time, a place, a manner, or nothing. */
export const AFTER_MEETING: ReadonlySet<string> = new Set([
  'on',
  'in',
  'at',
  'for',
  'privately',
  'again',
  'separately',
  'twice',
  'briefly',
  'today',
  'yesterday',
  'earlier',
  'later',
  'last',
  'this',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'every',
  'regularly',
  'behind',
]);
/** What may stand between coordinated subjects and "met": "A and B will continue to meet", "have met". */
export const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set([
  'will',
  'would',
  'could',
  'may',
  'might',
  'should',
  'to',
  'continue',
  'have',
  'had',
  'has',
  'also',
  'then',
  'last',
  'finally',
  'first',
  'again',
  'reportedly',
  'later',
  'plan',
  'agreed',
]);
export const MEETING_NOUNS: ReadonlySet<string> = new Set(['talks', 'meeting', 'summit']);
/** Verbs that hold talks: "A and B held crisis talks". */
export const HOLD_VERBS: ReadonlySet<string> = new Set(['held', 'hold', 'holds', 'holding', 'had']);

/** Passives of appointment with a title after them: "X was named prime minister". */
export const APPOINTED_VERBS: ReadonlySet<string> = new Set(['named', 'elected', 're-elected', 'appointed', 'chosen', 'installed', 'nominated', 'confirmed']);

/** SENT_TROOPS_TO. Finite forms only: a gerund ("the agreement on sending soldiers") has no subject to credit. */
export const SEND_VERBS: ReadonlySet<string> = new Set(verbsFor('SENT_TROOPS_TO'));
export const TROOP_WORDS: ReadonlySet<string> = new Set([
  'troops',
  'soldiers',
  'forces',
  'peacekeepers',
  'peacekeeping',
  'military',
  'army',
  'units',
  'personnel',
  'contingent',
  'contingents',
  'servicemen',
  'paratroopers',
  'marines',
  'battalion',
  'battalions',
]);

/** Verbs that take troops out of where they were sent: "will withdraw its troops from Y", "pulled its soldiers out of Y". */
export const WITHDRAW_VERBS: ReadonlySet<string> = new Set(['withdraw', 'withdraws', 'withdrew', 'withdrawn', 'pull', 'pulls', 'pulled']);

/** Heads of a phrase that names where troops go: "the West African nation of Mali", "a mission in Lebanon". */
export const DESTINATION_HEADS: ReadonlySet<string> = new Set([
  'nation',
  'country',
  'state',
  'republic',
  'region',
  'province',
  'island',
  'mission',
  'operation',
  'force',
]);
/** Words that end a destination phrase: "to the north rather than to ...", "to stop fighters from ...". */
export const PHRASE_BREAKS: ReadonlySet<string> = new Set([
  'of',
  'in',
  'to',
  'from',
  'into',
  'on',
  'at',
  'by',
  'with',
  'for',
  'and',
  'or',
  'but',
  'rather',
  'instead',
  'than',
  'that',
  'which',
]);
/**
 * Words that make troops from a country part of a deployment told of before: "they will join
 * peacekeepers from A and B", "more troops from C are expected".
 */
export const JOINING_WORDS: ReadonlySet<string> = new Set([
  'join',
  'joins',
  'joined',
  'joining',
  'alongside',
  'reinforce',
  'reinforced',
  'reinforcing',
  'more',
  'additional',
  'further',
]);
/** Verbs of purpose between "send troops to" and the mission: "to reinforce the UN mission in Mali". */
export const PURPOSE_VERBS: ReadonlySet<string> = new Set(['reinforce', 'join', 'support', 'help', 'bolster', 'strengthen']);

/** SANCTIONED */
export const SANCTION_VERBS: ReadonlySet<string> = new Set(verbsFor('SANCTIONED').filter((w) => w !== 'sanctions'));
export const SANCTION_NOUNS: ReadonlySet<string> = new Set(['sanctions', 'embargo', 'ban']);
export const SANCTION_TARGET_VERBS: ReadonlySet<string> = new Set(['target', 'targets', 'hit']);
export const SANCTION_MEASURES: ReadonlySet<string> = new Set([...SANCTION_NOUNS, 'freezes', 'bans', 'measures', 'penalties']);

/** Verbs of an asset freeze, and what they freeze: "froze the assets of X". */
export const FREEZE_VERBS: ReadonlySet<string> = new Set(['froze', 'freezes', 'freeze', 'freezing', 'seized', 'seizes', 'blocked', 'blocks']);
export const ASSET_WORDS: ReadonlySet<string> = new Set(['assets', 'funds', 'accounts', 'property', 'holdings']);

/** REQUESTED */
export const REQUEST_VERBS: ReadonlySet<string> = new Set(['requested', 'asked', 'requests', 'urged', 'urges', 'urging']);
/** Verbs of asking whose object is named after "from": "requested assistance from the Union". */
export const REQUEST_FROM_VERBS: ReadonlySet<string> = new Set(['requested', 'requesting', 'sought', 'seeks', 'seeking']);
/** Verbs of asking and the preposition that names who is asked: "appealed to Y", "called on Y to act". */
export const APPEAL_VERBS: Readonly<Record<string, string>> = { appealed: 'to', appeals: 'to', appealing: 'to', called: 'on', calls: 'on', calling: 'on' };
export const REQUEST_NOUNS: ReadonlySet<string> = new Set(['request']);

/** ALLIED_WITH */
export const ALLY_VERBS: ReadonlySet<string> = new Set(['supporting', 'supported', 'supports', 'backing', 'backed', 'backs', 'support']);
export const ALIGN_WORDS: ReadonlySet<string> = new Set(['aligned', 'allied', 'allies', 'ally']);
export const ALLY_NOUNS: ReadonlySet<string> = new Set(['allies', 'partners', 'ally']);

/** OPPOSES */
export const AGAINST_NOUNS: ReadonlySet<string> = new Set([
  'lawsuit',
  'suit',
  'case',
  'campaign',
  'war',
  'fight',
  'fighting',
  'rebellion',
  'struggle',
  'offensive',
  'complaint',
  'motion',
  'protest',
  'protests',
  'charges',
  'coalition',
  'insurgency',
  'support',
  'supporting',
  'operations',
  'operation',
  'strikes',
  'sanctions',
  'measures',
  'troops',
  'army',
  'forces',
  'action',
  'petition',
  'strike',
  'boycott',
  'resistance',
  'uprising',
  'revolt',
  'vote',
  'verdict',
  'appeal',
  'ruling',
  // Verbs of protest and fighting take "against" the same way: "protesters demonstrated against Y".
  'protested',
  'protesting',
  'demonstrated',
  'demonstrating',
  'rallied',
  'campaigned',
  'campaigning',
  'fought',
  'fighting',
  'demonstrations',
  'rallies',
  'attacks',
]);
export const RIVAL_NOUNS: ReadonlySet<string> = new Set(['rival', 'opponent', 'challenger']);
/** Nouns for someone who stands against a person or body: "X, a fierce critic of Y". */
export const CRITIC_NOUNS: ReadonlySet<string> = new Set(['critic', 'opponent', 'foe', 'adversary']);
export const DEMAND_NOUNS: ReadonlySet<string> = new Set(['resignation', 'removal', 'ouster', 'arrest', 'impeachment', 'dismissal', 'prosecution', 'sacking']);
export const DEMAND_VERBS: ReadonlySet<string> = new Set(['demanded', 'demands', 'demanding', 'called', 'calling', 'urged', 'sought']);
export const ACCUSE_VERBS: ReadonlySet<string> = new Set(['accusing', 'accused', 'accuses', 'accuse']);
export const REMOVE_VERBS: ReadonlySet<string> = new Set(['remove', 'impeach', 'oust', 'expel', 'dismiss', 'unseat']);
/** Acts whose author a condemnation opposes: "condemned the attack by X". */
export const ACT_NOUNS: ReadonlySet<string> = new Set([
  'attack',
  'attacks',
  'strike',
  'strikes',
  'invasion',
  'killing',
  'killings',
  'shelling',
  'bombing',
  'raid',
  'offensive',
  'coup',
  'annexation',
  'incursion',
]);
export const OPPOSE_VERBS: ReadonlySet<string> = new Set([
  'opposes',
  'opposed',
  'condemned',
  'condemns',
  'denounced',
  'denounces',
  'sued',
  'sues',
  'criticised',
  'criticized',
  'criticises',
  'criticizes',
  'fought',
  'fights',
  'attacked',
  'attacks',
]);
/** "X clashed with Y": fighting named by a verb and "with". */
export const CLASH_VERBS: ReadonlySet<string> = new Set(['clashed', 'clash', 'clashes', 'battled', 'skirmished']);

/** REPORTED_BY: words after which a news agency carries what was said. */
export const CARRIER_LINKS: ReadonlySet<string> = new Set(['on', 'to', 'by', 'via', 'told']);
export const TELL_VERBS: ReadonlySet<string> = new Set(['told', 'tells', 'telling']);
/** Nouns of the frame a speaker's words were carried in: "in a statement read on VTV". */
export const FRAME_NOUNS: ReadonlySet<string> = new Set(['statement', 'interview', 'remarks', 'comments', 'address', 'speech', 'broadcast', 'message', 'post']);
/** Words that open a sentence about what its subject wrote or said: "Writing in a blog post, X of Y argued". */
export const SPEAKING_OPENERS: ReadonlySet<string> = new Set(['writing', 'speaking']);
/** REPORTED_BY: "a statement published in X", "an article printed by X". */
export const PUBLISH_VERBS: ReadonlySet<string> = new Set(['published', 'printed', 'posted']);
/** What an outlet publishes for someone, just before PUBLISH_VERBS. */
export const PUBLISHED_WORDS: ReadonlySet<string> = new Set(['statement', 'interview', 'article', 'column', 'letter', 'op-ed', 'essay', 'remarks', 'comments']);
export const CARRY_VERBS: ReadonlySet<string> = new Set(['quoted', 'carried', 'cited', 'broadcast', 'aired']);

/** MEMBER_OF */
export const MEMBERSHIP_PHRASES: readonly string[] = [
  'consisting of',
  'comprising',
  'composed of',
  'made up of',
  'whose members are',
  'members are',
  'members include',
  'which includes',
  'which include',
  'that includes',
  'which comprises',
];
export const BELONG_VERBS: ReadonlySet<string> = new Set(['belongs', 'belong', 'belonged']);
export const MEMBER_GROUP_NOUNS: ReadonlySet<string> = new Set(['states', 'countries', 'nations']);
/** Nouns for one who belongs to a body, in "X, a leading politician of Y", "X, a corporal in Y". */
export const MEMBER_NOUNS: ReadonlySet<string> = new Set([
  'member',
  'politician',
  'activist',
  'lawmaker',
  'legislator',
  'supporter',
  'soldier',
  'corporal',
  'sergeant',
  'private',
  'lieutenant',
  'fighter',
  'militant',
  'reporter',
  'journalist',
  'columnist',
]);

/** LEADS / HOLDS_ROLE */
/** Verbs of a passive that names who leads a body ("the party, led by X"), with the role each gives. */
export const LED_BY_VERBS: Readonly<Record<string, string>> = { led: 'Leader', headed: 'Head', chaired: 'Chairman' };
export const LEAD_VERBS: ReadonlySet<string> = new Set([
  'leads',
  'led',
  'heads',
  'headed',
  'chairs',
  'chaired',
  'runs',
  'ran',
  'founded',
  'commands',
  'commanded',
  'directs',
  'directed',
  'ruled',
  'rules',
  'governed',
  'governs',
]);
/** Verbs whose subject takes the office of their object: "X succeeded Y as prime minister". */
export const SUCCEED_VERBS: ReadonlySet<string> = new Set(['succeeded', 'succeeds', 'succeeding', 'replaced', 'replaces', 'replacing']);
export const COUNTERPART_NOUNS: ReadonlySet<string> = new Set(['counterparts', 'counterpart']);

/** PART_OF */
export const CHAMBER_NOUNS: ReadonlySet<string> = new Set(['house', 'houses', 'chamber', 'chambers']);

/** LOCATED_IN / CAPITAL_OF */
export const CAPITAL_NOUNS: ReadonlySet<string> = new Set(['capital']);
export const HEADQUARTERS_WORDS: ReadonlySet<string> = new Set(['headquarters', 'headquartered', 'seat']);
/** Words that say where a place lies, before "in": "Tarvik is located (in)", "Dunmora lies (in)". */
export const PLACE_LINKS: readonly (readonly string[])[] = [['is', 'located'], ['was', 'located'], ['is', 'situated'], ['lies']];
export const PLACE_KIND_NOUNS: ReadonlySet<string> = new Set(['town', 'city', 'village', 'district', 'province', 'region', 'county', 'port', 'state']);
export const PART_NOUNS: ReadonlySet<string> = new Set([
  'territory',
  'part',
  'province',
  'state',
  'region',
  'district',
  'city',
  'island',
  'commonwealth',
  'dependency',
]);
