// Hand-built extractions and a store snapshot for the persistence tests: small documents that share
// entities, so deletion, merging and replay order all have something to show.
import { type Extraction } from '../../../src/domain/index.js';
import { type GraphStore } from '../../../src/graph/index.js';
import { buildExtraction } from '../build-extraction.js';

export const TOKAYEV = 'person:kasim-khomart-tokayev';
export const KAZAKHSTAN = 'country:kazakhstan';
export const RUSSIA = 'country:russia';
export const CSTO = 'alliance:collective-security-treaty-organization';

/** Tokayev leads Kazakhstan and asks the CSTO for help; one statement, one fact. */
export const almaty: Extraction = buildExtraction({
  sentences: ['Kazakh President Kasim Khomart Tokayev addressed the nation.', 'Tokayev asked the CSTO for help.'],
  entities: [
    { name: 'Kasim Khomart Tokayev', type: 'PERSON', aliases: ['Tokayev'], sentences: [0, 1] },
    { name: 'Kazakhstan', type: 'COUNTRY' },
    { name: 'Collective Security Treaty Organization', type: 'ALLIANCE', aliases: ['CSTO'], sentences: [1] },
  ],
  relations: [
    { subject: TOKAYEV, predicate: 'LEADS', object: KAZAKHSTAN, role: 'President' },
    { subject: TOKAYEV, predicate: 'REQUESTED', object: CSTO, sentence: 1 },
  ],
  statements: [{ id: 'st:almaty:1', speaker: TOKAYEV, text: 'as harshly as possible', reportedBy: null }],
  facts: [{ id: 'fact:almaty:1', kind: 'killed', count: 13, subject: null }],
});

/** Kazakhstan again, and Russia, which only this document names. */
export const moscow: Extraction = buildExtraction({
  sentences: ['Kazakhstan thanked Russia for its troops.', 'Russia sent troops to Kazakhstan.'],
  entities: [
    { name: 'Kazakhstan', type: 'COUNTRY', sentences: [0, 1] },
    { name: 'Russia', type: 'COUNTRY', sentences: [0, 1] },
  ],
  relations: [{ subject: RUSSIA, predicate: 'SENT_TROOPS_TO', object: KAZAKHSTAN, sentence: 1 }],
  statements: [{ id: 'st:moscow:1', speaker: RUSSIA, text: 'we will help', reportedBy: null }],
});

/** The same LEADS claim as `almaty`, by the short name, so the relation has two supporting documents. */
export const followUp: Extraction = buildExtraction({
  sentences: ['Tokayev, the president of Kazakhstan, spoke again.', 'Kasim Khomart Tokayev met the CSTO.'],
  entities: [
    { name: 'Kasim Khomart Tokayev', type: 'PERSON', aliases: ['Tokayev'], sentences: [0, 1] },
    { name: 'Kazakhstan', type: 'COUNTRY' },
    { name: 'Collective Security Treaty Organization', type: 'ALLIANCE', aliases: ['CSTO'], sentences: [1] },
  ],
  relations: [
    { subject: TOKAYEV, predicate: 'LEADS', object: KAZAKHSTAN, role: 'President', confidence: 0.9 },
    { subject: TOKAYEV, predicate: 'MET_WITH', object: CSTO, sentence: 1 },
  ],
});

/** A document naming one new country, numbered so many distinct documents can be made. */
export function smallDocument(n: number): Extraction {
  const name = `Republic of Testland ${n}`;
  return buildExtraction({
    sentences: [`${name} held talks with Kazakhstan.`, `Talks number ${n} ended.`],
    entities: [
      { name, type: 'COUNTRY' },
      { name: 'Kazakhstan', type: 'COUNTRY' },
    ],
    relations: [{ subject: `country:republic-of-testland-${n}`, predicate: 'MET_WITH', object: KAZAKHSTAN }],
  });
}

/** Everything observable in a store, in iteration order, to compare two stores. */
export function snapshotStore(store: GraphStore): unknown {
  const nodes: unknown[] = [];
  store.graph.forEachNode((id, attrs) => nodes.push([id, attrs]));
  const edges: unknown[] = [];
  store.graph.forEachEdge((id, attrs, source, target) => edges.push([id, source, target, attrs]));
  return { nodes, edges, statements: [...store.statements()], facts: [...store.facts()], documents: [...store.documents()] };
}
