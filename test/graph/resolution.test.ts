// GraphStore: cross-document resolution on hand-built extractions, so each rule is seen alone:
// which forms join an existing node, which evidence keeps two people apart, and what is recorded.
// The naming authority here is a small table, standing in for the gazetteer.
import { describe, expect, it } from 'vitest';
import { ConflictError, type EntityType, type Extraction } from '../../src/domain/index.js';
import { GraphStore, type NameAuthority, relationsOf, surfaceKey } from '../../src/graph/index.js';
import { type EntitySketch, type RelationSketch, buildExtraction } from './build-extraction.js';

const CANONICAL: Readonly<Record<string, string>> = {
  'republic of veldar': 'Veldar',
  veldar: 'Veldar',
  'united republic of ostrava': 'Ostrava',
  ostrava: 'Ostrava',
  'ostrava republic': 'Ostrava',
};
const AUTHORITY: NameAuthority = {
  canonicalName: (type: EntityType, surface: string) => (type === 'COUNTRY' ? CANONICAL[surfaceKey(surface)] : undefined),
};

let sentenceCounter = 0;
/** One article naming `entities`, with `relations` among them; each article's text is new. */
function article(entities: readonly EntitySketch[], relations: readonly RelationSketch[] = []): Extraction {
  sentenceCounter += 1;
  return buildExtraction({ sentences: [`Article ${sentenceCounter}: ${entities.map((e) => e.name).join(', ')}.`], entities, relations });
}

function storeWith(...extractions: Extraction[]): GraphStore {
  const store = new GraphStore({ authority: AUTHORITY });
  for (const extraction of extractions) store.applyExtraction(extraction);
  return store;
}

function personNodes(store: GraphStore): string[] {
  return store.graph
    .nodes()
    .filter((id) => store.graph.getNodeAttributes(id).type === 'PERSON')
    .sort();
}

/** A person with a role at a country, as an article would give it. */
function personWithRole(name: string, country: string, role: string, predicate: 'HOLDS_ROLE' | 'LEADS' = 'HOLDS_ROLE'): Extraction {
  const person = `person:${name.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  const place = `country:${country.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return article(
    [
      { name, type: 'PERSON' },
      { name: country, type: 'COUNTRY' },
    ],
    [{ subject: person, predicate, object: place, role }],
  );
}

describe('GraphStore: persons across articles', () => {
  it('joins a second transliteration with a compatible role and records why', () => {
    const first = personWithRole('Aleksandr Orlin', 'Veldar', 'Foreign Minister');
    const second = personWithRole('Alexander Orlin', 'Republic of Veldar', 'Minister');
    const store = storeWith(first);
    const result = store.applyExtraction(second);
    expect(personNodes(store)).toEqual(['person:aleksandr-orlin']);
    expect(result.mergedInto.get('person:alexander-orlin')).toBe('person:aleksandr-orlin');
    expect(store.resolutionOf('person:alexander-orlin')).toMatchObject({ into: 'person:aleksandr-orlin', reason: 'PERSON_NAME', document: second.document.id });
    expect(store.graph.getNodeAttributes('person:aleksandr-orlin').aliases).toContain('Alexander Orlin');
    // The second article's role edge points at the joined person and the joined country.
    expect(
      relationsOf(store, { entity: 'person:alexander-orlin' })
        .map((r) => [r.source, r.predicate, r.target, r.role])
        .sort(),
    ).toEqual([
      ['person:aleksandr-orlin', 'HOLDS_ROLE', 'country:veldar', 'Foreign Minister'],
      ['person:aleksandr-orlin', 'HOLDS_ROLE', 'country:veldar', 'Minister'],
    ]);
  });

  it('joins a person named by an initial and shows the full name from then on', () => {
    const store = storeWith(personWithRole('A. Orlin', 'Veldar', 'Foreign Minister'), personWithRole('Alexander Orlin', 'Veldar', 'Foreign Minister'));
    expect(personNodes(store)).toEqual(['person:a-orlin']);
    expect(store.graph.getNodeAttributes('person:a-orlin')).toMatchObject({ name: 'Alexander Orlin', aliases: ['A. Orlin'] });
  });

  it.each([
    [
      'roles in different countries',
      personWithRole('Sergei Dannat', 'Veldar', 'Energy Minister'),
      personWithRole('Sergey Dannat', 'Ostrava', 'Energy Minister'),
    ],
    ['different roles at one place', personWithRole('Sergei Dannat', 'Veldar', 'Energy Minister'), personWithRole('Sergey Dannat', 'Veldar', 'Football Coach')],
    [
      'different organisations led',
      article(
        [
          { name: 'Sergei Dannat', type: 'PERSON' },
          { name: 'Veldar Rail', type: 'ORGANIZATION' },
        ],
        [{ subject: 'person:sergei-dannat', predicate: 'LEADS', object: 'organization:veldar-rail' }],
      ),
      article(
        [
          { name: 'Sergey Dannat', type: 'PERSON' },
          { name: 'Veldar Steel', type: 'ORGANIZATION' },
        ],
        [{ subject: 'person:sergey-dannat', predicate: 'LEADS', object: 'organization:veldar-steel' }],
      ),
    ],
  ])('keeps close given names apart when the evidence conflicts: %s', (_, first, second) => {
    const store = storeWith(first, second);
    expect(personNodes(store)).toEqual(['person:sergei-dannat', 'person:sergey-dannat']);
    expect(store.resolutionOf('person:sergey-dannat')).toBeUndefined();
  });

  it('joins close given names when only one side has evidence', () => {
    const store = storeWith(personWithRole('Sergei Dannat', 'Veldar', 'Energy Minister'), article([{ name: 'Sergey Dannat', type: 'PERSON' }]));
    expect(personNodes(store)).toEqual(['person:sergei-dannat']);
  });

  it('never joins two given names that differ, whatever the evidence', () => {
    const store = storeWith(personWithRole('John Dannat', 'Veldar', 'Energy Minister'), personWithRole('Mary Dannat', 'Veldar', 'Energy Minister'));
    expect(personNodes(store)).toEqual(['person:john-dannat', 'person:mary-dannat']);
  });

  it('joins an initial that fits two people to neither', () => {
    const store = storeWith(
      article([{ name: 'Alan Dannat', type: 'PERSON' }]),
      article([{ name: 'Adam Dannat', type: 'PERSON' }]),
      article([{ name: 'A. Dannat', type: 'PERSON' }]),
    );
    expect(personNodes(store)).toEqual(['person:a-dannat', 'person:adam-dannat', 'person:alan-dannat']);
  });

  it('follows curators: once two candidates are merged into one, an initial that fitted both joins it', () => {
    const store = storeWith(article([{ name: 'Alan Dannat', type: 'PERSON' }]), article([{ name: 'Adam Dannat', type: 'PERSON' }]));
    store.mergeEntities('person:alan-dannat', ['person:adam-dannat']);
    store.applyExtraction(article([{ name: 'A. Dannat', type: 'PERSON' }]));
    expect(personNodes(store)).toEqual(['person:alan-dannat']);
    expect(store.resolutionOf('person:a-dannat')).toMatchObject({ into: 'person:alan-dannat', reason: 'PERSON_NAME' });
  });

  it('does not join a form whose node already holds a conflicting given name', () => {
    // "A. Dannat" joined Alan; Adam then conflicts with "Alan" although the initial fits.
    const store = storeWith(
      article([{ name: 'Alan Dannat', type: 'PERSON' }]),
      article([{ name: 'A. Dannat', type: 'PERSON' }]),
      article([{ name: 'Adam Dannat', type: 'PERSON' }]),
    );
    expect(personNodes(store)).toEqual(['person:adam-dannat', 'person:alan-dannat']);
  });

  it('leaves the persons of one article as the extractor made them', () => {
    const store = storeWith(
      article([
        { name: 'Aleksandr Orlin', type: 'PERSON' },
        { name: 'Alexander Orlin', type: 'PERSON' },
      ]),
    );
    expect(personNodes(store)).toEqual(['person:aleksandr-orlin', 'person:alexander-orlin']);
  });
});

describe('GraphStore: countries across articles', () => {
  it('joins official and short names the authority knows as one', () => {
    const store = storeWith(article([{ name: 'Veldar', type: 'COUNTRY' }]), article([{ name: 'Republic of Veldar', type: 'COUNTRY' }]));
    expect(store.graph.nodes()).toEqual(['country:veldar']);
    expect(store.resolutionOf('country:republic-of-veldar')).toMatchObject({ into: 'country:veldar', reason: 'GAZETTEER_NAME' });
    expect(store.resolveEntityId('country:republic-of-veldar')).toBe('country:veldar');
  });

  it('joins two names of one country in one article', () => {
    const store = storeWith(
      article(
        [
          { name: 'United Republic of Ostrava', type: 'COUNTRY' },
          { name: 'Ostrava Republic', type: 'COUNTRY' },
        ],
        [{ subject: 'country:united-republic-of-ostrava', predicate: 'ALLIED_WITH', object: 'country:ostrava-republic' }],
      ),
    );
    expect(store.graph.nodes()).toEqual(['country:united-republic-of-ostrava']);
    // A relation between two names of one country would be a loop: it is not added.
    expect(store.graph.size).toBe(0);
  });

  it('keeps official and short names apart without an authority', () => {
    const store = new GraphStore();
    store.applyExtraction(article([{ name: 'Ostrava', type: 'COUNTRY' }]));
    store.applyExtraction(article([{ name: 'United Republic of Ostrava', type: 'COUNTRY' }]));
    expect(store.graph.nodes().sort()).toEqual(['country:ostrava', 'country:united-republic-of-ostrava']);
  });

  it('does not join a name of another type', () => {
    const store = storeWith(article([{ name: 'Veldar', type: 'COUNTRY' }]), article([{ name: 'Republic of Veldar', type: 'ORGANIZATION' }]));
    expect(store.graph.nodes().sort()).toEqual(['country:veldar', 'organization:republic-of-veldar']);
  });
});

describe('GraphStore: resolution and curation', () => {
  it('refuses to merge an id into the node it was resolved into, and forgets resolutions on reset', () => {
    const store = storeWith(personWithRole('Aleksandr Orlin', 'Veldar', 'Minister'), personWithRole('Alexander Orlin', 'Veldar', 'Minister'));
    expect(() => store.mergeEntities('person:aleksandr-orlin', ['person:alexander-orlin'])).toThrow(ConflictError);
    store.reset();
    expect([...store.resolutions()]).toEqual([]);
  });

  it('keeps a resolved id and its resolution with the node after a curator merges that node into another', () => {
    const store = storeWith(
      personWithRole('Aleksandr Orlin', 'Veldar', 'Minister'),
      personWithRole('Alexander Orlin', 'Veldar', 'Minister'),
      article([{ name: 'Sasha Orlin', type: 'PERSON' }]),
    );
    expect(store.resolutionsInto('person:aleksandr-orlin').map((r) => r.id)).toEqual(['person:alexander-orlin']);
    store.mergeEntities('person:sasha-orlin', ['person:aleksandr-orlin']);
    expect(store.resolveEntityId('person:alexander-orlin')).toBe('person:sasha-orlin');
    expect(store.resolutionsInto('person:sasha-orlin').map((r) => r.id)).toEqual(['person:alexander-orlin']);
    expect(store.resolutionsInto('person:aleksandr-orlin')).toEqual([]);
  });

  it('is idempotent: a document applied twice resolves nothing the second time', () => {
    const second = personWithRole('Alexander Orlin', 'Veldar', 'Minister');
    const store = storeWith(personWithRole('Aleksandr Orlin', 'Veldar', 'Minister'), second);
    const again = store.applyExtraction(second);
    expect(again.alreadyPresent).toBe(true);
    expect([...store.resolutions()]).toHaveLength(1);
  });
});
