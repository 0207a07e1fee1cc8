// A generated news stream for the scale benchmark: extractions as the extractor would return them,
// built directly (no NLP run), with made-up but real-looking people, companies, ministries, cities
// and alliances, real country names, and sentences written from templates that state the
// relations. Nothing is copied from an article. Like a real stream, a few countries, cities and
// people recur in many documents (popularity is skewed), while most people appear in a handful,
// so the graph keeps growing new relations as documents arrive. Deterministic for a seed.
import worldCountries, { type Country } from 'world-countries';
import {
  type EntityType,
  type Evidence,
  type ExtractedEntity,
  type ExtractedRelation,
  type Extraction,
  type RelationType,
  documentId,
  entityId,
} from '../src/domain/index.js';
import { seededRandom } from '../src/graph/index.js';

const FIRST_NAMES = [
  'Amira',
  'Bogdan',
  'Carmen',
  'Dmitri',
  'Elena',
  'Farid',
  'Greta',
  'Hiroshi',
  'Ines',
  'Jonas',
  'Katarina',
  'Luis',
  'Marta',
  'Nikolai',
  'Olga',
  'Pavel',
  'Quentin',
  'Rosa',
  'Sergei',
  'Tamara',
  'Umar',
  'Vera',
  'Walter',
  'Ximena',
  'Yusuf',
  'Zofia',
  'Adrian',
  'Beatriz',
  'Cyril',
  'Daria',
  'Emil',
  'Fatima',
  'Gustavo',
  'Hana',
  'Igor',
  'Julia',
  'Kenji',
  'Leila',
  'Mateo',
  'Nadia',
  'Oskar',
  'Priya',
  'Rafael',
  'Sofia',
  'Tomas',
  'Ulla',
  'Viktor',
  'Wanjiru',
  'Yara',
  'Zoltan',
  'Aziz',
  'Bianca',
  'Chen',
  'Dana',
  'Erik',
  'Fiona',
  'Goran',
  'Helena',
  'Ivan',
  'Jana',
  'Kwame',
  'Lucia',
  'Milos',
  'Nora',
  'Omar',
  'Petra',
  'Ravi',
  'Sven',
  'Teresa',
  'Vusi',
];
const ONSETS = ['b', 'd', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'ch', 'sh', 'kr', 'br', 'st', 'tr', 'dr'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o'];
const SURNAME_ENDINGS = ['ov', 'enko', 'son', 'ez', 'ski', 'escu', 'ani', 'ard', 'berg', 'idis', 'ovic', 'yan', 'er', 'ic', 'etti'];
const CITY_ENDINGS = ['grad', 'burg', 'ville', 'abad', 'pol', 'ton', 'sk', 'ia', 'ovo', 'stad', 'haven', 'dorf'];
const COMPANY_KINDS = ['Group', 'Holdings', 'Industries', 'Bank', 'Energy', 'Logistics', 'Partners', 'Mining', 'Telecom', 'Shipping'];
const MINISTRIES = ['Defence', 'Finance', 'Energy', 'Health', 'Foreign Affairs', 'the Interior', 'Transport', 'Agriculture', 'Justice'];
const ALLIANCES = [
  'Northern Security Pact',
  'Coastal Trade League',
  'Eastern Defence Council',
  'Southern Energy Union',
  'Atlantic Grain Compact',
  'Continental Customs Union',
];
const ROLES = ['chief executive', 'chair', 'finance director', 'founder', 'head of operations', 'general counsel'];
const OFFICES = ['minister', 'deputy minister', 'state secretary'];
const TOPICS = [
  'grain exports',
  'a gas pipeline',
  'border controls',
  'fishing rights',
  'a rail link',
  'debt relief',
  'power prices',
  'port fees',
  'a ceasefire',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

// A CommonJS package: the array is the default export under tsx, `.default` of it under node.
const WORLD: readonly Country[] = Array.isArray(worldCountries) ? worldCountries : worldCountries.default;
const COUNTRY_NAMES: readonly string[] = WORLD.map((c) => c.name.common).filter((n) => /^[A-Z][a-z]+( [A-Z][a-z]+)?$/.test(n));

/** An entity of the stream: its id, name and type. */
interface Known {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
}

/** A sentence of a document being written: its text and the entities it names, at their offsets. */
interface Draft {
  text: string;
  readonly spans: { entity: Known; start: number; end: number }[];
  readonly relations: { subject: Known; predicate: RelationType; object: Known; role?: string }[];
}

/** Documents of a generated news stream, one at a time, for ever; the same for the same seed. */
export function* scaleCorpus(seed = 13): Generator<Extraction> {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  /** A skewed pick: the first items (the oldest, most established) come up far more often. */
  const popular = <T>(items: readonly T[]): T => items[Math.floor(items.length * random() ** 3)] as T;
  const capital = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
  const syllables = (n: number): string => Array.from({ length: n }, () => pick(ONSETS) + pick(VOWELS)).join('');
  const used = new Set<string>();
  const fresh = (type: EntityType, make: () => string): Known => {
    for (;;) {
      const name = make();
      const id = entityId(type, name);
      if (used.has(id)) continue;
      used.add(id);
      return { id, name, type };
    }
  };
  const surname = (): string => capital(syllables(random() < 0.5 ? 1 : 2) + pick(SURNAME_ENDINGS));
  const newPerson = (): Known => fresh('PERSON', () => `${pick(FIRST_NAMES)} ${surname()}`);
  const newCompany = (): Known => fresh('ORGANIZATION', () => `${capital(syllables(2))} ${pick(COMPANY_KINDS)}`);
  const newCity = (): Known => fresh('CITY', () => capital(syllables(random() < 0.5 ? 1 : 2) + pick(CITY_ENDINGS)));
  const countryList: Known[] = COUNTRY_NAMES.map((name) => ({ id: entityId('COUNTRY', name), name, type: 'COUNTRY' }));
  for (let i = countryList.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [countryList[i], countryList[j]] = [countryList[j] as Known, countryList[i] as Known];
  }
  const alliances: Known[] = ALLIANCES.map((name) => ({ id: entityId('ALLIANCE', name), name, type: 'ALLIANCE' }));
  const people: Known[] = [];
  const companies: Known[] = [];
  const cities: Known[] = [];
  /** Someone already in the news, or (more often early on) someone new. */
  const someone = (pool: Known[], make: () => Known, reuse: number): Known => {
    if (pool.length > 20 && random() < reuse) return popular(pool);
    const made = make();
    pool.push(made);
    return made;
  };

  for (let k = 0; ; k += 1) {
    const country = popular(countryList);
    let other = popular(countryList);
    if (other === country) other = countryList[(countryList.indexOf(country) + 1) % countryList.length] as Known;
    const city = someone(cities, newCity, 0.9);
    const company = someone(companies, newCompany, 0.6);
    const rival = someone(companies, newCompany, 0.6);
    const [a, b, c, d] = [0, 1, 2, 3].map(() => someone(people, newPerson, 0.45)) as [Known, Known, Known, Known];
    const ministry: Known = {
      id: entityId('GOVERNMENT_BODY', `Ministry of ${MINISTRIES[k % MINISTRIES.length]} of ${country.name}`),
      name: `Ministry of ${MINISTRIES[k % MINISTRIES.length]} of ${country.name}`,
      type: 'GOVERNMENT_BODY',
    };
    const alliance = pick(alliances);
    const topic = pick(TOPICS);
    const day = pick(WEEKDAYS);

    const drafts: Draft[] = [];
    /** Writes a sentence from parts: strings as they are, entities where they are named. */
    const say = (parts: readonly (string | Known)[], relations: Draft['relations'] = []): void => {
      const draft: Draft = { text: '', spans: [], relations };
      for (const part of parts) {
        if (typeof part === 'string') draft.text += part;
        else {
          draft.spans.push({ entity: part, start: draft.text.length, end: draft.text.length + part.name.length });
          draft.text += part.name;
        }
      }
      drafts.push(draft);
    };
    const role = pick(ROLES);
    const office = pick(OFFICES);
    say(
      [a, `, the ${role} of `, company, `, met `, b, ` in `, city, ` on ${day} to discuss ${topic}.`],
      [
        { subject: a, predicate: 'HOLDS_ROLE', object: company, role },
        { subject: a, predicate: 'MET_WITH', object: b },
      ],
    );
    say(
      [company, ' is based in ', city, ', the second city of ', country, '.'],
      [
        { subject: company, predicate: 'LOCATED_IN', object: city },
        { subject: city, predicate: 'LOCATED_IN', object: country },
      ],
    );
    say(
      [b, `, ${country.name}'s ${office} at the `, ministry, `, said talks on ${topic} would resume next week.`],
      [
        { subject: b, predicate: 'HOLDS_ROLE', object: ministry, role: office },
        { subject: ministry, predicate: 'PART_OF', object: country },
      ],
    );
    say([c, ', a spokesperson for ', rival, `, declined to comment on ${topic}.`], [{ subject: c, predicate: 'SPOKESPERSON_FOR', object: rival }]);
    if (random() < 0.5) say([country, ' imposed sanctions on ', rival, ` over ${topic}.`], [{ subject: country, predicate: 'SANCTIONED', object: rival }]);
    else say([other, ' said it opposes the plan of ', country, ` for ${topic}.`], [{ subject: other, predicate: 'OPPOSES', object: country }]);
    say(
      [d, ', who leads ', rival, ', later met ', a, ' and ', c, '.'],
      [
        { subject: d, predicate: 'LEADS', object: rival },
        { subject: d, predicate: 'MET_WITH', object: a },
        { subject: d, predicate: 'MET_WITH', object: c },
      ],
    );
    if (random() < 0.3)
      say(
        [country, ' and ', other, ' are both members of the ', alliance, '.'],
        [
          { subject: country, predicate: 'MEMBER_OF', object: alliance },
          { subject: other, predicate: 'MEMBER_OF', object: alliance },
        ],
      );
    say([`Analysts in `, city, ` expect a decision before the end of the month, when ${topic} is due to be discussed again.`]);

    // The number ends the text, so two documents with the same sentences are two documents.
    const fullText = `${drafts.map((s) => s.text).join(' ')} #${k}`;
    const docId = documentId(fullText);
    let offset = 0;
    const sentences = drafts.map((draft, index) => {
      const span = { index, paragraph: index, start: offset, end: offset + draft.text.length, text: draft.text };
      offset += draft.text.length + 1;
      return span;
    });
    const entities = new Map<string, ExtractedEntity & { mentions: ExtractedEntity['mentions'][number][] }>();
    const relations: ExtractedRelation[] = [];
    for (const [index, draft] of drafts.entries()) {
      const sentence = sentences[index];
      if (sentence === undefined) continue;
      const evidence = (start: number, end: number): Evidence => ({
        document: docId,
        sentence: index,
        start: sentence.start + start,
        end: sentence.start + end,
        text: sentence.text,
      });
      for (const { entity, start, end } of draft.spans) {
        let known = entities.get(entity.id);
        if (known === undefined) entities.set(entity.id, (known = { id: entity.id, name: entity.name, type: entity.type, aliases: [], mentions: [] }));
        known.mentions.push({ text: entity.name, evidence: evidence(start, end) });
      }
      for (const r of draft.relations) {
        relations.push({
          id: `${docId}:rel:${relations.length}`,
          subject: r.subject.id,
          predicate: r.predicate,
          object: r.object.id,
          ...(r.role === undefined ? {} : { role: r.role }),
          rule: 'synthetic',
          confidence: 0.8,
          evidence: evidence(0, sentence.text.length),
        });
      }
    }
    const month = String(1 + (Math.floor(k / 500) % 12)).padStart(2, '0');
    const date = String(1 + (k % 28)).padStart(2, '0');
    yield {
      document: {
        id: docId,
        title: `${country.name} and ${other.name}: talks on ${topic} in ${city.name}`,
        source: 'Synthetic Wire',
        publishedAt: `2025-${month}-${date}`,
        text: fullText,
        sentences,
      },
      entities: [...entities.values()],
      relations,
      statements: [],
      facts: [],
    };
  }
}
