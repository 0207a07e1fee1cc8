// The gazetteer: every name the extractor knows before reading an article, compiled once into
// lookup tables. Countries, capitals and demonyms come from the `world-countries` package; bodies,
// news agencies and regions from the data files beside this one; the rest from compromise's lexicon.
import worldCountries, { type Country } from 'world-countries';
import nlp from 'compromise';
import { type EntityType } from '../../domain/entity-type.js';
import { KNOWN_ORGANISATIONS } from './organisations.js';
import { KNOWN_NEWS_AGENCIES } from './news-agencies.js';
import { EXTRA_CAPITALS, EXTRA_DEMONYMS, REGIONAL_ADJECTIVES, WORLD_REGIONS } from './places.js';
import { editDistanceAtMost2, surfaceKey } from '../text.js';

/** One thing the gazetteer knows by name. */
export interface GazetteerEntry {
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  /** cca3 of the country this thing is, or lies in, or belongs to. */
  readonly country?: string;
  /** For a capital city: cca3 of the country whose capital it is. */
  readonly capitalOf?: string;
}

// The package is CommonJS: at run time its default export is the array its types call `default`.
// The casts say what the runtime gives, which the package's types do not describe.
/* eslint-disable @typescript-eslint/no-unnecessary-type-assertion */
const countries: readonly Country[] = Array.isArray(worldCountries)
  ? (worldCountries as unknown as Country[])
  : (worldCountries as unknown as { default: Country[] }).default;
/* eslint-enable @typescript-eslint/no-unnecessary-type-assertion */

/** Territories the country package lists as dependent that news treats as countries. */
const TREATED_AS_COUNTRIES = new Set(['PSE', 'UNK', 'TWN', 'ESH']);
const SHORT_COUNTRY_FORMS = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'PRC', 'DPRK', 'ROK']);
const EXTRA_COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  GBR: ['Britain', 'Great Britain', 'UK', 'U.K.'],
  USA: ['U.S.', 'US', 'USA', 'America', 'United States of America', 'the United States'],
  NLD: ['Holland', 'the Netherlands'],
  TUR: ['Turkey', 'Türkiye', 'Turkiye'],
  SWZ: ['Swaziland'],
  MKD: ['Macedonia'],
  CPV: ['Cape Verde'],
  TLS: ['East Timor'],
  VAT: ['Vatican'],
  KOR: ['South Korea'],
  PRK: ['North Korea'],
  RUS: ['Russia'],
  SYR: ['Syria'],
  IRN: ['Iran'],
  MMR: ['Burma'],
  CIV: ['Ivory Coast'],
  COD: ['DRC', 'DR Congo', 'Democratic Republic of Congo'],
  CZE: ['Czech Republic'],
  ARE: ['UAE', 'Emirates'],
};
/** Names English news uses where the package has adopted another. */
const ENGLISH_NAMES: Readonly<Record<string, string>> = { TUR: 'Turkey' };
const LATIN = /^[\p{Script=Latin}\s.'’-]+$/u;

/** Lookup tables built from the gazetteer data. Built once per process. */
export class Gazetteer {
  private readonly byKey = new Map<string, GazetteerEntry>();
  private readonly demonyms = new Map<string, string>();
  /** Demonyms by their first three letters, for misspelt ones. */
  private readonly demonymsByPrefix = new Map<string, [string, string][]>();
  private readonly countryNames = new Map<string, string>();
  private readonly lexicon: Readonly<Record<string, string | string[]>>;
  /** Longest name, in words, that `lookup` can match. */
  readonly maxWords: number;

  constructor() {
    this.lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
    // A demonym two countries share is the independent one's: "Indian" is India's, not the British
    // Indian Ocean Territory's; "Norwegian" Norway's, not Svalbard's.
    const independent = new Set(countries.filter((c) => c.independent).map((c) => c.cca3));
    for (const c of countries) {
      const demonyms = [c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(EXTRA_DEMONYMS[c.cca3] ?? [])];
      for (const d of demonyms) {
        const known = d ? this.demonyms.get(d.toLowerCase()) : undefined;
        if (d && !(known && independent.has(known) && !independent.has(c.cca3))) this.demonyms.set(d.toLowerCase(), c.cca3);
      }
    }
    for (const [demonym, cca3] of this.demonyms) {
      const bucket = this.demonymsByPrefix.get(demonym.slice(0, 3)) ?? [];
      bucket.push([demonym, cca3]);
      this.demonymsByPrefix.set(demonym.slice(0, 3), bucket);
    }
    for (const c of countries) {
      const type: EntityType = c.independent || TREATED_AS_COUNTRIES.has(c.cca3) ? 'COUNTRY' : 'REGION';
      const aliases = [
        c.name.official,
        ...c.altSpellings.filter(
          (s) =>
            LATIN.test(s) &&
            (s.length > 3 || SHORT_COUNTRY_FORMS.has(s)) &&
            (!this.demonyms.has(s.toLowerCase()) || SHORT_COUNTRY_FORMS.has(s)) &&
            // A foreign spelling that is a given name in English ("Dominique") would read people as countries.
            !this.lexiconTags(s).some((tag) => GIVEN_NAME_TAGS.has(tag)),
        ),
        ...(EXTRA_COUNTRY_NAMES[c.cca3] ?? []),
      ];
      this.countryNames.set(c.cca3, ENGLISH_NAMES[c.cca3] ?? c.name.common);
      this.add({ name: c.name.common, type, aliases, country: c.cca3 });
    }
    for (const c of countries) {
      for (const capital of [...c.capital, ...(EXTRA_CAPITALS[c.cca3] ?? [])]) {
        if (this.byKey.has(surfaceKey(capital))) continue; // a country of that name wins
        this.add({ name: capital, type: 'CITY', aliases: [], country: c.cca3, capitalOf: c.cca3 });
      }
    }
    for (const r of WORLD_REGIONS) this.add({ name: r.name, type: 'REGION', aliases: r.aliases });
    for (const o of KNOWN_ORGANISATIONS) this.add(o);
    for (const a of KNOWN_NEWS_AGENCIES) this.add({ ...a, type: 'NEWS_AGENCY' });
    let longest = 1;
    for (const key of this.byKey.keys()) longest = Math.max(longest, key.split(' ').length);
    this.maxWords = longest;
  }

  private add(entry: GazetteerEntry): void {
    for (const surface of [entry.name, ...entry.aliases]) {
      const key = isAcronym(surface) ? `=${surface.replace(/\./g, '')}` : surfaceKey(surface);
      if (key && !this.byKey.has(key)) this.byKey.set(key, entry);
      // "Nur-Sultan" is also written "Nursultan": index the form without spaces or hyphens too.
      const compact = key.includes(' ') && !key.startsWith('=') ? `~${key.replace(/ /g, '')}` : undefined;
      if (compact && !this.byKey.has(compact)) this.byKey.set(compact, entry);
    }
  }

  /** The entry a surface form names, if any. Acronyms match case-sensitively. */
  lookup(surface: string): GazetteerEntry | undefined {
    if (isAcronym(surface)) {
      const asAcronym = this.byKey.get(`=${surface.replace(/\./g, '')}`);
      // A dateline writes names in capitals ("ACCRA, Ghana"): try the word itself too.
      if (asAcronym || surface.length < 4 || surface.includes('.')) return asAcronym;
    }
    const key = surfaceKey(surface);
    return this.byKey.get(key) ?? (key.includes(' ') ? undefined : this.byKey.get(`~${key}`));
  }

  /**
   * The gazetteer's name of what `surface` names as an entity of `type` ("Republic of Korea",
   * "the U.S."), or undefined when it knows no such thing. The graph store joins entities across
   * articles on it.
   */
  canonicalName(type: EntityType, surface: string): string | undefined {
    const entry = this.lookup(surface.replace(/^the\s+/i, ''));
    return entry !== undefined && entry.type === type ? entry.name : undefined;
  }

  /** cca3 of the country an adjective such as "Kazakh" or "Turkish" refers to. */
  demonymCountry(word: string): string | undefined {
    return this.demonyms.get(word.toLowerCase());
  }

  /**
   * cca3 of the country whose demonym `word` misspells by one letter ("Venezualan"): only for words of
   * seven letters or more that end as the demonym does, and only when one country fits.
   */
  misspeltDemonymCountry(word: string): string | undefined {
    const lower = word.toLowerCase();
    if (lower.length < 7 || lower.length > 24) return undefined;
    const fits = new Set<string>();
    for (const [demonym, cca3] of this.demonymsByPrefix.get(lower.slice(0, 3)) ?? []) {
      if (demonym.slice(-2) === lower.slice(-2) && editDistanceAtMost2(demonym, lower) === 1) fits.add(cca3);
    }
    return fits.size === 1 ? [...fits][0] : undefined;
  }

  /** True for adjectives of a region rather than a country ("European", "Middle Eastern"). */
  isRegionalAdjective(word: string): boolean {
    return REGIONAL_ADJECTIVES.has(word.toLowerCase());
  }

  /** Common English name of a country code. */
  countryName(cca3: string): string | undefined {
    return this.countryNames.get(cca3);
  }

  /** compromise's tags for a lower-cased word, or an empty list when it does not know it. */
  lexiconTags(word: string): readonly string[] {
    const tags = this.lexicon[word.toLowerCase()];
    if (tags === undefined) return [];
    return Array.isArray(tags) ? tags : [tags];
  }
}

const GIVEN_NAME_TAGS: ReadonlySet<string> = new Set(['FirstName', 'MaleName', 'FemaleName']);

/** "US", "NATO", "U.N.": short all-capital forms, which must match case-sensitively. */
export function isAcronym(surface: string): boolean {
  return /^(?:\p{Lu}\.?){2,6}$/u.test(surface);
}

let shared: Gazetteer | undefined;

/** The process-wide gazetteer, built on first use. */
export function gazetteer(): Gazetteer {
  shared ??= new Gazetteer();
  return shared;
}
