// Attribution of claims: who a sentence says a claim comes from ("according to the Interior
// Ministry", "police said", "the office has put the toll at thirteen", "Sources from the office
// told ...") and which news agency carried it ("Interfax reported", "told the news agency
// Sputnik", "citing ..."). Read once per sentence and written next to the evidence of the
// relations and casualty figures read in that sentence. A sentence whose speaker is a pronoun
// ("They also pointed out ...") takes the attribution of the sentence before it in the paragraph.
// Terminology: *attributedTo* is the source of the claim; *reportedBy* the agency that carried it.
// A relation whose sentence denies it ("France did not send troops", "Russia denied sending
// troops") is marked DENIED, so it is kept beside the asserted claim instead of merging into it.
import { PLACE_TYPES } from '../domain/entity-type.js';
import { type Evidence } from '../domain/extraction.js';
import { type RelationType } from '../domain/relation-type.js';
import { type AnalysedSentence } from './03-mentions.js';
import { type EntityDraft, draftId } from './04-entities.js';
import { type ReadContext } from './context.js';
import { describedBody, describedHead } from './rules/descriptions.js';
import { referentEndingAt, referentStartingAt, resolvedMentions, tokenQuoted } from './sentence-tools.js';

/** Verbs by which a sentence credits its claim to a source: "X said", "X reported", "X put the toll at". */
const ATTRIBUTION_VERBS = new Set([
  'said',
  'says',
  'say',
  'reported',
  'reports',
  'report',
  'claimed',
  'claims',
  'claim',
  'told',
  'tells',
  'announced',
  'announces',
  'stated',
  'states',
  'confirmed',
  'confirms',
  'added',
  'alleged',
  'alleges',
  'estimated',
  'estimates',
  'put',
  'puts',
  'pointed',
  'noted',
  'insisted',
  'warned',
  'denied',
  'denies',
  'accused',
  'accuses',
  'quoted',
  'cited',
]);
/** Words between a subject and its verb: "police have also said", "the ministry later confirmed". */
const BETWEEN_SUBJECT_AND_VERB = new Set([
  'has',
  'have',
  'had',
  'also',
  'later',
  'earlier',
  'previously',
  'separately',
  'again',
  'on',
  'then',
  'further',
  'officially',
]);
/** Words that stand before a source's name: "according to the ministry", "said a spokesman for the police". */
const ARTICLES = new Set(['the', 'a', 'an', 'local', 'state', "country's", 'its', 'their']);
/** "Sources from the office", "officials at the ministry": the body after these words is the source. */
const SOURCE_NOUNS = new Set(['sources', 'source', 'officials', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'representatives', 'representative']);
const SOURCE_LINKS = new Set(['from', 'at', 'in', 'of', 'for', 'close', 'to', 'within']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'outside', 'across']);
/**
 * Relations that are claims about events, which sources disagree on; the others (roles, places,
 * membership) are background the sentence states in passing, not what its source asserts.
 */
const CLAIM_PREDICATES: ReadonlySet<RelationType> = new Set(['REQUESTED', 'SENT_TROOPS_TO', 'ALLIED_WITH', 'OPPOSES', 'MET_WITH', 'SANCTIONED']);

/** Who a sentence credits its claims to; null where it does not say. */
export interface ClaimAttribution {
  /** Entity id of the source of the claim. */
  readonly attributedTo: string | null;
  /** Entity id of the news agency that carried it. */
  readonly reportedBy: string | null;
}

const NOBODY: ClaimAttribution = { attributedTo: null, reportedBy: null };

/**
 * `claims` (casualty figures, or relations of the predicates that are claims about events) with
 * the attribution of the sentence each was read in written onto its evidence; unchanged where the
 * sentence credits nobody.
 */
export function attributeClaims<
  T extends { readonly evidence: Evidence; readonly predicate?: RelationType; readonly subject?: string | null; readonly object?: string },
>(ctx: ReadContext, claims: readonly T[]): T[] {
  const bySentence = attributions(ctx);
  return claims.map((claim) => {
    if (claim.predicate !== undefined && !CLAIM_PREDICATES.has(claim.predicate)) return claim;
    const found = bySentence[claim.evidence.sentence] ?? NOBODY;
    const denied = claim.predicate !== undefined && isDenied(ctx, claim);
    if (found.attributedTo === null && found.reportedBy === null && !denied) return claim;
    return { ...claim, evidence: { ...claim.evidence, ...withoutNulls(found) }, ...(denied ? { polarity: 'DENIED' as const } : {}) };
  });
}

/** Words that deny what follows them in a clause: "did not send", "never sanctioned", "denied sending". */
const NEGATIONS = new Set(['not', "n't", 'never', 'denied', 'denies', 'deny', 'denying', 'refuted', 'refutes', 'rejected', 'rejects', 'dismissed']);

/**
 * True when a negation stands between the first mentions of the relation's two entities in its
 * sentence, outside quotations ("France did not send troops to Mali"). A sentence naming only one
 * of them is not read as denying anything.
 */
function isDenied(ctx: ReadContext, claim: { readonly evidence: Evidence; readonly subject?: string | null; readonly object?: string }): boolean {
  const s = ctx.sentences[claim.evidence.sentence];
  if (s === undefined || claim.subject === undefined || claim.subject === null || claim.object === undefined) return false;
  const mentions = resolvedMentions(ctx, s);
  const subject = mentions.find((m) => draftId(m.entity) === claim.subject)?.mention;
  const object = mentions.find((m) => draftId(m.entity) === claim.object)?.mention;
  if (subject === undefined || object === undefined) return false;
  const [from, to] = subject.first < object.first ? [subject.last, object.first] : [object.last, subject.first];
  for (let i = from; i < to; i++) if (NEGATIONS.has(s.tokens[i]?.lower ?? '') && !tokenQuoted(ctx, s, i)) return true;
  return false;
}

/** The attribution of every sentence of the document, by sentence index. */
export function attributions(ctx: ReadContext): ClaimAttribution[] {
  const out: ClaimAttribution[] = [];
  let previous: { paragraph: number; found: ClaimAttribution } | undefined;
  for (const s of ctx.sentences) {
    let found = readSentence(ctx, s);
    if (found === 'pronoun') found = previous?.paragraph === s.span.paragraph || previous?.paragraph === s.span.paragraph - 1 ? previous.found : NOBODY;
    out[s.span.index] = found;
    if (found.attributedTo !== null || found.reportedBy !== null) previous = { paragraph: s.span.paragraph, found };
  }
  return out;
}

/** What one sentence says about its source; 'pronoun' when a pronoun is the speaker. */
function readSentence(ctx: ReadContext, s: AnalysedSentence): ClaimAttribution | 'pronoun' {
  const tokens = s.tokens;
  let source: EntityDraft | undefined;
  let agency: EntityDraft | undefined;
  let pronoun = false;
  // An agency that is itself the source ("Interfax reported that ...") is both; one a source
  // talked to ("told Reuters", "quoted by AFP") only carried the claim.
  const credit = (entity: EntityDraft | undefined): void => {
    if (entity === undefined) return;
    if (entity.type === 'NEWS_AGENCY') agency ??= entity;
    source ??= entity;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (tokenQuoted(ctx, s, i)) continue;
    const word = tokens[i]?.lower ?? '';
    // "according to X", "citing X", "quoted by X", "told X"
    if ((word === 'according' && tokens[i + 1]?.lower === 'to') || word === 'citing') {
      const named = nameAfter(ctx, s, word === 'citing' ? i + 1 : i + 2);
      // "Interfax reported, citing the ministry": the ministry is the source, Interfax carried it.
      if (word === 'citing' && source?.type === 'NEWS_AGENCY' && named !== undefined && named.type !== 'NEWS_AGENCY') source = named;
      else credit(named);
      continue;
    }
    if (word === 'quoted' && tokens[i + 1]?.lower === 'by') {
      const carrier = nameAfter(ctx, s, i + 2);
      if (carrier?.type === 'NEWS_AGENCY') agency ??= carrier;
      continue;
    }
    if (!ATTRIBUTION_VERBS.has(word)) continue;
    if (word === 'told') {
      const listener = nameAfter(ctx, s, i + 1);
      if (listener?.type === 'NEWS_AGENCY') agency ??= listener;
    }
    const subject = subjectBefore(ctx, s, i);
    if (subject === 'pronoun') pronoun = true;
    else if (subject !== undefined) credit(subject);
    // ", said the Interior Ministry": the source after the verb.
    else if (tokens[i - 1]?.text === ',' || i === 0) credit(nameAfter(ctx, s, i + 1));
  }
  if (source === undefined && agency === undefined) return pronoun ? 'pronoun' : NOBODY;
  return { attributedTo: source === undefined ? null : draftId(source), reportedBy: agency === undefined ? null : draftId(agency) };
}

/** The subject of the verb at `verb`: a name, a description ("the city police"), "sources from X", or a pronoun. */
function subjectBefore(ctx: ReadContext, s: AnalysedSentence, verb: number): EntityDraft | 'pronoun' | undefined {
  let i = verb - 1;
  while (i >= 0 && BETWEEN_SUBJECT_AND_VERB.has(s.tokens[i]?.lower ?? '')) i--;
  if (i < 0) return undefined;
  const word = s.tokens[i]?.lower ?? '';
  if (PRONOUNS.has(word)) return 'pronoun';
  const referent = referentEndingAt(ctx, s, i);
  // "Doctors at the hospital in X said": a place after a preposition only says where the speakers are.
  if (referent !== undefined && PLACE_PREPOSITIONS.has(s.tokens[referent.first - 1]?.lower ?? '') && PLACE_TYPES.has(referent.entity.type)) return undefined;
  const named = referent?.entity;
  if (named !== undefined) return named;
  const head = describedHead(word);
  if (head !== undefined) return describedBody(ctx, head, s.span.index + 1);
  if (SOURCE_NOUNS.has(word)) return undefined;
  // "Sources from the office told ...": look back over the source noun to the body it names.
  for (let j = i; j >= Math.max(0, i - 6); j--) {
    if (!SOURCE_NOUNS.has(s.tokens[j]?.lower ?? '')) continue;
    if (!SOURCE_LINKS.has(s.tokens[j + 1]?.lower ?? '')) return undefined;
    const named = referentEndingAt(ctx, s, i)?.entity;
    if (named !== undefined) return named;
    const body = describedHead(word);
    return body === undefined ? undefined : describedBody(ctx, body, s.span.index + 1);
  }
  return undefined;
}

/** The entity named from token `from`, after articles and "news agency" words: "the Russian news agency Sputnik". */
function nameAfter(ctx: ReadContext, s: AnalysedSentence, from: number): EntityDraft | undefined {
  for (let i = from; i < Math.min(s.tokens.length, from + 6); i++) {
    const found = referentStartingAt(ctx, s, i)?.entity;
    // A demonym before the name ("the Russian news agency") names a country, not the source.
    if (found !== undefined && !(found.type === 'COUNTRY' && /^\p{Lu}/u.test(s.tokens[i]?.text ?? '') && isDescriptorNext(s, i + 1))) return found;
    if (found !== undefined) continue;
    const word = s.tokens[i]?.lower ?? '';
    const head = describedHead(word);
    // "the news agency Sputnik": the name that follows the description is the source.
    const named = /^\p{Lu}/u.test(s.tokens[i + 1]?.text ?? '');
    if (head !== undefined && !named && !isDescriptorNext(s, i + 1)) return describedBody(ctx, head, s.span.index + 1);
    if (!ARTICLES.has(word) && word !== 'news' && head === undefined) return undefined;
  }
  return undefined;
}

function isDescriptorNext(s: AnalysedSentence, i: number): boolean {
  const word = s.tokens[i]?.lower ?? '';
  return word === 'news' || word === 'agency' || word === 'state' || word === 'media';
}

function withoutNulls(found: ClaimAttribution): Partial<ClaimAttribution> {
  return {
    ...(found.attributedTo === null ? {} : { attributedTo: found.attributedTo }),
    ...(found.reportedBy === null ? {} : { reportedBy: found.reportedBy }),
  };
}
