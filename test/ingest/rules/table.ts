// Table tests for relation rules: each rule gets sentences it must read (with the relation expected)
// and near misses it must not, all with invented names. A row names the subject and object by any of
// their surface forms; a miss fails when the relation is found by any rule.
import { describe, expect, it } from 'vitest';
import { type RelationType } from '../../../src/domain/relation-type.js';
import { extract } from '../../../src/ingest/index.js';
import { type RuleName } from '../../../src/ingest/rules/registry.js';

/** [text, subject, predicate, object]. */
export type Row = readonly [string, string, RelationType, string];

export interface Found {
  readonly subject: string;
  readonly predicate: RelationType;
  readonly object: string;
  readonly rule: string;
}

/** The relations of a text, with the names and aliases of their ends. */
export function relationsOf(text: string): { relations: Found[]; names: Map<string, string[]> } {
  const result = extract({ text });
  const names = new Map(result.entities.map((e) => [e.id, [e.name, ...e.aliases].map((n) => n.toLowerCase())]));
  const relations = result.relations.map((r) => ({ subject: r.subject, predicate: r.predicate, object: r.object, rule: r.rule }));
  return { relations, names };
}

/** The relations of the text that match a row (by any surface form of either end), with their rules. */
export function matching(row: Row): Found[] {
  const [text, subject, predicate, object] = row;
  const { relations, names } = relationsOf(text);
  const named = (id: string, name: string): boolean => (names.get(id) ?? []).includes(name.toLowerCase());
  return relations.filter((r) => r.predicate === predicate && named(r.subject, subject) && named(r.object, object));
}

/** A readable summary of what a text gave, for failure messages. */
export function summary(text: string): string {
  const { relations, names } = relationsOf(text);
  return relations.map((r) => `${names.get(r.subject)?.[0]} ${r.predicate} ${names.get(r.object)?.[0]} (${r.rule})`).join('; ');
}

/** The table test of one rule. */
export function ruleTable(rule: RuleName, table: { reads: readonly Row[]; misses: readonly Row[] }): void {
  describe(`relation rule ${rule}`, () => {
    it.each(table.reads)('reads "%s" as %s %s %s', (...row) => {
      const found = matching(row);
      expect(
        found.map((f) => f.rule),
        summary(row[0]),
      ).toContain(rule);
    });
    it.each(table.misses)('does not read "%s" as %s %s %s', (...row) => {
      expect(matching(row), summary(row[0])).toEqual([]);
    });
  });
}
