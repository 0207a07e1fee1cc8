// Scores an extraction against a hand-made gold file. The same metric as the project's shared
// scorer (../shared/eval/score.mjs, vendored as test/support/shared-score.mjs, which a test keeps
// in agreement with this port), plus precision and recall per relation type, so anyone can see
// where extraction is weak.

export interface GoldEntity {
  readonly name: string;
  readonly type: string;
  readonly aliases?: readonly string[];
}

export interface GoldRelation {
  readonly subject: string;
  readonly predicate: string;
  readonly object: string | null;
  readonly quote?: string;
  readonly alt?: readonly string[];
  readonly count?: number;
  readonly kind?: string;
}

export interface Gold {
  readonly entities: readonly GoldEntity[];
  readonly relations: readonly GoldRelation[];
}

/** The contract `kg extract` prints, as far as scoring reads it. */
export interface SystemOutput {
  readonly entities: readonly { id: string; name: string; type: string; aliases?: readonly string[] }[];
  readonly relations: readonly { subject: string; predicate: string; object: string }[];
  readonly statements: readonly { speaker: string | null; text: string; reportedBy: string | null }[];
  readonly facts: readonly { kind: string; count: number }[];
}

export interface PRF {
  readonly p: number;
  readonly r: number;
  readonly f: number;
}

/** The four parts of a score. */
export type Part = 'entities' | 'relations' | 'quotes' | 'casualties';

export interface Score {
  readonly entities: PRF & { readonly duplicates: number };
  readonly relations: PRF;
  readonly quotes: PRF & { readonly found: number; readonly attributed: number; readonly gold: number };
  readonly casualties: PRF;
  readonly overall: number;
  /** Which parts count in `overall`: those with an item in the gold or in the output. */
  readonly counts: Readonly<Record<Part, boolean>>;
  /** Per relation type: true positives, system count and gold count (LEADS and HOLDS_ROLE as ROLE). */
  readonly byPredicate: Readonly<Record<string, { tp: number; system: number; gold: number }>>;
}

const norm = (s: unknown): string =>
  String(s ?? '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b`´]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/^\s*the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

const surfaces = (e: { name: string; aliases?: readonly string[] }): string[] => [e.name, ...(e.aliases ?? [])].map(norm).filter(Boolean);

function prf(tpSys: number, tpGold: number, nSys: number, nGold: number): PRF {
  const p = nSys ? tpSys / nSys : nGold ? 0 : 1;
  const r = nGold ? tpGold / nGold : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

const ROLE = new Set(['LEADS', 'HOLDS_ROLE']);
const predKey = (p: string): string => (ROLE.has(p) ? 'ROLE' : p);

/** Score one article's system output against its gold file. */
export function score(gold: Gold, sys: SystemOutput): Score {
  const goldBySurface = new Map<string, GoldEntity>();
  for (const g of gold.entities) for (const s of surfaces(g)) if (!goldBySurface.has(s)) goldBySurface.set(s, g);
  const sysToGold = new Map<string, GoldEntity>();
  const claimed = new Set<string>();
  let typedTP = 0;
  let duplicates = 0;
  for (const e of sys.entities) {
    const g = surfaces(e)
      .map((s) => goldBySurface.get(s))
      .find(Boolean);
    if (!g) continue;
    sysToGold.set(e.id, g);
    if (claimed.has(g.name)) {
      duplicates++;
      continue;
    }
    claimed.add(g.name);
    if (e.type === g.type) typedTP++;
  }
  const entities = { ...prf(typedTP, typedTP, sys.entities.length, gold.entities.length), duplicates };

  const gName = (id: string | null): string | undefined => (id ? sysToGold.get(id)?.name : undefined);
  const goldRels = gold.relations.filter((r) => r.object && !['SAID', 'CASUALTIES'].includes(r.predicate));
  const goldKeys = new Set(goldRels.map((r) => `${r.subject}|${predKey(r.predicate)}|${r.object}`));
  const sysRels = sys.relations.filter((r) => !['SAID', 'CASUALTIES'].includes(r.predicate)).map((r) => ({ ...r }));
  for (const s of sys.statements) if (s.speaker && s.reportedBy) sysRels.push({ subject: s.speaker, predicate: 'REPORTED_BY', object: s.reportedBy });
  const seen = new Set<string>();
  const byPredicate: Record<string, { tp: number; system: number; gold: number }> = {};
  const bucket = (p: string): { tp: number; system: number; gold: number } => (byPredicate[p] ??= { tp: 0, system: 0, gold: 0 });
  let relTP = 0;
  for (const r of sysRels) {
    const key = `${gName(r.subject) ?? `?${r.subject}`}|${predKey(r.predicate)}|${gName(r.object) ?? `?${r.object}`}`;
    if (seen.has(key)) continue;
    seen.add(key);
    bucket(predKey(r.predicate)).system++;
    if (goldKeys.has(key)) {
      relTP++;
      bucket(predKey(r.predicate)).tp++;
    }
  }
  for (const k of goldKeys) bucket(k.split('|')[1] as string).gold++;
  const relGoldTP = [...goldKeys].filter((k) => seen.has(k)).length;
  const relations = prf(relTP, relGoldTP, seen.size, goldKeys.size);

  const goldQuotes = gold.relations.filter((r) => r.predicate === 'SAID');
  let found = 0;
  let attributed = 0;
  for (const q of goldQuotes) {
    const needle = norm(q.quote).split(' ').slice(0, 6).join(' ');
    const i = sys.statements.findIndex((s) => norm(s.text).includes(needle));
    if (i < 0) continue;
    found++;
    const speaker = gName(sys.statements[i]?.speaker ?? null);
    if (speaker && [q.subject, ...(q.alt ?? [])].includes(speaker)) attributed++;
  }
  const quotes = { ...prf(attributed, attributed, sys.statements.length, goldQuotes.length), found, attributed, gold: goldQuotes.length };

  const goldFacts = gold.relations.filter((r) => r.predicate === 'CASUALTIES').map((r) => `${r.count}|${r.kind}`);
  const sysFacts = [...new Set(sys.facts.map((f) => `${f.count}|${f.kind}`))];
  const casualties = prf(
    sysFacts.filter((k) => goldFacts.includes(k)).length,
    goldFacts.filter((k) => sysFacts.includes(k)).length,
    sysFacts.length,
    goldFacts.length,
  );

  const parts: [number, number][] = [
    [entities.f, gold.entities.length + sys.entities.length],
    [relations.f, goldKeys.size + seen.size],
    [quotes.f, goldQuotes.length + sys.statements.length],
    [casualties.f, goldFacts.length + sysFacts.length],
  ];
  const counted = parts.filter(([, n]) => n > 0);
  const overall = counted.length ? counted.reduce((a, [f]) => a + f, 0) / counted.length : 0;
  const [e, r, q, c] = parts.map(([, n]) => n > 0);
  const counts = { entities: e === true, relations: r === true, quotes: q === true, casualties: c === true };
  return { entities, relations, quotes, casualties, overall, counts, byPredicate };
}
