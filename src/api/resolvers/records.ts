// Fields of `Relation`, `Statement`, `Fact` and `Document` that point at entities: ids in the
// store, entities in the API, looked up through the request's memo (loaders.ts).
import { type EntityType, type Evidence } from '../../domain/index.js';
import { type DocumentRecord, type EntityRecord, type FactRecord, type FigureRecord, type RelationRecord, type StatementRecord } from '../../graph/index.js';
import { type ApiContext } from '../context.js';
import { loadEntities, loadEntity, loadRequiredEntity } from './load.js';

/** Resolvers of `Relation`. */
export const relationResolvers = {
  source: (relation: RelationRecord, _args: unknown, context: ApiContext): EntityRecord => loadRequiredEntity(context, relation.source),
  target: (relation: RelationRecord, _args: unknown, context: ApiContext): EntityRecord => loadRequiredEntity(context, relation.target),
};

/** Resolvers of `Statement`. */
export const statementResolvers = {
  speaker: (statement: StatementRecord, _args: unknown, context: ApiContext): EntityRecord | null => loadEntity(context, statement.speaker),
  reportedBy: (statement: StatementRecord, _args: unknown, context: ApiContext): EntityRecord | null => loadEntity(context, statement.reportedBy),
};

/** Resolvers of `Fact`. */
export const factResolvers = {
  subject: (fact: FactRecord, _args: unknown, context: ApiContext): EntityRecord | null => loadEntity(context, fact.subject),
  attributedTo: (fact: FactRecord, _args: unknown, context: ApiContext): EntityRecord | null => loadEntity(context, fact.evidence.attributedTo ?? null),
  reportedBy: (fact: FactRecord, _args: unknown, context: ApiContext): EntityRecord | null => loadEntity(context, fact.evidence.reportedBy ?? null),
};

/** Resolvers of `Evidence`: its source and agency (entity ids, followed through merges) and its article. */
export const evidenceResolvers = {
  attributedTo: (evidence: Evidence, _args: unknown, context: ApiContext): EntityRecord | null => loadEntity(context, evidence.attributedTo ?? null),
  reportedBy: (evidence: Evidence, _args: unknown, context: ApiContext): EntityRecord | null => loadEntity(context, evidence.reportedBy ?? null),
  article: (evidence: Evidence, _args: unknown, context: ApiContext): DocumentRecord | null => context.loaders.document.get(evidence.document),
  publishedAt: (evidence: Evidence, _args: unknown, context: ApiContext): string | null => context.loaders.document.get(evidence.document)?.publishedAt ?? null,
};

/** Resolvers of `Figure`. */
export const figureResolvers = {
  kind: (figure: FigureRecord): FactRecord['kind'] => figure.fact.kind,
  count: (figure: FigureRecord): number => figure.fact.count,
  attributedTo: (figure: FigureRecord, _args: unknown, context: ApiContext): EntityRecord | null => loadEntity(context, figure.attributedTo),
  reportedBy: (figure: FigureRecord, _args: unknown, context: ApiContext): EntityRecord | null => loadEntity(context, figure.reportedBy),
  article: (figure: FigureRecord, _args: unknown, context: ApiContext): DocumentRecord => {
    const document = context.loaders.document.get(figure.fact.evidence.document);
    if (document === null)
      throw new Error(`Figure.article: fact "${figure.fact.id}" refers to document "${figure.fact.evidence.document}", which is not in the graph.`);
    return document;
  },
  disagrees: (figure: FigureRecord): boolean => figure.disagreesWith.length > 0,
};

/** Resolvers of `Document`. */
export const documentResolvers = {
  entities: (document: DocumentRecord, args: { readonly types?: readonly EntityType[] | null }, context: ApiContext): EntityRecord[] => {
    const entities = loadEntities(context, context.store.entitiesOfDocument(document.id));
    return args.types === undefined || args.types === null || args.types.length === 0 ? entities : entities.filter((e) => args.types?.includes(e.type));
  },
};
