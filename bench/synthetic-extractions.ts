// Many distinct documents from a few real ones, for storage and memory benchmarks: copy k of an
// article gets its own text (so its own document id) and its own variant of the people,
// organisations and events it names, while countries, cities, regions and alliances stay shared,
// as in a real news stream where the same places recur and the cast changes.
import { type EntityType, type Evidence, type Extraction, documentId } from '../src/domain/index.js';

/** Entity types whose entities get a variant per copy; the others are shared by every copy. */
const VARIED: ReadonlySet<EntityType> = new Set(['PERSON', 'ORGANIZATION', 'GOVERNMENT_BODY', 'EVENT', 'NEWS_AGENCY']);

/** `count` extractions made from `base`, each entity of a varied type in one of `variants` variants. */
export function syntheticExtractions(base: readonly Extraction[], count: number, variants = 40): Extraction[] {
  const out: Extraction[] = [];
  for (let k = 0; k < count; k += 1) {
    const source = base[k % base.length];
    if (source === undefined) throw new Error('syntheticExtractions: no base extraction.');
    out.push(variantOf(source, k, Math.floor(k / base.length) % variants));
  }
  return out;
}

function variantOf(source: Extraction, k: number, variant: number): Extraction {
  // Appended, not prepended, so the offsets of sentences and evidence stay true.
  const text = `${source.document.text}\nDispatch ${k}.`;
  const docId = documentId(text);
  const varied = new Set(source.entities.filter((e) => VARIED.has(e.type)).map((e) => e.id));
  const id = (entity: string): string => (varied.has(entity) ? `${entity}-v${variant}` : entity);
  const nullableId = (entity: string | null): string | null => (entity === null ? null : id(entity));
  const name = (surface: string, entity: string): string => (varied.has(entity) ? `${surface} V${variant}` : surface);
  const evidence = (e: Evidence): Evidence => ({ ...e, document: docId });
  return {
    document: { ...source.document, id: docId, text },
    entities: source.entities.map((e) => ({
      ...e,
      id: id(e.id),
      name: name(e.name, e.id),
      aliases: e.aliases.map((a) => name(a, e.id)),
      mentions: e.mentions.map((m) => ({ ...m, evidence: evidence(m.evidence) })),
    })),
    relations: source.relations.map((r) => ({ ...r, id: `${docId}:${r.id}`, subject: id(r.subject), object: id(r.object), evidence: evidence(r.evidence) })),
    statements: source.statements.map((s) => ({
      ...s,
      id: `${docId}:${s.id}`,
      speaker: nullableId(s.speaker),
      reportedBy: nullableId(s.reportedBy),
      evidence: evidence(s.evidence),
    })),
    facts: source.facts.map((f) => ({ ...f, id: `${docId}:${f.id}`, subject: nullableId(f.subject), evidence: evidence(f.evidence) })),
  };
}
