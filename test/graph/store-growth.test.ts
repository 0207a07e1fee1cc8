// GraphStore: the records of an entity named in many documents grow in place, and never by
// writing into the extractions they came from (which storage and callers keep).
import { describe, expect, it } from 'vitest';
import { GraphStore, relationKey } from '../../src/graph/index.js';
import { buildExtraction } from './build-extraction.js';
import { KAZAKHSTAN, RUSSIA, TOKAYEV, almaty, followUp, moscow, smallDocument } from './persistence/fixtures.js';

describe('GraphStore: records that grow', () => {
  it('leaves the extractions it applied untouched', () => {
    const before = JSON.stringify([almaty, followUp, moscow]);
    const store = new GraphStore();
    for (const extraction of [almaty, followUp, moscow]) store.applyExtraction(extraction);
    expect(JSON.stringify([almaty, followUp, moscow])).toBe(before);
  });

  it('gathers the mentions, documents and evidence of every document, once each', () => {
    const store = new GraphStore();
    const documents = [almaty, followUp, ...Array.from({ length: 50 }, (_, i) => smallDocument(i))];
    for (const extraction of documents) store.applyExtraction(extraction);
    store.applyExtraction(almaty);
    const kazakhstan = store.graph.getNodeAttributes(KAZAKHSTAN);
    expect(kazakhstan.documents).toEqual(documents.map((d) => d.document.id));
    expect(kazakhstan.mentions).toHaveLength(documents.flatMap((d) => d.entities.filter((e) => e.id === KAZAKHSTAN).flatMap((e) => e.mentions)).length);
    expect(store.graph.getEdgeAttributes(relationKey(TOKAYEV, 'LEADS', KAZAKHSTAN, 'President')).evidence.map((e) => e.document)).toEqual([
      almaty.document.id,
      followUp.document.id,
    ]);
  });

  it('keeps the name index current when a document adds an alias', () => {
    const store = new GraphStore();
    store.applyExtraction(moscow);
    expect(store.names.lookup('Kazakh Republic')).toEqual([]);
    store.applyExtraction({ ...almaty, entities: almaty.entities.map((e) => (e.id === KAZAKHSTAN ? { ...e, aliases: ['Kazakh Republic'] } : e)) });
    expect(store.names.lookup('Kazakh Republic')).toEqual([KAZAKHSTAN]);
  });
  it("keeps a relation a document states in many sentences once per sentence, and another document's after them", () => {
    const sentences = Array.from({ length: 1_500 }, (_, i) => `Russia sent troops to Kazakhstan, report ${i} said.`);
    const relations = sentences.flatMap((_, sentence) =>
      [0, 1].map(() => ({ subject: RUSSIA, predicate: 'SENT_TROOPS_TO' as const, object: KAZAKHSTAN, sentence })),
    );
    const many = buildExtraction({
      sentences,
      entities: [
        { name: 'Russia', type: 'COUNTRY' },
        { name: 'Kazakhstan', type: 'COUNTRY' },
      ],
      relations,
    });
    const store = new GraphStore();
    store.applyExtraction(many);
    store.applyExtraction(moscow);
    const evidence = store.graph.getEdgeAttributes(relationKey(RUSSIA, 'SENT_TROOPS_TO', KAZAKHSTAN, null)).evidence;
    expect(evidence).toHaveLength(1_501);
    expect(evidence.slice(0, 1_500).map((e) => e.sentence)).toEqual(sentences.map((_, i) => i));
    expect(evidence.at(-1)?.document).toBe(moscow.document.id);
  });
});
