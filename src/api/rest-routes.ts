// Plain JSON routes beside GraphQL: the entity lookup (the raw-HTTP side of the GraphQL vs HTTP
// benchmark, same data as `entity(id)`), the explorer's overview kept per graph version, and the
// health check.
import express from 'express';
import { ErrorCode } from '../domain/index.js';
import { type ReadonlyStore, getEntity, graphStats, relationsOf } from '../graph/index.js';
import { errorBody } from './http-errors.js';
import { type OverviewCache, overviewParams } from './overview-cache.js';

/**
 * `GET /api/entities/:id`: the entity as `entity(id) { id name type aliases documents
 * mentions { count } relations { id predicate role source target rule confidence } }` would give it,
 * endpoints as ids; 404 with a NOT_FOUND error when there is no such entity.
 * `GET /api/overview?limit=N`: the GraphQL response of `OVERVIEW_QUERY` (the N most central
 * entities, 400 by default, and every relation among them), kept per graph version.
 * `GET /healthz`: status and sizes of the store.
 */
export function restRoutes(store: ReadonlyStore, overview: OverviewCache): express.Router {
  const router = express.Router();
  router.get('/api/overview', (req, res, next) => {
    const params = overviewParams.safeParse(req.query);
    if (!params.success) {
      const problem = params.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      res.status(400).json(errorBody(`GET /api/overview: ${problem}`, ErrorCode.INVALID_INPUT));
      return;
    }
    overview.answer(params.data.limit).then((json) => res.type('application/json').send(json), next);
  });
  router.get('/api/entities/:id', (req, res) => {
    const entity = getEntity(store, { id: req.params.id });
    if (entity === null) {
      res.status(404).json(errorBody(`GET /api/entities: no entity "${req.params.id}".`, ErrorCode.NOT_FOUND));
      return;
    }
    res.json({
      id: entity.id,
      name: entity.name,
      type: entity.type,
      aliases: entity.aliases,
      documents: entity.documents,
      mentions: { count: entity.mentions.length },
      relations: relationsOf(store, { entity: entity.id }).map((r) => ({
        id: r.id,
        predicate: r.predicate,
        role: r.role,
        source: r.source,
        target: r.target,
        rule: r.rule,
        confidence: r.confidence,
      })),
    });
  });
  router.get('/healthz', (_req, res) => {
    const stats = graphStats(store);
    res.json({ status: 'ok', version: store.version, documents: stats.documents, entities: stats.entities, relations: stats.relations });
  });
  return router;
}
