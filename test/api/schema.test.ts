// The schema file: a snapshot catches accidental API changes, and the enums must mirror the domain.
import { GraphQLEnumType, GraphQLInputObjectType, GraphQLObjectType, buildSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, FACT_KINDS, RELATION_TYPES } from '../../src/domain/index.js';
import { loadTypeDefs, resolvers } from '../../src/api/index.js';
import { DIRECTIONS, RESOLUTION_REASONS } from '../../src/graph/index.js';

const schema = buildSchema(loadTypeDefs());

function enumNames(name: string): string[] {
  const type = schema.getType(name);
  if (!(type instanceof GraphQLEnumType)) throw new Error(`${name} is not an enum.`);
  return type.getValues().map((v) => v.name);
}

describe('schema.graphql', () => {
  it('matches the snapshot', () => {
    expect(printSchema(schema)).toMatchSnapshot();
  });

  it('mirrors the domain entity types and predicates exactly, in order', () => {
    expect(enumNames('EntityType')).toEqual([...ENTITY_TYPES]);
    expect(enumNames('Predicate')).toEqual([...RELATION_TYPES]);
    expect(enumNames('Direction')).toEqual([...DIRECTIONS]);
    expect(enumNames('ResolutionReason')).toEqual([...RESOLUTION_REASONS]);
  });

  it('maps every FactKind value to a domain fact kind', () => {
    expect(enumNames('FactKind')).toEqual(FACT_KINDS.map((k) => k.toUpperCase()));
    expect(Object.values(resolvers.FactKind)).toEqual([...FACT_KINDS]);
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (type instanceof GraphQLObjectType || type instanceof GraphQLInputObjectType) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (type instanceof GraphQLEnumType) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
