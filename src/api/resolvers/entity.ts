// Fields of `Entity` that are not plain attributes of the node.
import { type Evidence, type RelationType } from '../../domain/index.js';
import {
  type Direction,
  type DocumentRecord,
  type EntityRecord,
  type RelationRecord,
  type StatementRecord,
  getDocument,
  listStatements,
  relationsOf,
} from '../../graph/index.js';
import { type ApiContext } from '../context.js';

interface RelationsArgs {
  readonly predicate?: RelationType | null;
  readonly direction?: Direction | null;
}

/** Resolvers of `Entity`. */
export const entityResolvers = {
  mentions: (entity: EntityRecord): { count: number; sentences: Evidence[] } => ({
    count: entity.mentions.length,
    sentences: entity.mentions.map((m) => m.evidence),
  }),

  documents: (entity: EntityRecord, _args: unknown, context: ApiContext): DocumentRecord[] =>
    entity.documents.flatMap((id) => getDocument(context.store, { id }) ?? []),

  relations: (entity: EntityRecord, args: RelationsArgs, context: ApiContext): RelationRecord[] =>
    relationsOf(context.store, { entity: entity.id, ...args }),

  statements: (entity: EntityRecord, _args: unknown, context: ApiContext): StatementRecord[] =>
    listStatements(context.store, { speaker: entity.id }),
};
