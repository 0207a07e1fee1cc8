// The extraction as the evaluation contract prints it (`kg extract`): entities, relations,
// statements and facts, with evidence kept alongside. See ../shared/eval/README.md.
import { type Extraction } from '../domain/extraction.js';

/** The JSON object `kg extract FILE` prints for one article. */
export function toContract(extraction: Extraction): Record<string, unknown> {
  return {
    document: { id: extraction.document.id, title: extraction.document.title, sentences: extraction.document.sentences.length },
    entities: extraction.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      mentions: e.mentions.length,
      evidence: e.mentions.slice(0, 3).map((m) => m.evidence),
    })),
    relations: extraction.relations.map((r) => ({
      subject: r.subject,
      predicate: r.predicate,
      object: r.object,
      ...(r.role ? { role: r.role } : {}),
      rule: r.rule,
      confidence: r.confidence,
      evidence: r.evidence,
    })),
    statements: extraction.statements.map((s) => ({ speaker: s.speaker, text: s.text, reportedBy: s.reportedBy, evidence: s.evidence })),
    facts: extraction.facts.map((f) => ({ kind: f.kind, count: f.count, subject: f.subject, evidence: f.evidence })),
  };
}
