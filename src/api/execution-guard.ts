// Limits on a query while it runs: a time limit and a cap on the size of the answer. The result
// budget (result-budget.ts) refuses what it can foresee; this guard measures what the answer
// really holds as fields resolve (every field, and the length of every string) and watches the
// clock. Past either limit, every field left fails at once, so execution stops within a few
// fields, and the client gets one error (QUERY_TIMEOUT or RESPONSE_TOO_LARGE, HTTP 400) instead of
// a partial answer. The answer's JSON is capped again when it is written (stringifyResult), in
// case something grew outside resolvers.
import { type ApolloServerPlugin } from '@apollo/server';
import { type FormattedExecutionResult, type GraphQLError } from 'graphql';
import { ErrorCode } from '../domain/index.js';
import { FIELD_BYTES } from './result-budget.js';
import { REFUSAL_STATUS, refusal } from './refusal.js';

/** Limits of one request's execution. */
export interface ExecutionLimits {
  /** Longest execution, in milliseconds. */
  readonly timeoutMs: number;
  /** Largest answer, exports aside, in bytes of JSON (approximately: strings are counted in characters). */
  readonly maxResponseBytes: number;
  /** Largest export (the `export` field's text), in characters. */
  readonly maxExportBytes: number;
}

/** Fields resolved between two looks at the clock. */
const CLOCK_EVERY = 64;

/** The Apollo plugin that enforces `limits` during execution. */
export function executionGuardPlugin<T extends object>(limits: ExecutionLimits): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      let stopped: GraphQLError | undefined;
      return {
        async executionDidStart() {
          const deadline = performance.now() + limits.timeoutMs;
          let fields = 0;
          let bytes = 0;
          return {
            willResolveField({ info }) {
              if (stopped !== undefined) throw stopped;
              fields += 1;
              if (fields % CLOCK_EVERY === 0 && performance.now() > deadline) {
                stopped = refusal('QUERY_TIMEOUT', `Query stopped: it ran longer than ${limits.timeoutMs} ms, the limit. Ask for less.`);
                throw stopped;
              }
              // The export is capped on its own (and estimated before it runs); everything else together.
              if (info.fieldName === 'export' && info.parentType.name === 'Query') return undefined;
              return (_error, result) => {
                bytes += FIELD_BYTES + (typeof result === 'string' ? result.length : 0);
                if (bytes > limits.maxResponseBytes && stopped === undefined) {
                  stopped = refusal(
                    'RESPONSE_TOO_LARGE',
                    `Query stopped: its answer grew past ${limits.maxResponseBytes.toLocaleString('en')} bytes, the limit. Ask for fewer items or leave out long texts.`,
                  );
                }
              };
            },
          };
        },
        async willSendResponse({ response }) {
          if (stopped === undefined) return;
          const code = stopped.extensions.code;
          response.body = { kind: 'single', singleResult: { errors: [{ message: stopped.message, extensions: { code } }] } };
          response.http.status = code === ErrorCode.QUERY_TIMEOUT ? REFUSAL_STATUS.QUERY_TIMEOUT : REFUSAL_STATUS.RESPONSE_TOO_LARGE;
        },
      };
    },
  };
}

/**
 * Apollo's `stringifyResult`: the answer as JSON, refused with RESPONSE_TOO_LARGE (HTTP 400) when
 * it is longer than `maxBytes` characters (apollo.ts passes the response cap plus the export cap:
 * one export may ride along) or too long for a JavaScript string at all.
 */
export function cappedStringify(maxBytes: number): (result: FormattedExecutionResult) => string {
  return (result) => {
    let text: string;
    try {
      text = JSON.stringify(result);
    } catch (error) {
      if (error instanceof RangeError) throw tooLarge(maxBytes);
      throw error;
    }
    if (text.length > maxBytes) throw tooLarge(maxBytes);
    // As Apollo's own stringifier ends it.
    return `${text}\n`;
  };
}

function tooLarge(maxBytes: number): GraphQLError {
  return refusal(
    'RESPONSE_TOO_LARGE',
    `The answer is larger than ${maxBytes.toLocaleString('en')} bytes, the limit. Ask for fewer items or leave out long texts.`,
  );
}
