#!/usr/bin/env node
// Vendored unchanged from the project's shared/eval/score.mjs: the authoritative extraction metric.
// Scores an extraction (the JSON printed by `npm run --silent kg -- extract FILE`) against a gold file.
// Usage: node score.mjs GOLD.json SYSTEM.json [--verbose]
// Gold format: see seed.gold.json. System format: see README.md in this folder.
import { readFileSync } from 'node:fs';

const [goldPath, sysPath] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const verbose = process.argv.includes('--verbose');
if (!goldPath || !sysPath) {
  console.error('usage: node score.mjs GOLD.json SYSTEM.json [--verbose]');
  process.exit(2);
}
const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
let sys;
try {
  sys = JSON.parse(readFileSync(sysPath, 'utf8'));
} catch (e) {
  console.error(`system output is not JSON: ${e.message}`);
  console.log('score: invalid system output');
  process.exit(1);
}

const norm = (s) =>
  String(s ?? '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b`´]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/^\s*the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
const surfaces = (e) => [e.name, ...(e.aliases ?? [])].map(norm).filter(Boolean);
const prf = (tp, nSys, nGold) => {
  const p = nSys ? tp.sys / nSys : nGold ? 0 : 1;
  const r = nGold ? tp.gold / nGold : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const f2 = (x) => x.toFixed(2);

// ---- entities: a system entity maps to the gold entity sharing any surface form
const goldEnts = gold.entities;
const sysEnts = Array.isArray(sys.entities) ? sys.entities : [];
const goldBySurface = new Map();
goldEnts.forEach((g) => surfaces(g).forEach((s) => goldBySurface.has(s) || goldBySurface.set(s, g)));
const sysToGold = new Map(); // system id -> gold entity
const claimed = new Set(); // gold names already matched (later matches are duplicates)
let entTP = 0,
  entTypedTP = 0,
  dupes = 0;
const entFP = [];
for (const e of sysEnts) {
  const g = surfaces(e)
    .map((s) => goldBySurface.get(s))
    .find(Boolean);
  if (!g) {
    entFP.push(`${e.name} (${e.type})`);
    continue;
  }
  sysToGold.set(e.id, g);
  if (claimed.has(g.name)) {
    dupes++;
    continue;
  }
  claimed.add(g.name);
  entTP++;
  if (e.type === g.type) entTypedTP++;
}
const entUntyped = prf({ sys: entTP, gold: entTP }, sysEnts.length, goldEnts.length);
const entTyped = prf({ sys: entTypedTP, gold: entTypedTP }, sysEnts.length, goldEnts.length);
const entMissed = goldEnts.filter((g) => !claimed.has(g.name)).map((g) => g.name);

// ---- relations between entities (SAID and CASUALTIES are scored below)
const ROLE = new Set(['LEADS', 'HOLDS_ROLE']);
const predKey = (p) => (ROLE.has(p) ? 'ROLE' : p);
const gName = (id) => sysToGold.get(id)?.name;
const goldRels = gold.relations.filter((r) => r.object && !['SAID', 'CASUALTIES'].includes(r.predicate));
const goldRelKeys = new Set(goldRels.map((r) => `${r.subject}|${predKey(r.predicate)}|${r.object}`));
const statements = Array.isArray(sys.statements) ? sys.statements : [];
const sysRels = (Array.isArray(sys.relations) ? sys.relations : []).filter((r) => !['SAID', 'CASUALTIES'].includes(r.predicate));
// a statement's speaker and reporting agency count as a REPORTED_BY relation
for (const s of statements) if (s.speaker && s.reportedBy) sysRels.push({ subject: s.speaker, predicate: 'REPORTED_BY', object: s.reportedBy });
const relSeen = new Set();
const relFP = [];
let relSysTP = 0,
  relSysCount = 0;
for (const r of sysRels) {
  const key = `${gName(r.subject) ?? '?' + r.subject}|${predKey(r.predicate)}|${gName(r.object) ?? '?' + r.object}`;
  if (relSeen.has(key)) continue; // the same fact twice is not two facts
  relSeen.add(key);
  relSysCount++;
  if (goldRelKeys.has(key)) relSysTP++;
  else relFP.push(key);
}
const relGoldTP = [...goldRelKeys].filter((k) => relSeen.has(k)).length;
const rel = prf({ sys: relSysTP, gold: relGoldTP }, relSysCount, goldRelKeys.size);
const relMissed = [...goldRelKeys].filter((k) => !relSeen.has(k));

// ---- statements: quote found (the gold quote's words inside the statement) and attributed
const goldQuotes = gold.relations.filter((r) => r.predicate === 'SAID');
let quoteFound = 0,
  quoteAttributed = 0;
const usedStatements = new Set();
const quoteMissed = [];
for (const q of goldQuotes) {
  const needle = norm(q.quote).split(' ').slice(0, 6).join(' ');
  const i = statements.findIndex((s) => norm(s.text).includes(needle));
  if (i < 0) {
    quoteMissed.push(q.quote);
    continue;
  }
  quoteFound++;
  usedStatements.add(i);
  const speaker = gName(statements[i].speaker);
  if (speaker && [q.subject, ...(q.alt ?? [])].includes(speaker)) quoteAttributed++;
  else quoteMissed.push(`${q.quote} -> attributed to ${speaker ?? statements[i].speaker ?? 'nobody'}`);
}
const quote = prf({ sys: quoteAttributed, gold: quoteAttributed }, statements.length, goldQuotes.length);

// ---- casualty facts: (count, kind)
const goldFacts = gold.relations.filter((r) => r.predicate === 'CASUALTIES').map((r) => `${r.count}|${r.kind}`);
const sysFacts = [...new Set((Array.isArray(sys.facts) ? sys.facts : []).map((f) => `${f.count}|${f.kind}`))];
const factTP = goldFacts.filter((k) => sysFacts.includes(k)).length;
const fact = prf({ sys: sysFacts.filter((k) => goldFacts.includes(k)).length, gold: factTP }, sysFacts.length, goldFacts.length);

// overall: the mean of the parts that this article has (in the gold) or that the system claims
const parts = [
  [entTyped.f, goldEnts.length + sysEnts.length],
  [rel.f, goldRelKeys.size + relSysCount],
  [quote.f, goldQuotes.length + statements.length],
  [fact.f, goldFacts.length + sysFacts.length],
].filter(([, n]) => n > 0);
const overall = parts.length ? parts.reduce((a, [f]) => a + f, 0) / parts.length : 0;
console.log(`entities   typed P ${f2(entTyped.p)} R ${f2(entTyped.r)} F1 ${f2(entTyped.f)} | untyped F1 ${f2(entUntyped.f)} | duplicates ${dupes}`);
console.log(`relations  P ${f2(rel.p)} R ${f2(rel.r)} F1 ${f2(rel.f)} (${relSysCount} system, ${goldRelKeys.size} gold)`);
console.log(
  `quotes     found ${quoteFound}/${goldQuotes.length}, attributed ${quoteAttributed}/${goldQuotes.length}, P ${f2(quote.p)} F1 ${f2(quote.f)} (${statements.length} statements)`,
);
console.log(`casualties P ${f2(fact.p)} R ${f2(fact.r)} F1 ${f2(fact.f)}`);
if (verbose) {
  console.log('\nentities missed:', entMissed.join('; ') || '-');
  console.log('entities not in gold:', entFP.join('; ') || '-');
  console.log('relations missed:', relMissed.join('; ') || '-');
  console.log('relations not in gold:', relFP.join('; ') || '-');
  console.log('quotes missed or misattributed:', quoteMissed.join(' || ') || '-');
}
console.log(`score: entityF1=${f2(entTyped.f)} relationF1=${f2(rel.f)} quoteF1=${f2(quote.f)} casualtyF1=${f2(fact.f)} overall=${f2(overall)}`);
