// Checks of the operation itself, once graphql-js has found it and before anything else is
// estimated or run: the service has no subscriptions, so one is refused as unsupported
// (OPERATION_NOT_SUPPORTED, HTTP 400) rather than failing inside execution; and the caller must
// be allowed to run it (access.ts): UNAUTHENTICATED (401) or FORBIDDEN (403) otherwise.
import { type ApolloServerPlugin } from '@apollo/server';
import { type AccessPolicy, type Caller, operationRefusal } from './access.js';
import { refusal } from './refusal.js';

/** Protected mode: no keys; writes from this machine only. */
const NO_KEYS: AccessPolicy = { keys: undefined, publicReads: true };

/** The Apollo plugin that refuses operation kinds the service does not offer, and callers `policy` does not allow. */
export function operationGuardPlugin<T extends { readonly caller: Caller }>(policy: AccessPolicy = NO_KEYS): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation === undefined) return;
          if (operation.operation === 'subscription') {
            throw refusal('OPERATION_NOT_SUPPORTED', 'Subscriptions are not supported; send a query or a mutation.');
          }
          const refused = operationRefusal(policy, contextValue.caller, operation.operation);
          if (refused !== undefined) throw refused;
        },
      };
    },
  };
}
