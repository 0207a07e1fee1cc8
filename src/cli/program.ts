// The `kg` command line: its commands, and the rule that every failure is one line on standard
// error with a non-zero exit code, never a stack trace.
import { Command } from 'commander';
import { registerEval } from './commands/eval.js';
import { registerExport } from './commands/export.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerBackup } from './commands/backup.js';
import { registerReindex } from './commands/reindex.js';
import { registerRestore } from './commands/restore.js';
import { CliError } from './read-article.js';

/** The `kg` program with every command registered. */
export function buildProgram(): Command {
  const program = new Command('kg')
    .description('News knowledge graph: read articles into entities, relations, statements and casualty figures, and feed them to the service.')
    .addHelpText(
      'after',
      `
Examples:
  kg extract seeds/almaty-unrest.txt          what the extractor finds in one article (no server)
  kg eval test/fixtures                       score the extractor against hand-made gold files
  kg ingest article.txt other.txt             add articles to the running service (npm start)
  kg ingest --url http://host:4000/graphql a.txt
  KG_API_KEY=<secret> kg ingest a.txt         to a service with API keys (sent as a bearer token)
  kg export --format gexf --out graph.gexf      the graph as a file for Gephi (graphml: yEd, Cytoscape)
  kg reindex                                  re-extract every stored article with the current extractor
  kg backup --out kg.backup.jsonl             back up stored articles and curations (docs/BACKUP.md)
  kg restore kg.backup.jsonl --database-url postgres://...   restore into an empty storage`,
    );
  registerExtract(program);
  registerEval(program);
  registerIngest(program);
  registerExport(program);
  registerReindex(program);
  registerBackup(program);
  registerRestore(program);
  return program;
}

/** Runs the CLI on `argv` (as process.argv); failures set process.exitCode and print one line. */
export async function runCli(argv: readonly string[]): Promise<void> {
  try {
    await buildProgram().parseAsync([...argv]);
  } catch (error) {
    const message = error instanceof CliError ? error.message : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`kg: ${message}\n`);
    if (process.env.KG_DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  }
}
