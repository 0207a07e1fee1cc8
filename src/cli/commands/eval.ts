// `kg eval [DIR]`: score the extractor on every article of a folder that has a gold file, and print
// per-article scores, the mean, and precision and recall per relation type.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Command } from 'commander';
import { extract } from '../../ingest/index.js';
import { toContract } from '../../ingest/contract.js';
import { type Gold, score, type Score, type SystemOutput } from '../../eval/score.js';
import { CliError } from '../read-article.js';

/** Scores of every gold-annotated article in `dir`, by file name. */
export async function evaluateFolder(dir: string): Promise<{ name: string; score: Score }[]> {
  let files: string[];
  try {
    files = await readdir(dir);
  } catch {
    throw new CliError(`cannot read folder "${dir}".`);
  }
  const results: { name: string; score: Score }[] = [];
  for (const goldFile of files.filter((f) => f.endsWith('.gold.json')).sort()) {
    const name = goldFile.replace(/\.gold\.json$/, '');
    if (!files.includes(`${name}.txt`)) continue;
    const text = await readFile(path.join(dir, `${name}.txt`), 'utf8');
    const gold = JSON.parse(await readFile(path.join(dir, goldFile), 'utf8')) as Gold;
    const system = toContract(extract({ text })) as unknown as SystemOutput;
    results.push({ name, score: score(gold, system) });
  }
  return results;
}

const f2 = (x: number): string => x.toFixed(2);

/** Register `eval` on the program. */
export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('Score the extractor on every article with a gold file (NAME.txt + NAME.gold.json) in a folder; prints per-article scores, the mean and per-relation-type precision/recall.')
    .argument('[dir]', 'folder of articles and gold files', 'test/fixtures')
    .action(async (dir: string) => {
      const results = await evaluateFolder(dir);
      if (!results.length) throw new CliError(`no NAME.txt + NAME.gold.json pairs in "${dir}".`);
      const out: string[] = ['article                         entity  relation  quote  casualty  overall'];
      const totals: Record<string, { tp: number; system: number; gold: number }> = {};
      for (const { name, score: s } of results) {
        out.push(`${name.padEnd(31)} ${f2(s.entities.f).padStart(6)}  ${f2(s.relations.f).padStart(8)}  ${f2(s.quotes.f).padStart(5)}  ${f2(s.casualties.f).padStart(8)}  ${f2(s.overall).padStart(7)}`);
        for (const [p, c] of Object.entries(s.byPredicate)) {
          const t = (totals[p] ??= { tp: 0, system: 0, gold: 0 });
          t.tp += c.tp;
          t.system += c.system;
          t.gold += c.gold;
        }
      }
      const mean = results.reduce((a, r) => a + r.score.overall, 0) / results.length;
      out.push(`${'mean'.padEnd(31)} ${' '.repeat(40)}${f2(mean).padStart(7)}`, '', 'relation type     precision  recall  (system / gold)');
      for (const [p, t] of Object.entries(totals).sort()) {
        const precision = t.system ? t.tp / t.system : 0;
        const recall = t.gold ? t.tp / t.gold : 0;
        out.push(`${p.padEnd(17)} ${f2(precision).padStart(9)}  ${f2(recall).padStart(6)}  (${t.system} / ${t.gold})`);
      }
      process.stdout.write(`${out.join('\n')}\n`);
    });
}
