// The vocabulary of the service: types, ids and errors. Imports nothing else of ours.
export * from './entity-type.js';
export * from './relation-type.js';
export * from './fact-kind.js';
export * from './errors.js';
export * from './extraction.js';
export * from './ids.js';
export * from './surface-key.js';
export * from './iso-date.js';
export * from './wording.js';
