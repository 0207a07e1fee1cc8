// Cross-document entity resolution: which existing node an entity of a new article is, when the
// article names it differently. Two ways beyond the same name: a country (or any name the
// gazetteer knows) under its official, short or alternative name joins the node of the same
// gazetteer entry; a person joins the one node with the same surname key, a close given name and
// no conflicting evidence (another country, another role at the same place, another organisation
// led). Candidates come from indices kept current from the graph's events, so a mention costs a
// look-up in a bucket, never a scan of every entity. Terminology: the *authority* is whatever
// knows canonical names (the extractor's gazetteer, wired in by the server); a *resolution* is the
// record of one join, kept so a user can ask why two surface forms are one node.
// Joins depend only on the documents applied before, in their order, and the store applies them
// in log order, so a restart, a deletion (a rebuild) or another replica gives the same graph. The
// order can matter where forms chain: an initial that fits two people joins the one that is known
// when it comes, or neither when both are; the tests pin the corpus's partition in both orders.
import { type MultiDirectedGraph } from 'graphology';
import { type EntityType, type ExtractedEntity, type ExtractedRelation, type RelationType } from '../domain/index.js';
import { type EntityAttrs, type RelationAttrs } from './attributes.js';
import { followNodes } from './follow-nodes.js';
import { type PersonName, compareGivenNames, isNameMatch, parsePersonName, personBucketKey } from './person-name.js';
import { surfaceKey } from './surface-key.js';

/** Why an extracted entity joined a node with another id. */
export const RESOLUTION_REASONS = ['SAME_NAME', 'GAZETTEER_NAME', 'PERSON_NAME'] as const;

/** Why an extracted entity joined a node with another id. */
export type ResolutionReason = (typeof RESOLUTION_REASONS)[number];

/** The record of one join: the extracted id, the node it joined, why, and in which document. */
export interface Resolution {
  readonly id: string;
  /** The name the document gave the entity. */
  readonly name: string;
  /** The node the entity joined when it was resolved (follow the store's redirects for today's). */
  readonly into: string;
  readonly reason: ResolutionReason;
  /** The document whose entity was resolved. */
  readonly document: string;
  /** One sentence a person can read: which forms were compared and what decided it. */
  readonly detail: string;
}

/** Knows canonical names: the one name of the thing a surface form of a given type stands for. */
export interface NameAuthority {
  /** The canonical name of what `surface` names as an entity of `type`, or undefined when unknown. */
  canonicalName(type: EntityType, surface: string): string | undefined;
}

/** A join the resolver proposes: the entity's name, the node and the sentence that explains it. */
export interface ResolutionMatch {
  readonly name: string;
  readonly node: string;
  readonly reason: ResolutionReason;
  readonly detail: string;
}

/** What an article or the graph says a person is: the basis for refusing to join two people. */
export interface PersonEvidence {
  /** Countries the person holds a role in, leads, speaks for or belongs to (node ids). */
  readonly countries: ReadonlySet<string>;
  /** Role keys per place or body the person holds them at (node ids). */
  readonly rolesByTarget: ReadonlyMap<string, ReadonlySet<string>>;
  /** Organisations (not countries) the person leads (node ids). */
  readonly leads: ReadonlySet<string>;
}

/** Relations that say what a person is. */
export const ROLE_PREDICATES: ReadonlySet<RelationType> = new Set(['LEADS', 'HOLDS_ROLE', 'SPOKESPERSON_FOR', 'MEMBER_OF']);

/** Finds the existing node an extracted entity is, when its name differs from the node's. */
export class Resolver {
  readonly #graph: MultiDirectedGraph<EntityAttrs, RelationAttrs>;
  readonly #authority: NameAuthority | undefined;
  /**
   * Index key -> the node, or the nodes, that have it. Keys are "c:" and a canonical key (type and
   * canonical name of a node's name), or "p:" and a person bucket (surname key and first initial
   * of a PERSON node's name or alias). One node is kept as its id: most buckets hold one.
   */
  readonly #byKey = new Map<string, string | Set<string>>();
  /** Per node with keys: its index keys, and the name and aliases they came from. */
  readonly #keysById = new Map<string, IndexedNode>();
  /**
   * Person forms of the nodes that have been candidates, parsed once: a node in a common surname's
   * bucket is compared often, most nodes never. Dropped whenever the node's names change.
   */
  readonly #formsById = new Map<string, readonly PersonName[]>();
  /**
   * Nodes that were one of several fitting candidates of a join that therefore did not happen:
   * without one of them the join might have, so a document that introduced one cannot be taken
   * out of the graph in place (see document-removal.ts). Marks are never cleared but by a rebuild.
   */
  readonly #contested = new Set<string>();

  /** Indexes every node of `graph` and follows its changes from now on. */
  constructor(graph: MultiDirectedGraph<EntityAttrs, RelationAttrs>, authority: NameAuthority | undefined) {
    this.#graph = graph;
    this.#authority = authority;
    followNodes(graph, {
      index: (id, attrs) => this.#index(id, attrs),
      unindex: (id) => this.#unindex(id),
      clear: () => {
        this.#contested.clear();
        this.#byKey.clear();
        this.#keysById.clear();
        this.#formsById.clear();
      },
    });
  }

  /** Key of the canonical name the authority gives an entity's name, or undefined when it knows none. */
  canonicalKey(type: EntityType, name: string): string | undefined {
    const canonical = this.#authority?.canonicalName(type, name);
    return canonical === undefined ? undefined : `${type}|${surfaceKey(canonical)}`;
  }

  /** The one node whose name has the same canonical name as `entity`'s, if exactly one does. */
  byCanonicalName(entity: ExtractedEntity): ResolutionMatch | undefined {
    const key = this.canonicalKey(entity.type, entity.name);
    if (key === undefined) return undefined;
    const node = this.#byKey.get(`c:${key}`);
    if (typeof node !== 'string') {
      if (node !== undefined) this.markContested(node);
      return undefined;
    }
    const name = this.#graph.getNodeAttributes(node).name;
    const canonical = this.#authority?.canonicalName(entity.type, entity.name) ?? name;
    return { name: entity.name, node, reason: 'GAZETTEER_NAME', detail: `"${entity.name}" and "${name}" are both names of ${canonical} in the gazetteer.` };
  }

  /**
   * The one PERSON node that `entity` is by name: a form of it shares the surname key and has a
   * close given name, none of its forms has a conflicting given name, and the evidence does not
   * conflict. Several such nodes are ambiguous and resolve to none.
   */
  byPersonName(entity: ExtractedEntity, evidence: PersonEvidence): ResolutionMatch | undefined {
    if (entity.type !== 'PERSON') return undefined;
    const forms = personForms([entity.name, ...entity.aliases]);
    const candidates = new Set<string>();
    for (const form of forms) {
      const ids = this.#byKey.get(`p:${personBucketKey(form)}`);
      if (typeof ids === 'string') candidates.add(ids);
      else for (const id of ids ?? []) candidates.add(id);
    }
    let found: ResolutionMatch | undefined;
    for (const node of candidates) {
      const agreement = compareForms(forms, this.#formsOf(node));
      if (agreement === undefined) continue;
      const conflict = conflictingEvidence(evidence, this.evidenceOfNode(node));
      if (conflict !== undefined) continue;
      if (found !== undefined) {
        this.markContested([found.node, node]);
        return undefined;
      }
      found = {
        name: entity.name,
        node,
        reason: 'PERSON_NAME',
        detail: `"${agreement.ours}" and "${agreement.theirs}": the same surname, ${agreement.how} given name, no conflicting role or country.`,
      };
    }
    return found;
  }

  /** Records that `nodes` were the fitting candidates of a join refused as ambiguous. */
  markContested(nodes: Iterable<string>): void {
    for (const node of nodes) this.#contested.add(node);
  }

  /** True when the node was one of several fitting candidates of a refused join (see markContested). */
  wasContested(id: string): boolean {
    return this.#contested.has(id);
  }

  /** What the graph says a person node is, from its role relations. */
  evidenceOfNode(id: string): PersonEvidence {
    const claims: RoleClaim[] = [];
    for (const edge of this.#graph.outEdges(id)) {
      const attrs = this.#graph.getEdgeAttributes(edge);
      if (!ROLE_PREDICATES.has(attrs.predicate)) continue;
      const target = this.#graph.target(edge);
      claims.push({ predicate: attrs.predicate, target, targetType: this.#graph.getNodeAttributes(target).type, role: attrs.role });
    }
    return evidenceFrom(claims);
  }

  #formsOf(id: string): readonly PersonName[] {
    let forms = this.#formsById.get(id);
    if (forms === undefined) {
      const attrs = this.#graph.getNodeAttributes(id);
      forms = personForms([attrs.name, ...attrs.aliases]);
      this.#formsById.set(id, forms);
    }
    return forms;
  }

  #index(id: string, attrs: EntityAttrs): void {
    const known = this.#keysById.get(id);
    if (known !== undefined && known.name === attrs.name && known.aliases === attrs.aliases) return;
    this.#unindex(id);
    const keys: string[] = [];
    const canonical = this.canonicalKey(attrs.type, attrs.name);
    if (canonical !== undefined) keys.push(`c:${canonical}`);
    if (attrs.type === 'PERSON') for (const form of personForms([attrs.name, ...attrs.aliases])) keys.push(`p:${personBucketKey(form)}`);
    const unique = [...new Set(keys)];
    // Most nodes have no key (neither a person nor a name the authority knows): nothing is kept for them.
    if (unique.length === 0) return;
    this.#keysById.set(id, { keys: unique, name: attrs.name, aliases: attrs.aliases });
    for (const key of unique) {
      const ids = this.#byKey.get(key);
      if (ids === undefined) this.#byKey.set(key, id);
      else if (typeof ids === 'string') this.#byKey.set(key, new Set([ids, id]));
      else ids.add(id);
    }
  }

  #unindex(id: string): void {
    for (const key of this.#keysById.get(id)?.keys ?? []) {
      const ids = this.#byKey.get(key);
      if (ids === id) this.#byKey.delete(key);
      else if (typeof ids !== 'string' && ids !== undefined) {
        ids.delete(id);
        const [last] = ids;
        if (ids.size === 1 && last !== undefined) this.#byKey.set(key, last);
      }
    }
    this.#keysById.delete(id);
    this.#formsById.delete(id);
  }
}

interface IndexedNode {
  readonly keys: readonly string[];
  readonly name: string;
  readonly aliases: readonly string[];
}

/** One role relation of a person, its target already a node id. */
export interface RoleClaim {
  readonly predicate: RelationType;
  readonly target: string;
  readonly targetType: EntityType | undefined;
  readonly role: string | null;
}

/**
 * What an article says about one of its persons: its role relations among `relations` (those of
 * the article with the person as subject, or all of them), with targets mapped to the nodes they
 * resolve to (`nodeOf`) and typed by the article's entities (`typeOf`).
 */
export function evidenceOfExtracted(
  entityId: string,
  relations: readonly ExtractedRelation[],
  nodeOf: (id: string) => string,
  typeOf: (id: string) => EntityType | undefined,
): PersonEvidence {
  const claims: RoleClaim[] = [];
  for (const r of relations) {
    if (r.subject !== entityId || !ROLE_PREDICATES.has(r.predicate)) continue;
    claims.push({ predicate: r.predicate, target: nodeOf(r.object), targetType: typeOf(r.object), role: r.role ?? null });
  }
  return evidenceFrom(claims);
}

/** Gathers role claims into evidence. */
export function evidenceFrom(claims: readonly RoleClaim[]): PersonEvidence {
  const countries = new Set<string>();
  const rolesByTarget = new Map<string, Set<string>>();
  const leads = new Set<string>();
  for (const c of claims) {
    if (c.targetType === 'COUNTRY') countries.add(c.target);
    else if (c.predicate === 'LEADS') leads.add(c.target);
    if ((c.predicate === 'HOLDS_ROLE' || c.predicate === 'LEADS') && c.role !== null && c.role.trim() !== '') {
      const roles = rolesByTarget.get(c.target) ?? new Set<string>();
      roles.add(surfaceKey(c.role));
      rolesByTarget.set(c.target, roles);
    }
  }
  return { countries, rolesByTarget, leads };
}

/**
 * Why two bodies of evidence cannot be one person, or undefined when they can: roles in different
 * countries, different roles at the same place or body (neither a word-wise part of the other:
 * "minister" and "foreign minister" agree, "foreign minister" and "football coach" do not), or
 * different organisations led. Evidence that is missing on either side never conflicts.
 */
export function conflictingEvidence(a: PersonEvidence, b: PersonEvidence): string | undefined {
  if (a.countries.size > 0 && b.countries.size > 0 && disjoint(a.countries, b.countries)) return 'roles in different countries';
  for (const [target, roles] of a.rolesByTarget) {
    const others = b.rolesByTarget.get(target);
    if (others !== undefined && !someRoleAgrees(roles, others)) return `different roles at "${target}"`;
  }
  if (a.leads.size > 0 && b.leads.size > 0 && disjoint(a.leads, b.leads)) return 'leads different organisations';
  return undefined;
}

/** The forms among `names` that read as a person's given names and surname. */
function personForms(names: readonly string[]): PersonName[] {
  const forms: PersonName[] = [];
  for (const name of names) {
    const form = parsePersonName(name);
    if (form !== undefined) forms.push(form);
  }
  return forms;
}

/**
 * How two sets of forms agree: undefined when no pair with one surname matches or some pair
 * conflicts ("Alexander" on one side, "Andrei" on the other), else the best matching pair.
 */
function compareForms(ours: readonly PersonName[], theirs: readonly PersonName[]): { ours: string; theirs: string; how: string } | undefined {
  let best: { ours: string; theirs: string; how: string; rank: number } | undefined;
  for (const a of ours) {
    for (const b of theirs) {
      const match = compareGivenNames(a, b);
      if (match === 'CONFLICT') return undefined;
      if (!isNameMatch(match)) continue;
      const rank = match === 'SAME' ? 3 : match === 'CLOSE' ? 2 : 1;
      if (best === undefined || rank > best.rank) {
        best = { ours: a.text, theirs: b.text, how: match === 'SAME' ? 'the same' : match === 'CLOSE' ? 'a close spelling of the' : 'an initial of the', rank };
      }
    }
  }
  return best;
}

/** True when a role of one side is the other's, or a word-wise part of it ("minister" of "foreign minister"). */
function someRoleAgrees(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) {
    for (const y of b) {
      const wordsX = x.split(' ');
      const wordsY = new Set(y.split(' '));
      if (wordsX.every((w) => wordsY.has(w)) || [...wordsY].every((w) => wordsX.includes(w))) return true;
    }
  }
  return false;
}

function disjoint<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  for (const x of a) if (b.has(x)) return false;
  return true;
}
