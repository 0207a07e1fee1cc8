// The entity drafts of one document while its mentions are being resolved: creating a draft,
// attaching a mention to one (which may retype or rename it), and the finished Resolution.
import { type EntityType } from '../domain/entity-type.js';
import { type AnalysedSentence, type Mention, isCommonWord } from './03-mentions.js';
import { type Gazetteer, type GazetteerEntry } from './model/gazetteer.js';
import { surfaceKey } from './text.js';
import { DraftIndex, earliest } from './draft-index.js';
import { MAX_ENTITIES_PER_ARTICLE } from './limits.js';
import { acronymOf, companyForms, nameWords, preferredName, shortForm, wordCount } from './name-forms.js';

/** An entity while the document is being read: its mentions and what they tell about it. */
export interface EntityDraft {
  readonly key: number;
  type: EntityType;
  name: string;
  readonly surfaces: Set<string>;
  readonly mentions: Mention[];
  /** Countries (cca3) the entity's names tie it to: its own for a country, its seat for a body. */
  readonly countries: Set<string>;
  readonly placeNames: Set<string>;
  capitalOf?: string;
  /** For a person, the gender the first name suggests in compromise's lexicon; pronouns use it. */
  gender?: 'male' | 'female';
  /** Gazetteer entries among the mentions (kept so that a long document stays linear). */
  readonly gazetteers: Set<GazetteerEntry>;
  /** Strength of the best evidence for the current type (BASIS_RANK). */
  typeRank: number;
}

/** The entities of a document and which entity each mention refers to. */
export interface Resolution {
  readonly entities: EntityDraft[];
  entityOf(mention: Mention): EntityDraft | undefined;
  /** The entity a name refers to, or undefined ("Velora", "the Senate", "Council"). */
  byName(name: string): EntityDraft | undefined;
  /** The country entity the document names for a cca3 code, if it names one (nothing is created). */
  knownCountry(cca3: string): EntityDraft | undefined;
  /** The country entity for a cca3 code, created from a demonym ("Kazakh") when the text never names it. */
  countryFor(cca3: string, sentence: AnalysedSentence, first: number, last: number): EntityDraft | undefined;
}

const BASIS_RANK = { gazetteer: 5, head: 4, context: 3, lexicon: 2, default: 1 } as const;

/** The drafts of one document, the mention each one owns, and the index that finds them by name. */
export class DraftBook {
  readonly drafts: EntityDraft[] = [];
  readonly index = new DraftIndex<EntityDraft>();
  readonly #owner = new Map<Mention, EntityDraft>();

  constructor(private readonly gaz: Gazetteer) {}

  ownerOf(m: Mention): EntityDraft | undefined {
    return this.#owner.get(m);
  }

  /** A new draft of `type` named after `m`, or undefined past the article's cap (a hostile or runaway text). */
  create(m: Mention, type: EntityType): EntityDraft | undefined {
    if (this.drafts.length >= MAX_ENTITIES_PER_ARTICLE) return undefined;
    const name = m.gazetteer ? preferredName(m) : m.text;
    const draft: EntityDraft = {
      key: this.drafts.length,
      type,
      name,
      surfaces: new Set(),
      mentions: [],
      countries: new Set(),
      placeNames: new Set(m.placeNames),
      gazetteers: new Set(),
      typeRank: 0,
      ...(m.gazetteer?.capitalOf ? { capitalOf: m.gazetteer.capitalOf } : {}),
    };
    this.#setName(draft, name);
    this.#addSurface(draft, name);
    this.#addSurface(draft, m.text);
    for (const c of m.countries) this.#addCountry(draft, c);
    if (m.gazetteer?.country && m.gazetteer.type !== 'COUNTRY') this.#addCountry(draft, m.gazetteer.country);
    this.#addShortForm(draft, m.text);
    this.drafts.push(draft);
    return draft;
  }

  /** Makes `m` a mention of `d`: its surface, countries and places join the draft, and its type if better founded. */
  attach(m: Mention, d: EntityDraft): void {
    this.#owner.set(m, d);
    d.mentions.push(m);
    this.#addSurface(d, m.text);
    // A person whose surname is a place's name ("Timor") takes nothing of the place.
    const placeOnly = m.gazetteer !== undefined && d.type === 'PERSON';
    if (!placeOnly) for (const c of m.countries) this.#addCountry(d, c);
    for (const p of m.placeNames) d.placeNames.add(p);
    if (m.gazetteer && !placeOnly) {
      d.gazetteers.add(m.gazetteer);
      this.index.addGazetteer(d, m.gazetteer);
    }
    if (m.type && BASIS_RANK[m.basis] > d.typeRank) {
      d.type = m.type;
      d.typeRank = BASIS_RANK[m.basis];
    }
    if (wordCount(m.text) > wordCount(d.name) && !d.gazetteers.size) this.#setName(d, m.text);
    // "NEW YORK:" in a dateline, "New York" later: the name as the article writes it in running text.
    else if (m.text.toLowerCase() === d.name.toLowerCase() && d.name === d.name.toUpperCase() && m.text !== m.text.toUpperCase()) this.#setName(d, m.text);
    this.#addShortForm(d, m.text);
    if (d.type !== 'PERSON') for (const form of companyForms(m.text)) this.#addSurface(d, form);
    if (d.type === 'PERSON' && !d.gender) {
      const gender = this.#genderOf(d.name);
      if (gender) d.gender = gender;
    }
  }

  attachNew(m: Mention, type: EntityType): void {
    const d = this.create(m, type);
    if (d) this.attach(m, d);
  }

  /** The finished resolution: drafts with mentions, and country drafts made on demand from demonyms. */
  resolution(headline = false): Resolution {
    const entities = this.drafts.filter((d) => d.mentions.length > 0);
    for (const d of entities) this.#trimHeadlineName(d, headline);
    const byKey = new Map<string, EntityDraft>();
    for (const d of entities) for (const s of d.surfaces) if (!byKey.has(surfaceKey(s))) byKey.set(surfaceKey(s), d);
    const knownCountry = (cca3: string): EntityDraft | undefined =>
      earliest(this.index.byCountry(cca3, 'earliest'), (d) => d.type === 'COUNTRY' && d.mentions.length > 0);
    const countryFor = (cca3: string, sentence: AnalysedSentence, first: number, last: number): EntityDraft | undefined => {
      const known = knownCountry(cca3);
      if (known) return known;
      const draft = this.#countryFromDemonym(cca3, sentence, first, last);
      if (!draft) return undefined;
      entities.push(draft);
      byKey.set(surfaceKey(draft.name), draft);
      return draft;
    };
    return {
      entities,
      entityOf: (m) => this.#owner.get(m),
      byName: (name) => byKey.get(surfaceKey(name)),
      knownCountry,
      countryFor,
    };
  }

  /** A country draft whose one mention is the demonym at tokens first..last ("Kazakh troops"). */
  #countryFromDemonym(cca3: string, sentence: AnalysedSentence, first: number, last: number): EntityDraft | undefined {
    const name = this.gaz.countryName(cca3);
    const entry = name ? this.gaz.lookup(name) : undefined;
    const firstToken = sentence.tokens[first];
    const lastToken = sentence.tokens[last - 1];
    if (!name || !entry || entry.type !== 'COUNTRY' || !firstToken || !lastToken) return undefined;
    const mention: Mention = {
      sentence: sentence.span.index,
      first,
      last,
      text: sentence.span.text.slice(firstToken.start - sentence.span.start, lastToken.end - sentence.span.start),
      start: firstToken.start,
      end: lastToken.end,
      type: 'COUNTRY',
      basis: 'gazetteer',
      gazetteer: entry,
      countries: [cca3],
      placeNames: [],
      bareHead: false,
    };
    const draft = this.create(mention, 'COUNTRY');
    if (!draft) return undefined;
    this.#setName(draft, name);
    this.#owner.set(mention, draft);
    draft.mentions.push(mention);
    draft.surfaces.delete(mention.text); // a demonym is evidence of the country, not one of its names
    return draft;
  }

  /**
   * "Leftist Anna Velk Elected": a headline in title case capitalises the words around a name. A name
   * written only in the headline gives way to the longest form the body writes inside it, when the
   * words it drops are ordinary words of the lexicon.
   */
  #trimHeadlineName(d: EntityDraft, headline: boolean): void {
    if (!headline || d.gazetteers.size || !d.mentions.some((m) => m.sentence === 0 && m.text === d.name)) return;
    if (d.mentions.some((m) => m.sentence > 0 && m.text === d.name)) return;
    const words = d.name.split(' ');
    // A dropped word the article uses alone ("Quellin thanked his staff") is a name, not an ordinary word.
    const usedAlone = new Set(d.mentions.map((x) => x.text));
    let best: string | undefined;
    for (const m of d.mentions) {
      if (m.sentence === 0 || wordCount(m.text) < 2 || (best && wordCount(best) >= wordCount(m.text))) continue;
      const inner = m.text.split(' ');
      const at = words.findIndex((_, i) => inner.every((w, k) => words[i + k] === w));
      const dropped = at < 0 ? [] : [...words.slice(0, at), ...words.slice(at + inner.length)];
      if (at >= 0 && dropped.length > 0 && dropped.every((w) => this.#ordinary(w) && !usedAlone.has(w))) best = m.text;
    }
    if (best) this.#setName(d, best);
  }

  /** A word of no name: common in the lexicon, or unknown to it and no given name ("Leftist"). */
  #ordinary(word: string): boolean {
    const lower = word.toLowerCase();
    return isCommonWord(lower, this.gaz) || this.gaz.lexiconTags(lower).length === 0;
  }

  #addSurface(d: EntityDraft, surface: string): void {
    d.surfaces.add(surface);
    this.index.addSurface(d, surface);
  }

  /** "Nordwind Air" for "Nordwind Air of Norway" is one of the draft's names too. */
  #addShortForm(d: EntityDraft, text: string): void {
    const short = shortForm(text, this.gaz);
    if (short) this.#addSurface(d, short);
  }

  #setName(d: EntityDraft, name: string): void {
    d.name = name;
    this.index.addName(d, name, nameWords(name), acronymOf(name));
  }

  #addCountry(d: EntityDraft, cca3: string): void {
    d.countries.add(cca3);
    this.index.addCountry(d, cca3);
  }

  /** The gender compromise's lexicon gives the name's first word, if any. */
  #genderOf(name: string): 'male' | 'female' | undefined {
    const firstTags = this.gaz.lexiconTags(name.split(' ')[0] ?? '');
    if (firstTags.includes('FemaleName')) return 'female';
    if (firstTags.includes('MaleName')) return 'male';
    return undefined;
  }
}
