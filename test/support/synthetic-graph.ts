// A generated news graph for the browser tests: communities of entities with invented names, dense
// inside and sparse between, one dated article per community; plus a chain of four entities linked
// only to each other, so the path between its ends is known (three steps, one evidence sentence each).
import { type EntityType, type Extraction, type RelationType, entityId } from '../../src/domain/index.js';
import { type EntitySketch, type RelationSketch, buildExtraction } from '../graph/build-extraction.js';

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vo', 'dun', 'bel', 'sar', 'ni', 'or', 'quen', 'zu', 'pha', 'ter', 'gil', 'mar', 'ost'];
const TYPES: readonly EntityType[] = ['PERSON', 'PERSON', 'PERSON', 'ORGANIZATION', 'GOVERNMENT_BODY', 'CITY', 'COUNTRY', 'ALLIANCE'];
const PREDICATES: readonly RelationType[] = ['MET_WITH', 'MEMBER_OF', 'LEADS', 'LOCATED_IN', 'REQUESTED', 'ALLIED_WITH', 'OPPOSES', 'SANCTIONED'];

/** The chain whose ends the path test joins, from start to end. */
export const CHAIN: readonly EntitySketch[] = [
  { name: 'Quillon Astery', type: 'PERSON' },
  { name: 'Brennic Harbour Authority', type: 'ORGANIZATION' },
  { name: 'Velmora', type: 'CITY' },
  { name: 'Republic of Ostrava Minor', type: 'COUNTRY' },
];
export const CHAIN_IDS = CHAIN.map((e) => entityId(e.type, e.name));

/** A deterministic pseudo-random sequence (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function nameOf(n: number, next: () => number): string {
  const word = (parts: number): string => {
    let w = '';
    for (let i = 0; i < parts; i += 1) w += SYLLABLES[Math.floor(next() * SYLLABLES.length)] ?? 'ka';
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  // The number keeps names unique; the words make their lengths vary like real names.
  return `${word(2)} ${word(1 + Math.floor(next() * 2))} ${n}`;
}

/**
 * `communities` articles with `perCommunity` entities each and about `relationsPerEntity` relations
 * per entity (one in ten to another community), then the chain's article.
 */
export function syntheticGraph(communities = 25, perCommunity = 40, relationsPerEntity = 3): Extraction[] {
  const next = random(42);
  const entities: EntitySketch[][] = [];
  for (let c = 0; c < communities; c += 1) {
    const members: EntitySketch[] = [];
    for (let i = 0; i < perCommunity; i += 1) {
      members.push({ name: nameOf(c * perCommunity + i, next), type: TYPES[Math.floor(next() * TYPES.length)] ?? 'PERSON' });
    }
    entities.push(members);
  }
  const pick = (list: readonly EntitySketch[]): EntitySketch => {
    // Skewed towards the first members, so each community has hubs, as news graphs do.
    const index = Math.floor(list.length * next() ** 2.2);
    return list[index] ?? list[0] ?? { name: 'Nobody', type: 'PERSON' };
  };
  const extractions: Extraction[] = [];
  for (let c = 0; c < communities; c += 1) {
    const members = entities[c] ?? [];
    const extra = new Map<string, EntitySketch>();
    const sentences: string[] = [];
    const relations: RelationSketch[] = [];
    const seen = new Set<string>();
    while (relations.length < members.length * relationsPerEntity) {
      const subject = relations.length < members.length ? (members[relations.length] ?? pick(members)) : pick(members);
      const other = next() < 0.1 ? pick(entities[Math.floor(next() * communities)] ?? members) : pick(members);
      const key = `${subject.name}|${other.name}`;
      if (other.name === subject.name || seen.has(key)) continue;
      seen.add(key);
      if (!members.includes(other)) extra.set(other.name, other);
      const predicate = PREDICATES[Math.floor(next() * PREDICATES.length)] ?? 'MET_WITH';
      relations.push({
        subject: entityId(subject.type, subject.name),
        predicate,
        object: entityId(other.type, other.name),
        sentence: sentences.length,
        confidence: Math.round((0.4 + 0.6 * next()) * 100) / 100,
      });
      sentences.push(`${subject.name} ${predicate.toLowerCase().replace(/_/g, ' ')} ${other.name}.`);
    }
    const extraction = buildExtraction({ sentences, entities: [...members, ...extra.values()], relations });
    const day = String(1 + (c % 28)).padStart(2, '0');
    extractions.push({ ...extraction, document: { ...extraction.document, title: `Synthetic dispatch ${c}`, publishedAt: `2022-0${1 + (c % 9)}-${day}` } });
  }
  const chainSentences = [
    'Quillon Astery leads the Brennic Harbour Authority.',
    'The Brennic Harbour Authority is located in Velmora.',
    'Velmora is located in the Republic of Ostrava Minor.',
  ];
  const chainPredicates: RelationType[] = ['LEADS', 'LOCATED_IN', 'LOCATED_IN'];
  const chain = buildExtraction({
    sentences: chainSentences,
    entities: CHAIN.map((e, i) => ({ ...e, sentences: [Math.max(0, i - 1)] })),
    relations: chainPredicates.map((predicate, i) => ({
      subject: CHAIN_IDS[i] ?? '',
      predicate,
      object: CHAIN_IDS[i + 1] ?? '',
      sentence: i,
      confidence: 0.9,
    })),
  });
  extractions.push({ ...chain, document: { ...chain.document, title: 'The Velmora harbour', publishedAt: '2022-02-02' } });
  return extractions;
}
