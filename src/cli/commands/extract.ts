// `kg extract FILE`: print the extraction of one article as JSON, in the evaluation contract.
import { type Command } from 'commander';
import { extract } from '../../ingest/index.js';
import { toContract } from '../../ingest/contract.js';
import { readArticle } from '../read-article.js';

/** Register `extract` on the program. */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Print what the extractor finds in one article (entities, relations, statements, facts, with evidence) as JSON; no server needed.')
    .argument('<file>', 'a plain-text article, or - for standard input')
    .option('--compact', 'print the JSON on one line')
    .action(async (file: string, options: { compact?: boolean }) => {
      const text = await readArticle(file);
      const output = toContract(extract({ text, source: file === '-' ? null : file }));
      process.stdout.write(`${JSON.stringify(output, null, options.compact ? undefined : 2)}\n`);
    });
}
