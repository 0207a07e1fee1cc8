// `kg reindex`: re-extract every stored document with the current extractor. Each document is
// re-extracted and replaced in its own transaction, so an interruption loses nothing; a document
// whose re-extraction fails keeps its old extraction. Curation operations are re-applied on top
// when the graph is next loaded (running services rebuild on their own).
import { type Command } from 'commander';
import { extractorVersion } from '../../service/index.js';
import { type Extraction, countOf } from '../../domain/index.js';
import { type Storage } from '../../graph/persistence/index.js';
import { extract } from '../../ingest/index.js';
import { ProgressBar, type ProgressStream } from '../progress.js';
import { type StorageCliOptions, addStorageOptions, withStorage } from '../storage-options.js';

/** What a reindex did. */
export interface ReindexReport {
  readonly documents: number;
  readonly changed: number;
  readonly unchanged: number;
  /** Documents deleted while the reindex ran. */
  readonly gone: number;
  /** Documents whose re-extraction failed; they keep their old extraction. */
  readonly failed: readonly { readonly id: string; readonly reason: string }[];
}

/** Register `reindex` on the program. */
export function registerReindex(program: Command): void {
  addStorageOptions(
    program
      .command('reindex')
      .description(
        'Re-extract every stored article with the current extractor, one transaction per article (a failure keeps the old extraction). Progress on standard error.',
      ),
  ).action(async (options: StorageCliOptions) => {
    const report = await withStorage(options, 'existing', (storage) => reindex(storage));
    process.stdout.write(
      `kg reindex: ${countOf(report.documents, 'document')} re-extracted with ${extractorVersion()}: ${report.changed} changed, ${report.unchanged} unchanged` +
        `${report.gone > 0 ? `, ${report.gone} deleted meanwhile` : ''}, ${report.failed.length} failed${report.failed.length > 0 ? ' (they keep their old extraction)' : ''}.\n`,
    );
    for (const failure of report.failed) process.stderr.write(`kg reindex: ${failure.id}: ${failure.reason}\n`);
    if (report.failed.length > 0) process.exitCode = 1;
  });
}

/** How to reindex: which extractor (the current one by default) and where progress goes (standard error). */
export interface ReindexOptions {
  readonly extractor?: (document: Extraction['document']) => Extraction;
  readonly progress?: ProgressStream;
}

/** Re-extracts every document of `storage`, each in its own transaction. */
export async function reindex(storage: Storage, options: ReindexOptions = {}): Promise<ReindexReport> {
  const extractor = options.extractor ?? reextract;
  const ids = await storage.documentIds();
  const progress = new ProgressBar('kg reindex', ids.length, options.progress);
  const version = extractorVersion();
  let changed = 0;
  let unchanged = 0;
  let gone = 0;
  const failed: { id: string; reason: string }[] = [];
  for (const id of ids) {
    const stored = await storage.getDocument(id);
    if (stored === undefined) {
      gone += 1;
    } else {
      let extraction: Extraction | undefined;
      try {
        extraction = extractor(stored.extraction.document);
        if (extraction.document.id !== id) throw new Error(`the extractor gave document id "${extraction.document.id}"`);
      } catch (error) {
        failed.push({ id, reason: error instanceof Error ? error.message : String(error) });
      }
      if (extraction !== undefined) {
        if ((await storage.replaceExtraction(extraction, version)).applied) changed += 1;
        else unchanged += 1;
      }
    }
    progress.tick();
  }
  progress.finish();
  return { documents: ids.length, changed, unchanged, gone, failed };
}

/** The current extractor's reading of a stored document, from its text and metadata. */
function reextract(document: Extraction['document']): Extraction {
  return extract({ text: document.text, title: document.title, source: document.source, publishedAt: document.publishedAt });
}
