// A bound on how deeply a request body nests, checked on the raw bytes before JSON.parse: V8
// parses a body nested 100,000 deep, but slowly (about half a second), and code that walks the
// value recursively (serialisers, validators) overflows the stack on it. Such a body is refused
// with 400 BAD_REQUEST before anything reads it.

/** Deepest nesting of arrays and objects accepted in a request body. */
export const MAX_BODY_DEPTH = 64;

/** The error express.json's `verify` throws for a body nested too deep; jsonErrorHandler answers it. */
export class BodyTooDeepError extends Error {
  readonly status = 400;
  readonly type = 'entity.too.deep';
  constructor() {
    super(`The request body nests deeper than ${MAX_BODY_DEPTH} levels, the limit.`);
  }
}

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** `verify` for express.json: throws BodyTooDeepError when the JSON text nests deeper than MAX_BODY_DEPTH. */
export function verifyBodyDepth(_req: unknown, _res: unknown, body: Buffer): void {
  if (nestingDepth(body) > MAX_BODY_DEPTH) throw new BodyTooDeepError();
}

/** Deepest nesting of `[` and `{` in JSON text, outside strings; one pass over the bytes. */
export function nestingDepth(json: Uint8Array): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < json.length; i += 1) {
    const byte = json[i];
    if (inString) {
      if (byte === BACKSLASH) i += 1;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      depth -= 1;
    }
  }
  return deepest;
}
