// `kg export --format gexf|graphml|json [--url URL] [--out FILE]`: the graph of a running service
// as a file Gephi, yEd or Cytoscape open, fetched through the `export` query and written to a file
// or standard output.
import { writeFile } from 'node:fs/promises';
import { type Command, InvalidArgumentError } from 'commander';
import { CliError } from '../read-article.js';
import { RequestRefused, defaultGraphqlUrl, parseHttpUrl, requestField } from '../graphql-client.js';

const FORMATS = ['gexf', 'graphml', 'json'] as const;
type Format = (typeof FORMATS)[number];

const EXPORT_QUERY = `query Export($format: ExportFormat!) { export(format: $format) }`;

interface ExportOptions {
  readonly format: Format;
  readonly url?: string;
  readonly out?: string;
}

/** Register `export` on the program. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('Write the graph of a running service (npm start) as GEXF (Gephi), GraphML (yEd, Cytoscape) or graphology JSON.')
    .option('--format <format>', `file format: ${FORMATS.join(', ')}`, parseFormat, 'gexf')
    .option('--url <url>', 'GraphQL endpoint of the service (default: $KG_URL, else http://localhost:$PORT/graphql, port 4000)', parseHttpUrl)
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (options: ExportOptions) => {
      const text = await fetchExport(options.url ?? defaultGraphqlUrl(), options.format);
      if (options.out === undefined) {
        process.stdout.write(text);
        return;
      }
      try {
        await writeFile(options.out, text, 'utf8');
      } catch (error) {
        const reason = error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : 'unwritable';
        throw new CliError(`cannot write "${options.out}" (${reason}).`);
      }
      process.stderr.write(`kg export: wrote ${options.format.toUpperCase()} (${text.length} characters) to ${options.out}\n`);
    });
}

/** The export text from the service; throws CliError when it cannot be had. */
async function fetchExport(url: string, format: Format): Promise<string> {
  try {
    const text = await requestField<unknown>(url, EXPORT_QUERY, { format: format.toUpperCase() }, 'export');
    if (typeof text !== 'string') throw new CliError(`${url} answered without an export.`);
    return text;
  } catch (error) {
    throw error instanceof RequestRefused ? new CliError(error.message) : error;
  }
}

/** Commander argument parser: one of the formats, case-blind. */
function parseFormat(value: string): Format {
  const format = value.toLowerCase();
  const known = FORMATS.find((f) => f === format);
  if (known === undefined) throw new InvalidArgumentError(`Choose one of ${FORMATS.join(', ')}.`);
  return known;
}
