// Input formats: saved web pages, RSS and Atom feeds, JSON lines and plain text, read into articles
// for ingestion. Pure (no graph, no I/O); imports only domain/.
export { type ArticleInput, isoDate } from './article.js';
export { MAX_HTML_CHARS, readHtmlPage } from './html-page.js';
export { htmlInputAsText } from './html-input.js';
export { readFeed } from './feed.js';
export { readJsonLines } from './json-lines.js';
export { INPUT_FORMATS, type InputFormat, detectFormat, readArticles } from './read-articles.js';
