// Cost of cross-document resolution as the graph grows: a store is filled with synthetic people
// (surnames built from syllables, a few common ones shared by many, roles in a handful of
// countries), then timed while it takes documents whose people are spelling variants of known
// ones (which must join) or new. The baseline takes the same documents with a digit in every
// person's name, which resolution does not read as a person's name, so it skips them: the
// difference is what resolution costs. Resolution looks candidates up in surname buckets, so that
// cost per entity should stay flat from 10,000 to 100,000 people. Each measure runs in a fresh
// process. Run: node --import tsx bench/resolution.bench.ts [small] [large]
import { type ExtractedEntity, type ExtractedRelation, type Extraction, documentId, entityId } from '../src/domain/index.js';
import { GraphStore, type NameAuthority } from '../src/graph/index.js';

const small = Number(process.argv[2] ?? 10_000);
const large = Number(process.argv[3] ?? 100_000);
const PER_DOCUMENT = 20;
const TIMED_DOCUMENTS = 500;
const ROUNDS = 5;

/** Given names and a second spelling of each (itself when none is usual). */
const GIVEN: readonly (readonly [string, string])[] = [
  ['Aleksandr', 'Alexander'],
  ['Sergei', 'Sergey'],
  ['Dmitri', 'Dmitry'],
  ['Yusuf', 'Youssef'],
  ['Mohammed', 'Muhammad'],
  ['Karim', 'Kareem'],
  ['Nikolai', 'Nikolay'],
  ['Viktor', 'Victor'],
  ['Oleksiy', 'Oleksii'],
  ['Mikhail', 'Mikhael'],
  ['Ivan', 'Ivan'],
  ['Maria', 'Maria'],
  ['Anna', 'Anna'],
  ['John', 'John'],
  ['Mary', 'Mary'],
  ['Peter', 'Pieter'],
  ['Daniel', 'Daniel'],
  ['Olga', 'Olga'],
  ['Elena', 'Yelena'],
  ['Pavel', 'Pavel'],
  ['Hassan', 'Hasan'],
  ['Fatima', 'Fatimah'],
];
const SYLLABLES = ['ka', 'ro', 'vin', 'del', 'mar', 'tos', 'len', 'bra', 'dun', 'sel', 'vor', 'pik', 'lan', 'zet', 'mor', 'gal', 'ter', 'nov', 'bek', 'sur'];
const COMMON_SURNAMES = ['Kim', 'Smith', 'Ivanov', 'Haddad', 'Garcia'];
const COUNTRIES = ['Veldar', 'Ostrava', 'Kelmark', 'Sorvia', 'Tarsk', 'Dornia', 'Lindor', 'Varna'];
const AUTHORITY: NameAuthority = { canonicalName: (type, surface) => (type === 'COUNTRY' && COUNTRIES.includes(surface) ? surface : undefined) };

/** Person number `i`: a given name, a surname (one in fifty a common one) and a country. */
function person(i: number, variant: boolean, baseline: boolean): { name: string; country: string } {
  const [first, second] = GIVEN[i % GIVEN.length] ?? ['Anna', 'Anna'];
  const s = Math.floor(i / GIVEN.length);
  const surname =
    s % 50 === 0
      ? (COMMON_SURNAMES[Math.floor(s / 50) % COMMON_SURNAMES.length] ?? 'Kim')
      : [s % 20, Math.floor(s / 20) % 20, Math.floor(s / 400) % 20].map((k) => SYLLABLES[k] ?? '').join('');
  const capitalised = surname.charAt(0).toUpperCase() + surname.slice(1);
  return { name: `${variant ? second : first} ${capitalised}${baseline ? ' 2' : ''}`, country: COUNTRIES[s % COUNTRIES.length] ?? 'Veldar' };
}

/** A document naming people `first`..`first + PER_DOCUMENT - 1`, each with a role in their country. */
function document(first: number, variant: boolean, salt: string, baseline: boolean): Extraction {
  const people = Array.from({ length: PER_DOCUMENT }, (_, k) => person(first + k, variant, baseline));
  const text = `${salt} ${people.map((p) => `${p.name} of ${p.country}`).join('; ')}.`;
  const id = documentId(text);
  const evidence = { document: id, sentence: 0, start: 0, end: text.length, text };
  const sentences = [{ index: 0, paragraph: 0, start: 0, end: text.length, text }];
  const entities: ExtractedEntity[] = [];
  const relations: ExtractedRelation[] = [];
  const countries = new Set<string>();
  for (const [k, p] of people.entries()) {
    entities.push({ id: entityId('PERSON', p.name), name: p.name, type: 'PERSON', aliases: [], mentions: [{ text: p.name, evidence }] });
    countries.add(p.country);
    relations.push({
      id: `${id}:rel:${k}`,
      subject: entityId('PERSON', p.name),
      predicate: 'HOLDS_ROLE',
      object: entityId('COUNTRY', p.country),
      role: 'minister',
      rule: 'bench',
      confidence: 0.8,
      evidence,
    });
  }
  for (const c of countries) entities.push({ id: entityId('COUNTRY', c), name: c, type: 'COUNTRY', aliases: [], mentions: [{ text: c, evidence }] });
  return { document: { id, title: salt, source: null, publishedAt: null, text, sentences }, entities, relations, statements: [], facts: [] };
}

/**
 * CPU microseconds per entity of timed documents on a store already holding `people` people (the
 * median of several rounds; CPU time, so other processes on the machine do not count); and how
 * many person forms joined a node with another id.
 */
function measure(people: number, baseline: boolean): { micros: number; joined: number; nodes: number } {
  const store = new GraphStore({ authority: AUTHORITY });
  for (let i = 0; i < people; i += PER_DOCUMENT) store.applyExtraction(document(i, false, `fill ${i}`, baseline));
  const rounds: number[] = [];
  let joined = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    // Half the timed documents name known people by their other spelling, half name new people.
    const timed = Array.from({ length: TIMED_DOCUMENTS / ROUNDS }, (_, k) => {
      const d = round * (TIMED_DOCUMENTS / ROUNDS) + k;
      return d % 2 === 0
        ? document((d * 7_919 * PER_DOCUMENT) % people, true, `variant ${d}`, baseline)
        : document(people + d * PER_DOCUMENT, false, `new ${d}`, baseline);
    });
    const started = process.cpuUsage();
    for (const extraction of timed) joined += [...store.applyExtraction(extraction).mergedInto.keys()].filter((id) => id.startsWith('person:')).length;
    const used = process.cpuUsage(started);
    rounds.push((used.user + used.system) / timed.reduce((n, x) => n + x.entities.length, 0));
  }
  rounds.sort((x, y) => x - y);
  return { micros: rounds[Math.floor(rounds.length / 2)] ?? 0, joined, nodes: store.graph.order };
}

const mode = process.argv[4] ?? 'all';
if (mode === 'all') {
  const { execFileSync } = await import('node:child_process');
  const run = (people: number, part: string): { micros: number; joined: number; nodes: number } =>
    JSON.parse(execFileSync(process.execPath, [...process.execArgv, process.argv[1] ?? '', String(small), String(people), part], { encoding: 'utf8' })) as {
      micros: number;
      joined: number;
      nodes: number;
    };
  const overheads: number[] = [];
  for (const people of [small, large]) {
    const withResolution = run(people, 'resolution');
    const without = run(people, 'baseline');
    overheads.push(withResolution.micros - without.micros);
    console.log(
      `${people} people (${withResolution.nodes} nodes): ${withResolution.micros.toFixed(1)} µs CPU per entity ingested, ` +
        `${without.micros.toFixed(1)} without person resolution (${withResolution.joined} variant spellings joined, ${without.joined} without)`,
    );
  }
  const [a = 0, b = 0] = overheads;
  console.log(
    `resolution's cost per entity: ${a.toFixed(1)} µs at ${small}, ${b.toFixed(1)} µs at ${large} people (a scan of every entity would grow ${(large / small).toFixed(0)} times)`,
  );
} else {
  measure(2_000, mode === 'baseline'); // warm-up
  console.log(JSON.stringify(measure(Number(process.argv[3]), mode === 'baseline')));
}
