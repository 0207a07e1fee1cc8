// A fuzz run against the real service on loopback: at least 5,000 generated queries and 500
// generated mutations, from the schema itself, with arguments in and out of range, wrong types,
// repeated fields, aliases, fragments, variables and broken syntax. Not one answer may be a 5xx,
// and not one error-level line may be logged. The generator is seeded, so a failure repeats.
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { seededRandom } from '../../src/graph/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/api/index.js';
import { type Target, startTarget } from './support.js';

const QUERIES = Number(process.env.FUZZ_QUERIES ?? 5_000);
/** One in eleven of the requests. */
const MUTATIONS = QUERIES / 10;
const CONCURRENCY = 4;

const schema = buildSchema(loadTypeDefs());

class Generator {
  constructor(
    private readonly random: () => number,
    private readonly ids: readonly string[],
  ) {}

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.random() * items.length)];
    if (item === undefined) throw new Error('pick: empty list');
    return item;
  }

  chance(p: number): boolean {
    return this.random() < p;
  }

  int(): string {
    return this.pick(['-1', '0', '1', '2', '5', '20', '50', '100', '101', '1000', '2147483647', '99999999999', '1.5', '"7"']);
  }

  string(): string {
    return JSON.stringify(
      this.pick([
        '',
        'toka',
        'France',
        'country:france',
        '2022-01-06',
        '2022-02-30',
        '0000-01-01',
        'x'.repeat(300),
        'ab\u0085cd',
        '\u0000',
        '<script>alert(1)</script>',
        '🙂 unicode ☃',
        'Robert"); DROP TABLE kg_documents;--',
        `${this.pick(this.ids)}`,
      ]),
    );
  }

  value(type: GraphQLInputType, depth: number): string {
    if (isNonNullType(type)) return this.chance(0.03) ? 'null' : this.value(type.ofType, depth);
    if (this.chance(0.05)) return 'null';
    if (isListType(type)) {
      const count = Math.floor(this.random() * 4);
      return `[${Array.from({ length: count }, () => this.value(type.ofType, depth + 1)).join(', ')}]`;
    }
    if (this.chance(0.04)) return this.pick(['42', '"wrong type"', 'true', '{ a: 1 }', 'NOT_AN_ENUM']);
    if (isEnumType(type)) return this.pick(type.getValues()).name;
    if (isInputObjectType(type)) {
      if (depth > 3) return '{}';
      const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) || this.chance(0.5));
      return `{ ${fields.map((f) => `${f.name}: ${this.value(f.type, depth + 1)}`).join(', ')} }`;
    }
    if (isScalarType(type)) {
      switch (type.name) {
        case 'Int':
          return this.int();
        case 'Float':
          return this.pick(['0', '0.5', '1', '-3', '1e308']);
        case 'Boolean':
          return this.pick(['true', 'false']);
        case 'ID':
          return this.chance(0.7) ? JSON.stringify(this.pick(this.ids)) : this.string();
        default:
          return this.string();
      }
    }
    return 'null';
  }

  args(args: readonly GraphQLArgument[]): string {
    const given = args.filter((a) => (isNonNullType(a.type) ? !this.chance(0.03) : this.chance(0.4)));
    return given.length === 0 ? '' : `(${given.map((a) => `${a.name}: ${this.value(a.type, 0)}`).join(', ')})`;
  }

  selection(type: GraphQLOutputType, depth: number): string {
    const named: GraphQLNamedType = getNamedType(type);
    if (isScalarType(named) || isEnumType(named)) return '';
    if (isUnionType(named) || isInterfaceType(named)) {
      const possible = schema.getPossibleTypes(named);
      const chosen = possible.filter(() => this.chance(0.5));
      return `{ __typename ${chosen.map((t) => `... on ${t.name} ${this.selection(t, depth + 1) || '{ __typename }'}`).join(' ')} }`;
    }
    if (!isObjectType(named)) return '';
    const fields = Object.values(named.getFields());
    if (depth > 5) {
      const leaf = fields.find((f) => isScalarType(getNamedType(f.type)));
      return `{ ${leaf?.name ?? '__typename'} }`;
    }
    const count = 1 + Math.floor(this.random() * 4);
    const parts: string[] = [];
    for (let i = 0; i < count; i += 1) parts.push(this.field(this.pick(fields), depth));
    if (this.chance(0.05)) parts.push(...Array.from({ length: 1 + Math.floor(this.random() * 15) }, () => parts[0] ?? '__typename'));
    return `{ ${parts.join(' ')} }`;
  }

  field(field: GraphQLField<unknown, unknown>, depth: number): string {
    const alias = this.chance(0.1) ? `a${Math.floor(this.random() * 30)}: ` : '';
    return `${alias}${field.name}${this.args(field.args)} ${this.selection(field.type, depth + 1)}`;
  }

  operation(kind: 'query' | 'mutation'): string {
    const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
    if (!root) throw new Error('no root type');
    const fields = Object.values(root.getFields());
    const count = kind === 'mutation' ? 1 : 1 + Math.floor(this.random() * 3);
    let text = `${kind} { ${Array.from({ length: count }, () => this.field(this.pick(fields), 0)).join(' ')} }`;
    if (this.chance(0.03)) text = text.slice(0, Math.floor(this.random() * text.length));
    if (this.chance(0.02)) text = text.replace('{', '{ { ');
    return text;
  }

  body(kind: 'query' | 'mutation'): unknown {
    const query = this.operation(kind);
    if (this.chance(0.03)) return { query, variables: { n: this.pick([1, -1, 'x', null, [1], { a: 1 }]) } };
    if (this.chance(0.02))
      return { query: 'query($n: Int) { entities(first: $n) { totalCount } }', variables: { n: this.pick([5, 1000, -5, 'five', 1.5, null]) } };
    if (this.chance(0.01)) return { query, operationName: 'Nope' };
    if (this.chance(0.01)) return { notAQuery: true };
    return { query };
  }
}

describe('fuzz: generated queries and mutations', { timeout: 600_000 }, () => {
  let target: Target;
  beforeAll(async () => {
    target = await startTarget(20, { rateLimits: { perAddress: 0, perKey: 0 } });
  }, 120_000);
  afterAll(() => target.close());

  it(`answers ${QUERIES} queries and ${MUTATIONS} mutations with no 5xx and no error-level log line`, async () => {
    const ids = [
      ...target.server.store.graph.nodes().slice(0, 40),
      ...[...target.server.store.documents()].slice(0, 5).map((d) => d.id),
      'doc:0000000000000000',
      'nobody',
    ];
    const generate = new Generator(seededRandom(0x5eed), ids);
    // One mutation in every eleven requests, spread among the queries as a real mix would be.
    const work = Array.from({ length: QUERIES + MUTATIONS }, (_, i) => (i % 11 === 5 ? ('mutation' as const) : ('query' as const)));
    const statuses = new Map<number, number>();
    const serverErrors: string[] = [];
    const slow: [number, string][] = [];
    let next = 0;
    const started = performance.now();
    const worker = async (): Promise<void> => {
      for (let i = next++; i < work.length; i = next++) {
        const body = generate.body(work[i] ?? 'query');
        const answer = await target.post(body);
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        slow.push([answer.ms, `${answer.status} ${JSON.stringify(body).slice(0, 160)}`]);
        if (answer.status >= 500) serverErrors.push(`${answer.status} ${JSON.stringify(body).slice(0, 300)} -> ${answer.text.slice(0, 200)}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    process.stdout.write(
      `fuzz: ${work.length} requests in ${((performance.now() - started) / 1000).toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}\n`,
    );
    if (process.env.FUZZ_SLOWEST) for (const [ms, what] of slow.sort((a, b) => b[0] - a[0]).slice(0, 15)) process.stdout.write(`${ms.toFixed(0)} ms ${what}\n`);
    expect(serverErrors).toEqual([]);
    expect(target.errorLines()).toEqual([]);
    // The generator reached the resolvers, not only the validator.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(work.length / 4);
  });
});
