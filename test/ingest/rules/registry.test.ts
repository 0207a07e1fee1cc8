// Every registered relation rule has its table of sentences beside the others.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/ingest/rules/registry.js';

describe('relation rule registry', () => {
  it('has unique rule names', () => {
    const names = RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(RULES.map((r) => r.name))('has a table test for %s', (name) => {
    expect(existsSync(join(import.meta.dirname, `${name}.test.ts`))).toBe(true);
  });
});
