// The name index maps a surface key to the entities that carry it, one id kept as a plain string
// and several as a set. Whatever order entities come, share, drop and give back a name in, a
// lookup answers exactly the entities that carry the name now, in the order they took it.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { type EntityAttrs, type RelationAttrs } from '../../src/graph/attributes.js';
import { NameIndex } from '../../src/graph/indices.js';

const entity = (name: string, aliases: readonly string[] = []): EntityAttrs => ({ name, type: 'PERSON', aliases, mentions: [], documents: [] });

describe('NameIndex', () => {
  it('answers the entities that carry a name through shares, renames and drops', () => {
    const graph = new MultiDirectedGraph<EntityAttrs, RelationAttrs>();
    const names = new NameIndex(graph);
    graph.addNode('a', entity('Anna Velk'));
    expect(names.lookup('anna velk')).toEqual(['a']);
    graph.addNode('b', entity('Tavo Renn', ['Anna Velk']));
    graph.addNode('c', entity('Anna  Velk'));
    expect(names.lookup('Anna Velk')).toEqual(['a', 'b', 'c']);
    graph.replaceNodeAttributes('b', entity('Tavo Renn'));
    expect(names.lookup('Anna Velk')).toEqual(['a', 'c']);
    graph.dropNode('a');
    expect(names.lookup('Anna Velk')).toEqual(['c']);
    graph.replaceNodeAttributes('b', entity('Tavo Renn', ['Anna Velk']));
    expect(names.lookup('Anna Velk')).toEqual(['c', 'b']);
    graph.dropNode('c');
    graph.dropNode('b');
    expect(names.lookup('Anna Velk')).toEqual([]);
    expect(names.lookup('Tavo Renn')).toEqual([]);
    graph.addNode('d', entity('Anna Velk', ['Anna Velk']));
    expect(names.lookup('anna velk')).toEqual(['d']);
  });
});
