// Cross-document resolution through the API: an entity named differently by two articles is one
// entity, found by either article's id, and it says which forms were joined and why.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphStore } from '../../src/graph/index.js';
import { gazetteer } from '../../src/ingest/model/gazetteer.js';
import { type Harness, startHarness } from './harness.js';

const INGEST = `mutation($text: String!) { ingestDocument(input: { text: $text }) { alreadyPresent } }`;
const ENTITY = `query($id: ID!) {
  entity(id: $id) { id name aliases resolutions { id name reason document detail } }
}`;

interface EntityData {
  entity: {
    id: string;
    name: string;
    aliases: string[];
    resolutions: { id: string; name: string; reason: string; document: string; detail: string }[];
  } | null;
}

function article(file: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/cross-doc/${file}`, import.meta.url)), 'utf8');
}

describe('Entity.resolutions: a person named in two transliterations', () => {
  let api: Harness;
  beforeAll(async () => {
    // As the server wires it: the gazetteer is the authority on country names.
    api = await startHarness(new GraphStore({ authority: gazetteer() }));
    for (const file of ['04-amman-trade.txt', '05-washington-talks.txt']) {
      const result = await api.run(INGEST, { text: article(file) });
      expect(result.errors).toBeUndefined();
    }
  });
  afterAll(() => api.stop());

  it('finds the one entity by the id of either form and lists the joined form with its reason', async () => {
    const second = await api.run<EntityData>(ENTITY, { id: 'person:youssef-al-tamimi' });
    expect(second.errors).toBeUndefined();
    const entity = second.data?.entity;
    expect(entity).toMatchObject({ id: 'person:yusuf-al-tamimi', name: 'Yusuf Al-Tamimi' });
    expect(entity?.aliases).toContain('Youssef al-Tamimi');
    expect(entity?.resolutions).toEqual([expect.objectContaining({ id: 'person:youssef-al-tamimi', name: 'Youssef al-Tamimi', reason: 'PERSON_NAME' })]);
    const document = entity?.resolutions[0]?.document ?? '';
    const documentTitle = await api.run<{ document: { title: string } | null }>(`query($id: ID!) { document(id: $id) { title } }`, { id: document });
    expect(documentTitle.data?.document?.title).toBe('Jordanian minister holds talks in Washington');
  });

  it('lists nothing for an entity no other form joined', async () => {
    const result = await api.run<EntityData>(ENTITY, { id: 'country:jordan' });
    expect(result.data?.entity?.resolutions).toEqual([]);
  });
});
