// GraphQL enum values whose internal value differs from their name. EntityType, Predicate and
// Direction use the domain's names as they are; fact kinds are lower case in the domain.
import { FACT_KINDS, type FactKind } from '../../domain/index.js';

/** `FactKind` enum: KILLED -> 'killed', and so on for every domain fact kind. */
export const factKindValues = Object.fromEntries(FACT_KINDS.map((kind) => [kind.toUpperCase(), kind])) as Record<Uppercase<FactKind>, FactKind>;
