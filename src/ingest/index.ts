// The extractor: plain text in, entities, relations, statements and facts out. Pure: no I/O, no
// graph; messy text never throws, a stage that cannot read something drops it.
export { extract } from './extract.js';
export { MAX_DOCUMENT_CHARS } from './limits.js';
