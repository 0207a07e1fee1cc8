// A query is refused before execution when nested lists would make it return too much, whatever
// the sizes are given as literals, variables or not at all; ordinary queries pass.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/domain/index.js';
import { type Harness, startHarness } from './harness.js';

describe('the result budget', () => {
  let api: Harness;
  beforeEach(async () => {
    api = await startHarness();
  });
  afterEach(() => api.stop());

  it('refuses lists nested without bound', async () => {
    const result = await api.run('{ documents { entities { documents { entities { documents { entities { relations { id } } } } } } } }');
    expect(result.errors?.[0]?.extensions?.code).toBe(ErrorCode.INVALID_INPUT);
    expect(result.data).toBeUndefined();
  });

  it('counts sizes given as variables', async () => {
    const query = `query($n: Int) { entities(first: $n) { edges { node { neighbors(depth: 2, first: $n) { edges { node { neighbors(depth: 2, first: $n) { totalCount } } } } } } } }`;
    const refused = await api.run(query, { n: 100 });
    expect(refused.errors?.[0]?.extensions?.code).toBe(ErrorCode.INVALID_INPUT);
    const allowed = await api.run(query, { n: 5 });
    expect(allowed.errors).toBeUndefined();
  });

  it('lets an ordinary exploration through', async () => {
    const result = await api.run('{ entities(first: 20) { edges { node { name relations { predicate target { name } evidence { text } } statements { text } } } } }');
    expect(result.errors).toBeUndefined();
  });
});
