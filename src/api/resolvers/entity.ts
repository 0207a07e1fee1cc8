// Fields of `Entity` that are not plain attributes of the node.
import { type EntityType, type Evidence, type RelationType } from '../../domain/index.js';
import {
  type Centrality,
  type CommunityRecord,
  type DateRange,
  type Direction,
  type DocumentOrderField,
  type DocumentRecord,
  type EntityRecord,
  type LazyConnection,
  type NeighborPage,
  type Order,
  type RelationFilter,
  type RelationOrderField,
  type RelationRecord,
  type Resolution,
  type StatementOrderField,
  type StatementRecord,
  centralityOf,
  communityOf,
  listDocuments,
  listStatements,
  neighbors,
  pageFrom,
  pageSize,
  relationsOf,
} from '../../graph/index.js';
import { type ApiContext } from '../context.js';

interface RelationsArgs {
  readonly predicate?: RelationType | null;
  readonly direction?: Direction | null;
  readonly filter?: RelationFilter | null;
  readonly orderBy?: Order<RelationOrderField> | null;
  readonly includeRejected?: boolean | null;
}

interface NeighborsArgs {
  readonly depth?: number | null;
  readonly predicates?: readonly RelationType[] | null;
  readonly types?: readonly EntityType[] | null;
  readonly first?: number | null;
  readonly after?: string | null;
}

/** Resolvers of `Mentions`, on the entity whose mentions they are. */
export const mentionsResolvers = {
  count: (entity: EntityRecord): number => entity.mentions.length,
  /** In reading order; the first `first` of them when it is given (an entity named thousands of times need not send them all). */
  sentences: (entity: EntityRecord, args: { readonly first?: number | null }): Evidence[] => {
    const mentions = args.first === undefined || args.first === null ? entity.mentions : entity.mentions.slice(0, pageSize(args.first, 'Mentions.sentences'));
    return mentions.map((m) => m.evidence);
  },
};

/** Resolvers of `Entity`. */
export const entityResolvers = {
  /** The entity itself: `Mentions` reads its mentions (mentionsResolvers). */
  mentions: (entity: EntityRecord): EntityRecord => entity,

  documents: (
    entity: EntityRecord,
    args: { readonly published?: DateRange | null; readonly orderBy?: Order<DocumentOrderField> | null },
    context: ApiContext,
  ): DocumentRecord[] => listDocuments(context.store, { ...args, mentions: entity.id }),

  relations: (entity: EntityRecord, args: RelationsArgs, context: ApiContext): RelationRecord[] => relationsOf(context.store, { entity: entity.id, ...args }),

  relationConnection: (
    entity: EntityRecord,
    args: RelationsArgs & { readonly first?: number | null; readonly after?: string | null },
    context: ApiContext,
  ): LazyConnection<RelationRecord> => {
    const relations = relationsOf(context.store, { entity: entity.id, ...args });
    return pageFrom(
      () => relations,
      { ...args, where: 'Entity.relationConnection' },
      (r) => r,
      (r) => r.id,
      () => relations.length,
    );
  },

  statements: (
    entity: EntityRecord,
    args: { readonly published?: DateRange | null; readonly orderBy?: Order<StatementOrderField> | null },
    context: ApiContext,
  ): StatementRecord[] => listStatements(context.store, { ...args, speaker: entity.id }),

  neighbors: (entity: EntityRecord, args: NeighborsArgs, context: ApiContext): NeighborPage | null => neighbors(context.store, { entity: entity.id, ...args }),

  centrality: (entity: EntityRecord, _args: unknown, context: ApiContext): Centrality | null => centralityOf(context.store, { id: entity.id }),

  community: (entity: EntityRecord, _args: unknown, context: ApiContext): CommunityRecord | null => communityOf(context.store, { id: entity.id }),

  resolutions: (entity: EntityRecord, _args: unknown, context: ApiContext): readonly Resolution[] => context.store.resolutionsInto(entity.id),
};
