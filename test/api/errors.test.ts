// Error mapping and request limits: our errors keep their code, bugs are masked and logged,
// oversized queries are refused before they run.
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/domain/index.js';
import { MASKED_MESSAGE, MAX_ALIASES, MAX_DEPTH } from '../../src/api/index.js';
import { GraphStore } from '../../src/graph/index.js';
import { type Harness, startHarness, testLogger } from './harness.js';

/** A store whose writes fail the way a bug would. */
class BrokenStore extends GraphStore {
  override applyExtraction(): never {
    throw new TypeError('secret internals: cannot read properties of undefined');
  }
}

describe('GraphQL error mapping', () => {
  let api: Harness | undefined;
  afterEach(async () => {
    await api?.stop();
    api = undefined;
  });

  it('gives a bad cursor and a page size out of range the BAD_USER_INPUT code', async () => {
    api = await startHarness();
    const cursor = await api.run(`{ entities(after: "garbage") { totalCount } }`);
    expect(cursor.errors?.[0]?.extensions?.code).toBe(ErrorCode.INVALID_INPUT);
    const size = await api.run(`{ entities(first: 1000) { totalCount } }`);
    expect(size.errors?.[0]?.extensions?.code).toBe(ErrorCode.INVALID_INPUT);
  });

  // The message of a page size out of range names the field the client asked, in plain words,
  // never a function of ours (it once said "paginate:" or "pageFrom:").
  it.each([
    ['entities', `{ entities(first: 1000) { totalCount } }`],
    ['documentConnection', `{ documentConnection(first: 1000) { totalCount } }`],
    ['statementConnection', `{ statementConnection(first: 1000) { totalCount } }`],
    ['factConnection', `{ factConnection(first: 1000) { totalCount } }`],
    ['relations', `{ relations(first: 1000) { totalCount } }`],
    ['search', `{ search(query: "kazakh", first: 1000) { totalCount } }`],
    ['curations', `{ curations(first: 1000) { totalCount } }`],
  ])('says which field (%s) was asked for a page too large', async (field, query) => {
    api = await startHarness();
    const result = await api.run(query);
    expect(result.errors?.[0]?.extensions?.code).toBe(ErrorCode.INVALID_INPUT);
    expect(result.errors?.[0]?.message).toBe(`${field}: first must be an integer from 0 to 100, got 1000.`);
  });

  it('masks an unexpected error for the client and logs it in full', async () => {
    const lines: string[] = [];
    api = await startHarness(new BrokenStore(), testLogger(lines));
    const result = await api.run(`mutation { ingestDocument(input: { text: "France spoke." }) { alreadyPresent } }`);
    expect(result.errors?.[0]?.message).toBe(MASKED_MESSAGE);
    expect(result.errors?.[0]?.extensions?.code).toBe(ErrorCode.INTERNAL);
    expect(JSON.stringify(result)).not.toContain('secret internals');
    expect(lines.join('\n')).toContain('secret internals');
  });

  it('passes GraphQL validation errors through with their code', async () => {
    api = await startHarness();
    const result = await api.run(`{ notAField }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('GraphQL request limits', () => {
  let api: Harness | undefined;
  afterEach(async () => {
    await api?.stop();
    api = undefined;
  });

  it(`refuses a query deeper than ${MAX_DEPTH} levels`, async () => {
    api = await startHarness();
    // Each level adds two (relations, source): one level over the limit.
    let selection = '{ id }';
    for (let i = 0; i < MAX_DEPTH / 2; i += 1) selection = `{ relations { source ${selection} } }`;
    const result = await api.run(`{ entity(id: "x") ${selection} }`);
    expect(result.errors?.map((e) => e.extensions?.code)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(result.data).toBeUndefined();
  });

  it(`refuses more than ${MAX_ALIASES} aliases`, async () => {
    api = await startHarness();
    const fields = Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `a${i}: stats { documents }`).join(' ');
    const result = await api.run(`{ ${fields} }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.data).toBeUndefined();
  });

  it('accepts the GraphiQL default query and a deep introspection query', async () => {
    api = await startHarness();
    const result = await api.run(`query People {
      stats { documents entities relations }
      entities(type: PERSON, first: 10) { totalCount edges { node { id name type aliases relations { predicate role target { name type } } } } }
    }`);
    expect(result.errors).toBeUndefined();
    const introspection = await api.run(
      `{ __schema { types { name fields { name type { name kind ofType { name kind ofType { name kind ofType { name kind ofType { name kind ofType { name kind ofType { name } } } } } } } } } } }`,
    );
    expect(introspection.errors).toBeUndefined();
  });
});
