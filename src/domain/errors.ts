// The error typology. Clients see `code` in GraphQL `extensions.code` and in CLI messages;
// tests check the class or the code, never the message text.

export const ErrorCode = {
  NOT_FOUND: 'NOT_FOUND',
  INVALID_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  STORAGE_UNAVAILABLE: 'STORAGE_UNAVAILABLE',
  EXTRACTION_TIMEOUT: 'EXTRACTION_TIMEOUT',
  SERVICE_BUSY: 'SERVICE_BUSY',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
  /** The query would cost too much (result budget, repeated fields, too many selections); HTTP 400. */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** The answer grew past the response size cap while it was computed; HTTP 400. */
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  /** Execution ran past the time limit; HTTP 400 (the same query would time out again). */
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  /** An operation kind the service does not offer (subscriptions); HTTP 400. */
  OPERATION_NOT_SUPPORTED: 'OPERATION_NOT_SUPPORTED',
  /** No credential, or an unknown one, where one is needed; HTTP 401. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The credential's role does not allow the operation, or writes come from another host; HTTP 403. */
  FORBIDDEN: 'FORBIDDEN',
  /** Too many requests from one key or address; HTTP 429 with Retry-After. */
  RATE_LIMITED: 'RATE_LIMITED',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Base class of every error this project raises on purpose. */
export class KgError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** A requested entity, relation or document does not exist. */
export class NotFoundError extends KgError {
  constructor(message: string) {
    super(ErrorCode.NOT_FOUND, message);
  }
}

/** The caller sent something we cannot accept (empty text, too large, wrong shape). */
export class InvalidInputError extends KgError {
  constructor(message: string) {
    super(ErrorCode.INVALID_INPUT, message);
  }
}

/** The request clashes with the current state (e.g. merging an entity into itself). */
export class ConflictError extends KgError {
  constructor(message: string) {
    super(ErrorCode.CONFLICT, message);
  }
}

/** The storage backend cannot be opened or reached. */
export class StorageError extends KgError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(ErrorCode.STORAGE_UNAVAILABLE, message, options);
  }
}

/** An article took longer to read than the extraction time limit; nothing of it was stored. */
export class ExtractionTimeoutError extends KgError {
  constructor(message: string) {
    super(ErrorCode.EXTRACTION_TIMEOUT, message);
  }
}

/** Too much work is waiting already; the client may try again later. */
export class ServiceBusyError extends KgError {
  constructor(message: string) {
    super(ErrorCode.SERVICE_BUSY, message);
  }
}
