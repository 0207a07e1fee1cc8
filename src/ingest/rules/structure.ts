// Structure rules: membership, parts of bodies, and where things are. "an alliance consisting of
// Sweden, Iceland...", "X and Y are all members of the Z", "TTO Defence Council",
// "Russian news agency TASS", "Dravik in ... Oskar province", "the capital, Lisbon".
import { PLACE_TYPES } from '../../domain/entity-type.js';
import { type AnalysedSentence } from '../03-mentions.js';
import { type EntityDraft, isAcronymOf } from '../04-entities.js';
import { type ReadContext } from '../context.js';
import { entityOf, mentionEndingAt, mentionStartingAt, referentEndingAt, referentStartingAt, resolvedMentions, tokenQuoted } from '../sentence-tools.js';
import { surfaceKey } from '../text.js';
import { type RelationSink } from './sink.js';
import { DIRECTION_ADJECTIVES } from '../03-mentions.js';
import { describedBody, describedHead } from './descriptions.js';

const MEMBERSHIP_TRIGGERS = ['consisting of', 'comprising', 'composed of', 'made up of', 'whose members are', 'members are', 'members include'];
const DIRECTIONS = new Set(['centre', 'center', 'north', 'south', 'east', 'west', 'heart', 'northeast', 'northwest', 'southeast', 'southwest', 'outskirts', 'middle']);
const PART_NOUNS = new Set(['territory', 'part', 'province', 'state', 'region', 'district', 'city', 'island', 'commonwealth', 'dependency']);

/** Membership lists: "an alliance consisting of A, B and C", "A, B and C are all members of D". */
export function findMembership(ctx: ReadContext, s: AnalysedSentence, sink: RelationSink): void {
  const lower = s.tokens.map((t) => t.lower);
  for (const trigger of MEMBERSHIP_TRIGGERS) {
    const words = trigger.split(' ');
    for (let i = 0; i + words.length <= lower.length; i++) {
      if (!words.every((w, k) => lower[i + k] === w) || tokenQuoted(ctx, s, i)) continue;
      const body = [...resolvedMentions(ctx, s)].reverse().find((x) => x.mention.last <= i && x.entity.type !== 'COUNTRY' && x.entity.type !== 'PERSON');
      if (!body) continue;
      for (const member of listAfter(ctx, s, i + words.length)) {
        sink.add({ subject: member, predicate: 'MEMBER_OF', object: body.entity, rule: 'membership-list', confidence: 0.85, sentence: s });
      }
    }
  }
  // "The bloc's three other member states, Latvia, Estonia and ..."
  for (let i = 0; i + 2 < lower.length; i++) {
    if (lower[i] !== 'member' || !['states', 'countries', 'nations'].includes(lower[i + 1] ?? '')) continue;
    let j = i - 1;
    while (j > 0 && s.tokens[j]?.word && !s.tokens[j]?.cap) j--;
    if (s.tokens[j]?.text !== "'s") continue;
    const ownerWord = lower[j - 1] ?? '';
    const owner = referentEndingAt(ctx, s, j - 1)?.entity ?? (describedHead(ownerWord) ? describedBody(ctx, describedHead(ownerWord) as string, s.span.index) : undefined);
    const from = lower[i + 2] === ',' ? i + 3 : i + 2;
    for (const member of listAfter(ctx, s, from)) {
      if (owner && member.type === 'COUNTRY') sink.add({ subject: member, predicate: 'MEMBER_OF', object: owner, rule: 'member-states', confidence: 0.75, sentence: s });
    }
  }
  // "A, B and C are all members of the D" / "X belongs to the D" / "X is a member of D"
  for (let i = 0; i < lower.length; i++) {
    const isMembers = (lower[i] === 'members' || lower[i] === 'member') && lower[i + 1] === 'of';
    const isBelongs = lower[i] === 'belongs' || lower[i] === 'belong' || lower[i] === 'belonged';
    if ((!isMembers && !isBelongs) || tokenQuoted(ctx, s, i)) continue;
    let k = i + (isMembers ? 2 : 1);
    if (lower[k] === 'to') k++;
    while (['the', 'ruling', 'opposition', 'governing', 'both'].includes(lower[k] ?? '')) k++;
    const described = describedHead(lower[k] ?? '') ? describedBody(ctx, describedHead(lower[k] ?? '') as string, s.span.index) : undefined;
    const bodies = [...listAfter(ctx, s, k), ...(described ? [described] : [])].filter((e) => e.type !== 'PERSON' && !PLACE_TYPES.has(e.type));
    const body = bodies[0] ? { entity: bodies[0] } : undefined;
    if (!body) continue;
    const members = resolvedMentions(ctx, s).filter((x) => x.mention.last <= i && (x.entity.type === 'PERSON' || x.entity.type === 'COUNTRY'));
    const subjects = members.length ? members.map((x) => x.entity) : [subjectPronoun(ctx, s, i)].filter((e): e is EntityDraft => Boolean(e));
    for (const member of subjects) {
      for (const group of bodies) sink.add({ subject: member, predicate: 'MEMBER_OF', object: group, rule: 'member-of', confidence: 0.8, sentence: s });
    }
  }
}

/** Chambers of a legislature: "The Senate, the upper house of Parliament", "both houses of the Legislative Assembly". */
export function findChambers(ctx: ReadContext, s: AnalysedSentence, sink: RelationSink): void {
  const lower = s.tokens.map((t) => t.lower);
  for (let i = 0; i < lower.length; i++) {
    if (!['house', 'houses', 'chamber', 'chambers'].includes(lower[i] ?? '') || lower[i + 1] !== 'of') continue;
    let k = i + 2;
    if (lower[k] === 'the') k++;
    const whole = referentStartingAt(ctx, s, k);
    if (!whole || whole.entity.type !== 'GOVERNMENT_BODY') continue;
    const plural = lower[i]?.endsWith('s');
    const chambers = plural
      ? ctx.resolution.entities.filter((e) => e !== whole.entity && e.type === 'GOVERNMENT_BODY' && /\b(senate|house|chamber|assembly|council)\b/i.test(e.name) && e.name !== whole.entity.name)
      : [resolvedMentions(ctx, s, true).filter((x) => x.mention.last <= i && x.entity.type === 'GOVERNMENT_BODY')[0]?.entity].filter((e): e is EntityDraft => Boolean(e));
    for (const chamber of chambers) {
      if (chamber !== whole.entity) sink.add({ subject: chamber, predicate: 'PART_OF', object: whole.entity, rule: 'chamber-of', confidence: 0.75, sentence: s });
    }
  }
  // "the Tarsk Economic Community (TEC), of which Uruguay is a member"
  for (let i = 0; i + 3 < lower.length; i++) {
    if (lower[i] !== 'of' || lower[i + 1] !== 'which') continue;
    const member = referentStartingAt(ctx, s, s.tokens[i + 2]?.lower === 'the' ? i + 3 : i + 2);
    if (!member || !['is', 'was', 'are'].includes(lower[member.last] ?? '') || !['a', 'an'].includes(lower[member.last + 1] ?? '') || lower[member.last + 2] !== 'member') continue;
    const body = [...resolvedMentions(ctx, s, true)].reverse().find((x) => x.mention.last <= i && x.entity.type !== 'PERSON' && !PLACE_TYPES.has(x.entity.type));
    if (body) sink.add({ subject: member.entity, predicate: 'MEMBER_OF', object: body.entity, rule: 'of-which-member', confidence: 0.8, sentence: s });
  }
}

/** Entities listed from token `from`: "Sweden, Iceland, Latvia and Estonia". */
export function listAfter(ctx: ReadContext, s: AnalysedSentence, from: number): EntityDraft[] {
  const out: EntityDraft[] = [];
  let k = from;
  while (k < s.tokens.length) {
    if (s.tokens[k]?.lower === 'the') k++;
    // A rank before a listed name ("Major Tamsin Vey") is not part of the list's grammar.
    for (let n = 0; n < 2; n++) k = s.cues.find((c) => (c.kind === 'honorific' || c.kind === 'title') && c.first === k)?.last ?? k;
    const item = referentStartingAt(ctx, s, k);
    if (!item) break;
    out.push(item.entity);
    k = item.last;
    const sep = s.tokens[k]?.lower;
    if (sep === ',' && s.tokens[k + 1]?.lower === 'and') k += 2;
    else if (sep === ',' && s.tokens[k + 1]?.lower === 'as' && s.tokens[k + 2]?.lower === 'well' && s.tokens[k + 3]?.lower === 'as') k += 4;
    else if (sep === ',' || sep === 'and' || sep === 'or') k++;
    else break;
  }
  return out;
}

/** The person a sentence-opening "He"/"She" refers to: the last person named before this sentence. */
export function subjectPronoun(ctx: ReadContext, s: AnalysedSentence, before: number): EntityDraft | undefined {
  const pronoun = s.tokens.slice(0, before).find((t) => ['he', 'she'].includes(t.lower));
  if (!pronoun) return undefined;
  return lastPersonBefore(ctx, s.span.index, s.tokens.indexOf(pronoun), pronoun.lower);
}

/** The last person mentioned before token `i` of sentence `sentence`, of the pronoun's gender if known. */
export function lastPersonBefore(ctx: ReadContext, sentence: number, i: number, pronoun?: string): EntityDraft | undefined {
  const excluded = pronoun === 'she' || pronoun === 'her' ? 'male' : pronoun === 'he' || pronoun === 'him' || pronoun === 'his' ? 'female' : undefined;
  for (let k = sentence; k >= 0; k--) {
    const s = ctx.sentences[k] as AnalysedSentence;
    const people = s.mentions
      .filter((m) => k < sentence || m.last <= i)
      .map((m) => ctx.resolution.entityOf(m))
      .filter((e): e is EntityDraft => e?.type === 'PERSON' && (!excluded || e.gender !== excluded));
    const last = people[people.length - 1];
    if (last) return last;
  }
  return undefined;
}

/** Bodies named after their parent: "TTO Defence Council" is part of the TTO. */
export function findPartOf(ctx: ReadContext, sink: RelationSink): void {
  for (const body of ctx.resolution.entities) {
    if (body.type === 'PERSON' || PLACE_TYPES.has(body.type)) continue;
    const firstWords = [...body.surfaces].filter((s) => s.includes(' ')).map((s) => s.split(' ')[0] ?? '');
    if (!firstWords.length) continue;
    // "TTO Defence Council", "African Union Commission": the parent's name opens the body's.
    const opensWith = (e: EntityDraft): boolean =>
      [...e.surfaces].some((p) => p.includes(' ') && [...body.surfaces].some((b) => b.startsWith(`${p} `)));
    const parent = ctx.resolution.entities.find(
      (e) => e !== body && e.type !== 'PERSON' && !PLACE_TYPES.has(e.type) && (firstWords.some((first) => isAcronymOf(first, e.name) || [...e.surfaces].includes(first)) || opensWith(e)),
    );
    const mention = body.mentions[0];
    if (parent && mention) {
      sink.add({ subject: body, predicate: 'PART_OF', object: parent, rule: 'parent-in-name', confidence: 0.8, sentence: ctx.sentences[mention.sentence] as AnalysedSentence });
    }
  }
}

/** Where bodies and places are. */
export function findLocations(ctx: ReadContext, s: AnalysedSentence, sink: RelationSink): void {
  const add = (subject: EntityDraft, object: EntityDraft, rule: string, confidence: number): void => {
    if (subject.type === 'COUNTRY' || subject === object) return;
    if (!PLACE_TYPES.has(object.type)) return;
    sink.add({ subject, predicate: 'LOCATED_IN', object, rule, confidence, sentence: s });
  };
  for (const { mention, entity } of resolvedMentions(ctx, s, true)) {
    // A demonym or a country inside a body's name: "Austrian Ministry of Foreign Trade", "Office of Germany".
    if (!PLACE_TYPES.has(entity.type) && entity.type !== 'PERSON') {
      for (const cca3 of mention.countries) {
        const country = ctx.resolution.countryFor(cca3, s, mention.first, mention.first + 1);
        if (country) add(entity, country, 'country-in-name', 0.85);
      }
      for (const placeName of mention.placeNames) {
        const place = ctx.resolution.byName(placeName);
        if (place) add(entity, place, 'place-in-name', 0.85);
      }
      const place = placePrefix(ctx, entity);
      if (place) add(entity, place, 'place-in-name', 0.8);
    }
    // A demonym before a descriptor and a body: "Russian news agency TASS", "Norwegian airline Nordwind Air".
    if (entity.type !== 'PERSON' && !PLACE_TYPES.has(entity.type)) {
      for (let j = mention.first - 1; j >= Math.max(0, mention.first - 4); j--) {
        const t = s.tokens[j];
        if (!t || (!t.word && t.text !== '-')) break;
        const cue = s.cues.find((c) => c.kind === 'demonym' && c.last - 1 === j);
        if (cue?.country) {
          const country = ctx.resolution.countryFor(cue.country, s, cue.first, cue.last);
          if (country && j < mention.first - 1) add(entity, country, 'demonym-descriptor', 0.8);
          break;
        }
        // "the Lindor consultancy X": a place before the descriptor locates the body too.
        const place = entityOf(ctx, mentionEndingAt(s, j));
        if (place && (place.type === 'CITY' || place.type === 'COUNTRY') && j < mention.first - 1 && !s.tokens[j + 1]?.cap) {
          add(entity, place, 'place-descriptor', 0.75);
          break;
        }
        if (t.cap || ['said', 'says', 'and', 'or', 'of', 'in', 'by', 'to'].includes(t.lower)) break;
      }
    }
    const isBody = !PLACE_TYPES.has(entity.type) && entity.type !== 'PERSON' && entity.type !== 'EVENT';
    // "the GRU, Russia's military intelligence service", "Tarvex, a Moscow software firm", "X, a Lindor-based company"
    if (isBody && s.tokens[mention.last]?.text === ',') {
      let k = mention.last + 1;
      if (['a', 'an', 'the'].includes(s.tokens[k]?.lower ?? '')) k++;
      const based = /^(.+)-based$/i.exec(s.tokens[k]?.text ?? '');
      const basedPlace = based?.[1] ? ctx.resolution.byName(based[1]) : undefined;
      const place = basedPlace ? { entity: basedPlace, last: k + 1 } : referentStartingAt(ctx, s, k);
      const next = place ? s.tokens[place.last] : undefined;
      const followedByDescriptor = next && ((next.text === "'s" && s.tokens[place?.last === undefined ? 0 : place.last + 1]?.word) || (next.word && !next.cap));
      if (place && PLACE_TYPES.has(place.entity.type) && followedByDescriptor) add(entity, place.entity, 'appositive-place', 0.75);
    }
    // "Mexico's aviation regulator, the Civil Aviation Board": the possessor country holds the body.
    const theBefore = s.tokens[mention.first - 1]?.lower === 'the' ? 1 : 0;
    if (isBody && s.tokens[mention.first - 1 - theBefore]?.text === ',' && s.tokens[mention.first - 2 - theBefore]?.word) {
      let j = mention.first - 2 - theBefore;
      while (j > 0 && s.tokens[j]?.word && !s.tokens[j]?.cap && j > mention.first - 6) j--;
      if (s.tokens[j]?.text === "'s") {
        const owner = referentEndingAt(ctx, s, j - 1);
        if (owner?.entity.type === 'COUNTRY') add(entity, owner.entity, 'possessed-appositive', 0.75);
      }
    }
    // "Club X, based in Lindor"
    if (isBody && s.tokens[mention.last]?.text === ',' && s.tokens[mention.last + 1]?.lower === 'based' && s.tokens[mention.last + 2]?.lower === 'in') {
      const place = referentStartingAt(ctx, s, mention.last + 3);
      if (place) add(entity, place.entity, 'based-in', 0.8);
    }
    // "Kesh, the main town of Aldra prefecture"
    if ((entity.type === 'CITY' || entity.type === 'REGION') && s.tokens[mention.last]?.text === ',' && s.tokens[mention.last + 1]?.lower === 'the') {
      let k = mention.last + 2;
      while (k < mention.last + 5 && s.tokens[k]?.word && !s.tokens[k]?.cap && !['town', 'city', 'village', 'capital'].includes(s.tokens[k]?.lower ?? '')) k++;
      const kind = s.tokens[k]?.lower ?? '';
      if (['town', 'city', 'village'].includes(kind) && s.tokens[k + 1]?.lower === 'of') {
        const outer = referentStartingAt(ctx, s, s.tokens[k + 2]?.lower === 'the' ? k + 3 : k + 2);
        if (outer && PLACE_TYPES.has(outer.entity.type)) add(entity, outer.entity, 'main-town-of', 0.75);
      }
    }
    // "Hope X, a prison ministry of the Lorian Church": a body that is a branch of another.
    if (isBody && s.tokens[mention.last]?.text === ',' && ['a', 'an', 'the'].includes(s.tokens[mention.last + 1]?.lower ?? '')) {
      let k = mention.last + 2;
      while (k < s.tokens.length && k < mention.last + 6 && s.tokens[k]?.word && !s.tokens[k]?.cap && s.tokens[k]?.lower !== 'of') k++;
      if (s.tokens[k]?.lower === 'of' && k > mention.last + 2) {
        const parent = referentStartingAt(ctx, s, s.tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1);
        if (parent && parent.entity !== entity && parent.entity.type !== 'PERSON' && !PLACE_TYPES.has(parent.entity.type)) {
          sink.add({ subject: entity, predicate: 'PART_OF', object: parent.entity, rule: 'appositive-branch', confidence: 0.7, sentence: s });
        }
      }
    }
    // "X of Iran", "Velora TV in Yemen", "the High Court in Dravik", "Yemen-based X".
    const after = s.tokens[mention.last]?.lower;
    if ((after === 'of' || after === 'in') && isBody) {
      const place = referentStartingAt(ctx, s, mention.last + 1);
      const placeFits = place && (place.entity.type === 'COUNTRY' || (after === 'in' && (entity.type === 'NEWS_AGENCY' || place.entity.type === 'CITY')));
      if (place && placeFits && s.tokens[place.last]?.text !== "'s") add(entity, place.entity, after === 'of' ? 'of-country' : 'in-place', 0.75);
    }
    // "Ireland's Supreme Court", "Cuba's state news agency Voz Isla": a country's body lies in it;
    // "the UN's World Food Programme": a body's body is part of it.
    if (isBody) {
      let j = mention.first - 1;
      while (j > 0 && s.tokens[j]?.word && !s.tokens[j]?.cap && j > mention.first - 4) j--;
      if (s.tokens[j]?.text === "'s") {
        const owner = referentEndingAt(ctx, s, j - 1);
        if (owner?.entity.type === 'COUNTRY') add(entity, owner.entity, 'country-possessive', 0.8);
        else if (owner && owner.entity.type !== 'PERSON' && !PLACE_TYPES.has(owner.entity.type)) {
          sink.add({ subject: entity, predicate: 'PART_OF', object: owner.entity, rule: 'body-possessive', confidence: 0.7, sentence: s });
        }
      }
    }
    const before = s.tokens[mention.first - 1];
    const basedMatch = before ? /^(.+)-based$/i.exec(before.text) : null;
    if (basedMatch?.[1]) {
      const place = ctx.resolution.byName(basedMatch[1]);
      if (place) add(entity, place, 'based-in', 0.85);
    }
    // Places in places: "Dravik in the centre of ... Oskar province", "Afghanistan's Oskar province".
    if (PLACE_TYPES.has(entity.type)) {
      if (s.tokens[mention.last]?.text === "'s") {
        // "Peru's northern Aldra region": compass words may stand between.
        let k = mention.last + 1;
        while (DIRECTION_ADJECTIVES.has(s.tokens[k]?.lower ?? '') || /^(north|south)-(east|west)ern$/.test(s.tokens[k]?.lower ?? '')) k++;
        const inner = referentStartingAt(ctx, s, k);
        if (inner && PLACE_TYPES.has(inner.entity.type) && inner.entity.type !== 'COUNTRY') add(inner.entity, entity, 'possessive-place', 0.8);
      }
      // "A, B and C in the Snowy-like Valleys", "Kesh, in eastern Sierra Leone", "X in the far north-east of Y"
      const listed = listOfPlaces(ctx, s, mention.first);
      let k = listed.end;
      if (s.tokens[k]?.text === ',' && s.tokens[k + 1]?.lower === 'in') k++;
      if (s.tokens[k]?.lower === 'in' && entity.type !== 'COUNTRY' && listed.first === entity) {
        k++;
        if (s.tokens[k]?.lower === 'the') k++;
        while (DIRECTION_ADJECTIVES.has(s.tokens[k]?.lower ?? '') || ['far', 'extreme', 'deep'].includes(s.tokens[k]?.lower ?? '')) k++;
        if ((DIRECTIONS.has(s.tokens[k]?.lower ?? '') || /^(north|south)-(east|west)$/.test(s.tokens[k]?.lower ?? '')) && s.tokens[k + 1]?.lower === 'of') k += 2;
        if (s.tokens[k]?.lower === 'the') k++;
        const outer = referentStartingAt(ctx, s, k);
        if (outer && PLACE_TYPES.has(outer.entity.type)) {
          const nested = s.tokens[outer.last]?.text === "'s" ? referentStartingAt(ctx, s, outer.last + 1) : undefined;
          const target = nested && PLACE_TYPES.has(nested.entity.type) ? nested.entity : outer.entity;
          for (const place of listed.places) if (place.type !== 'COUNTRY') add(place, target, 'place-in-place', 0.8);
        }
      }
    }
  }
  // A dateline, "CITY, Country — ...": the city lies in that country.
  if (s.span.index <= 2 && s.tokens[0]?.cap) {
    const city = referentStartingAt(ctx, s, 0);
    const country = city && s.tokens[city.last]?.text === ',' ? referentStartingAt(ctx, s, city.last + 1) : undefined;
    const dash = country ? s.tokens.slice(country.last, country.last + 4).some((t) => ['—', '–', '-'].includes(t.text)) : false;
    if (city && country && dash && city.entity.type === 'CITY' && country.entity.type === 'COUNTRY') add(city.entity, country.entity, 'dateline', 0.7);
  }
  // "A Lindor-based rights group, the Centre for X", "the Lyon-based organisation", "the Lyon-based lender's spokeswoman"
  for (let i = 0; i < s.tokens.length; i++) {
    const based = /^(.+)-based$/i.exec(s.tokens[i]?.text ?? '');
    const place = based?.[1] ? ctx.resolution.byName(based[1]) : undefined;
    if (!place || !PLACE_TYPES.has(place.type)) continue;
    let k = i + 1;
    while (k < s.tokens.length && k < i + 5 && s.tokens[k]?.word && !s.tokens[k]?.cap) k++;
    const headWord = s.tokens[k - 1]?.lower ?? '';
    let body = s.tokens[k]?.cap ? entityOf(ctx, mentionStartingAt(s, k)) : undefined;
    if (!body && s.tokens[k]?.text === ',') body = entityOf(ctx, mentionStartingAt(s, s.tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1));
    if (!body && describedHead(headWord)) body = describedBody(ctx, describedHead(headWord) as string, s.span.index);
    if (body && body.type !== 'PERSON' && !PLACE_TYPES.has(body.type)) add(body, place, 'based-in', 0.8);
  }
  // "said from its headquarters in Vienna", "headquartered in Lyon": where the subject body sits.
  for (let i = 0; i + 2 < s.tokens.length; i++) {
    const w = s.tokens[i]?.lower ?? '';
    if (!((w === 'headquarters' || w === 'headquartered' || w === 'seat') && s.tokens[i + 1]?.lower === 'in')) continue;
    const place = referentStartingAt(ctx, s, i + 2);
    const describedOwner = s.tokens[i - 1]?.text === "'s" && describedHead(s.tokens[i - 2]?.lower ?? '') ? describedBody(ctx, describedHead(s.tokens[i - 2]?.lower ?? '') as string, s.span.index) : undefined;
    const owner = describedOwner ?? resolvedMentions(ctx, s, true).find((x) => x.mention.last <= i && x.entity.type !== 'PERSON' && !PLACE_TYPES.has(x.entity.type))?.entity;
    if (place && owner) add(owner, place.entity, 'headquarters-in', 0.75);
  }
  // "the Aldra town of Telvin": a place inside the place that qualifies it.
  for (let i = 1; i + 2 < s.tokens.length; i++) {
    const kind = s.tokens[i]?.lower ?? '';
    if (!['town', 'city', 'village', 'district', 'province', 'region', 'county', 'port', 'state'].includes(kind) || s.tokens[i + 1]?.lower !== 'of') continue;
    // "the Aldra town of X", "the Libyan port of X" (a demonym names the country).
    const outer = referentEndingAt(ctx, s, i - 1);
    const inner = referentStartingAt(ctx, s, i + 2);
    if (outer && inner && PLACE_TYPES.has(outer.entity.type) && PLACE_TYPES.has(inner.entity.type)) add(inner.entity, outer.entity, 'place-kind-of', 0.75);
  }
  // "Swedish firms including A, B and C": every listed body lies in the demonym's country.
  for (let i = 0; i < s.tokens.length; i++) {
    const w = s.tokens[i]?.lower;
    const trigger = w === 'including' || (w === 'as' && s.tokens[i - 1]?.lower === 'such');
    if (!trigger || tokenQuoted(ctx, s, i)) continue;
    const descriptorAt = w === 'as' ? i - 2 : i - 1;
    const cue = s.cues.find((c) => c.kind === 'demonym' && c.country && c.last === descriptorAt);
    if (!cue?.country) continue;
    const country = ctx.resolution.countryFor(cue.country, s, cue.first, cue.last);
    for (const body of listAfter(ctx, s, i + 1)) {
      if (country && body.type !== 'PERSON' && !PLACE_TYPES.has(body.type)) add(body, country, 'demonym-list', 0.75);
    }
  }
  // "Guam is ... a territory of the United States"
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i];
    if (!t || !PART_NOUNS.has(t.lower) || s.tokens[i + 1]?.lower !== 'of' || tokenQuoted(ctx, s, i)) continue;
    let k = i + 2;
    if (s.tokens[k]?.lower === 'the') k++;
    const outer = referentStartingAt(ctx, s, k);
    const isIdx = s.tokens.findIndex((x, idx) => idx < i && ['is', 'was', 'remains', 'became'].includes(x.lower));
    const inner = isIdx > 0 ? referentEndingAt(ctx, s, isIdx - 1) : undefined;
    if (outer && inner && PLACE_TYPES.has(inner.entity.type)) add(inner.entity, outer.entity, 'territory-of', 0.8);
  }
}

/** The places listed from token `from` ("Telvin, Morra and Kesh") and the token after the list. */
function listOfPlaces(ctx: ReadContext, s: AnalysedSentence, from: number): { first?: EntityDraft; places: EntityDraft[]; end: number } {
  const places: EntityDraft[] = [];
  let k = from;
  for (;;) {
    const item = referentStartingAt(ctx, s, k);
    if (!item || !PLACE_TYPES.has(item.entity.type)) break;
    places.push(item.entity);
    k = item.last;
    const sep = s.tokens[k]?.lower;
    const next = sep === ',' && s.tokens[k + 1]?.lower === 'and' ? k + 2 : sep === ',' || sep === 'and' ? k + 1 : -1;
    if (next < 0 || !referentStartingAt(ctx, s, next)) break;
    k = next;
  }
  return { ...(places[0] ? { first: places[0] } : {}), places, end: k };
}

/** A place whose name opens a body's name: "Velora Police", "Oskar provincial council". */
function placePrefix(ctx: ReadContext, body: EntityDraft): EntityDraft | undefined {
  const key = surfaceKey(body.name);
  let best: EntityDraft | undefined;
  for (const e of ctx.resolution.entities) {
    if (!PLACE_TYPES.has(e.type) || e.type === 'COUNTRY') continue;
    const name = surfaceKey(e.name);
    if (key.startsWith(`${name} `) && (!best || name.length > surfaceKey(best.name).length)) best = e;
  }
  return best;
}

/** "the capital, Lisbon", "Velora, the capital", "X, the capital of Y". */
export function findCapitals(ctx: ReadContext, s: AnalysedSentence, sink: RelationSink, dominant: EntityDraft | undefined): void {
  const add = (region: EntityDraft, country: EntityDraft): void => {
    if (country.type === 'COUNTRY') sink.add({ subject: region, predicate: 'LOCATED_IN', object: country, rule: 'possessive-place', confidence: 0.8, sentence: s });
  };
  for (let i = 0; i < s.tokens.length; i++) {
    if (s.tokens[i]?.lower !== 'capital' || tokenQuoted(ctx, s, i)) continue;
    let city: EntityDraft | undefined;
    let country: EntityDraft | undefined;
    if (s.tokens[i + 1]?.text === ',' || s.tokens[i + 1]?.word) {
      const next = referentStartingAt(ctx, s, s.tokens[i + 1]?.text === ',' ? i + 2 : i + 1);
      if (next && next.entity.type !== 'COUNTRY') city = next.entity;
      if (s.tokens[i + 1]?.lower === 'of') {
        let k = i + 2;
        if (s.tokens[k]?.lower === 'the') k++;
        const owner = referentStartingAt(ctx, s, k);
        country = owner?.entity;
        // "the capital of Brazil's north-western state of Verdania": the region, which lies in the country.
        if (owner && s.tokens[owner.last]?.text === "'s") {
          for (let n = owner.last + 1; n < Math.min(s.tokens.length, owner.last + 8); n++) {
            const inner = referentStartingAt(ctx, s, n);
            if (inner?.entity.type === 'REGION') {
              add(inner.entity, owner.entity);
              country = inner.entity;
              break;
            }
          }
        }
      }
    }
    // "Dublin, the Irish capital"; "talks in the Austrian capital" (the country's known capital, if named)
    const demonym = s.cues.find((c) => c.kind === 'demonym' && c.country && c.last === i);
    if (demonym?.country) {
      const owner = ctx.resolution.countryFor(demonym.country, s, demonym.first, demonym.last);
      const named = s.tokens[demonym.first - 1]?.lower === 'the' && s.tokens[demonym.first - 2]?.text === ',' ? entityOf(ctx, mentionEndingAt(s, demonym.first - 3)) : undefined;
      const known = ctx.resolution.entities.find((e) => e.type === 'CITY' && e.capitalOf === demonym.country);
      const capitalCity = named ?? known;
      if (owner && capitalCity && (capitalCity.type === 'CITY' || capitalCity.type === 'REGION')) {
        sink.add({ subject: capitalCity, predicate: 'CAPITAL_OF', object: owner, rule: 'demonym-capital', confidence: 0.8, sentence: s });
      }
      continue;
    }
    // "Velora, the capital", "Marsk, the regional capital"
    const regional = ['regional', 'provincial', 'state'].includes(s.tokens[i - 1]?.lower ?? '');
    const theAt = regional ? i - 2 : i - 1;
    if (!city && s.tokens[theAt]?.lower === 'the' && s.tokens[theAt - 1]?.text === ',') {
      city = entityOf(ctx, mentionEndingAt(s, theAt - 2));
    }
    if (!city || (city.type !== 'CITY' && city.type !== 'REGION')) continue;
    const known = city.capitalOf ? ctx.resolution.entities.find((e) => e.type === 'COUNTRY' && e.countries.has(city.capitalOf ?? '')) : undefined;
    const region = regional ? latestRegion(ctx, s.span.index) : undefined;
    const target = country ?? region ?? known ?? dominant;
    if (target && (target.type === 'COUNTRY' || target.type === 'REGION')) {
      city.type = 'CITY';
      sink.add({ subject: city, predicate: 'CAPITAL_OF', object: target, rule: 'the-capital', confidence: 0.8, sentence: s });
    }
  }
}

/** The region named last up to sentence `upTo`: what "the regional capital" is the capital of. */
function latestRegion(ctx: ReadContext, upTo: number): EntityDraft | undefined {
  for (let k = upTo; k >= 0; k--) {
    const regions = (ctx.sentences[k] as AnalysedSentence).mentions.map((m) => ctx.resolution.entityOf(m)).filter((e) => e?.type === 'REGION');
    if (regions.length) return regions[regions.length - 1];
  }
  return undefined;
}

/**
 * Cities and regions with no stated place, in a document about one country, lie in that country
 * when they are named in a paragraph that names that country and no other. Known capitals and
 * places the gazetteer knows are left alone: the text does not place them.
 */
export function locateInDominantCountry(ctx: ReadContext, sink: RelationSink, dominant: EntityDraft | undefined): void {
  if (!dominant) return;
  const countriesByParagraph = new Map<number, Set<string>>();
  for (const s of ctx.sentences) {
    const set = countriesByParagraph.get(s.span.paragraph) ?? new Set<string>();
    for (const m of s.mentions) {
      m.countries.forEach((c) => set.add(c));
      if (m.gazetteer?.country) set.add(m.gazetteer.country);
    }
    for (const c of s.cues) if (c.kind === 'demonym' && c.country) set.add(c.country);
    countriesByParagraph.set(s.span.paragraph, set);
  }
  const onlyDominant = (paragraph: number): boolean => {
    const set = countriesByParagraph.get(paragraph);
    return Boolean(set && set.size > 0 && [...set].every((c) => dominant.countries.has(c)));
  };
  for (const e of ctx.resolution.entities) {
    if ((e.type !== 'CITY' && e.type !== 'REGION') || e.mentions.some((m) => m.gazetteer)) continue;
    if (sink.has(e, 'LOCATED_IN') || sink.has(e, 'CAPITAL_OF')) continue;
    const mention = e.mentions.find((m) => onlyDominant((ctx.sentences[m.sentence] as AnalysedSentence).span.paragraph));
    if (!mention) continue;
    sink.add({ subject: e, predicate: 'LOCATED_IN', object: dominant, rule: 'document-country', confidence: 0.55, sentence: ctx.sentences[mention.sentence] as AnalysedSentence });
  }
}
