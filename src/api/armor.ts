// Limits on what one GraphQL request may ask for (graphql-armor): depth, cost, aliases,
// directives and tokens. Introspection is exempt from depth and cost, so GraphiQL keeps working.
import { ApolloArmor } from '@escape.tech/graphql-armor';

/** Deepest selection accepted; the GraphiQL default query and typical explorations stay well under. */
export const MAX_DEPTH = 12;
/** Highest estimated cost accepted (graphql-armor's cost model). */
export const MAX_COST = 20_000;
/** Most tokens in one document, enforced by the parser. */
export const MAX_TOKENS = 5_000;
/** Most aliases in one operation. */
export const MAX_ALIASES = 20;

/** Apollo plugins and validation rules that enforce the limits. */
export function armorProtection(): ReturnType<ApolloArmor['protect']> {
  const armor = new ApolloArmor({
    maxDepth: { n: MAX_DEPTH, ignoreIntrospection: true, flattenFragments: true },
    // List sizes given as variables escape this rule; result-budget.ts bounds those.
    costLimit: { maxCost: MAX_COST, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: MAX_ALIASES },
    maxDirectives: { n: 50 },
    // Tokens are limited by graphql-js's own parser (Apollo's parseOptions), which runs once per new
    // document; armor's plugin would parse every request a second time.
    maxTokens: { enabled: false },
    // Introspection is public, so hiding "Did you mean" hints would protect nothing and cost users help.
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect();
}
