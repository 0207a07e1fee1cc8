// `kg eval [DIR]`: score the extractor on every article of a folder that has a gold file, and print
// per-article scores, the mean, and precision and recall per relation type.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Command } from 'commander';
import { extract } from '../../ingest/index.js';
import { toContract } from '../../ingest/contract.js';
import { type Gold, type Part, score, type Score, type SystemOutput } from '../../eval/score.js';
import { CliError } from '../read-article.js';

/** Which numbered articles of a set to score: a set split in halves keeps one half for tuning, one never tuned on. */
export type Half = 'odd' | 'even';

/** True when the article's name ends in a number of the given parity ("wn-c07" is odd); names without one are in neither half. */
export function inHalf(name: string, half: Half | undefined): boolean {
  if (half === undefined) return true;
  const number = /(\d+)$/.exec(name)?.[1];
  return number !== undefined && Number(number) % 2 === (half === 'odd' ? 1 : 0);
}

/** Scores of every gold-annotated article in `dir` (or one half of them), by file name. */
export async function evaluateFolder(dir: string, half?: Half): Promise<{ name: string; score: Score }[]> {
  let files: string[];
  try {
    files = await readdir(dir);
  } catch {
    throw new CliError(`cannot read folder "${dir}".`);
  }
  const results: { name: string; score: Score }[] = [];
  for (const goldFile of files.filter((f) => f.endsWith('.gold.json')).sort()) {
    const name = goldFile.replace(/\.gold\.json$/, '');
    if (!files.includes(`${name}.txt`) || !inHalf(name, half)) continue;
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
    .description(
      'Score the extractor on every article with a gold file (NAME.txt + NAME.gold.json) in a folder; prints per-article scores, the mean and per-relation-type precision/recall.',
    )
    .argument('[dir]', 'folder of articles and gold files', 'test/fixtures')
    .option('--half <half>', 'score only the odd- or even-numbered articles (test/wikinews: odd is the never-tuned half)')
    .action(async (dir: string, options: { half?: string }) => {
      if (options.half !== undefined && options.half !== 'odd' && options.half !== 'even') {
        throw new CliError(`--half must be "odd" or "even", got "${options.half}".`);
      }
      const results = await evaluateFolder(dir, options.half);
      if (!results.length) throw new CliError(`no NAME.txt + NAME.gold.json pairs in "${dir}".`);
      const out: string[] = ['article                         entity  relation  quote  casualty  overall'];
      const totals: Record<string, { tp: number; system: number; gold: number }> = {};
      for (const { name, score: s } of results) {
        out.push(
          `${name.padEnd(31)} ${f2(s.entities.f).padStart(6)}  ${f2(s.relations.f).padStart(8)}  ${f2(s.quotes.f).padStart(5)}  ${f2(s.casualties.f).padStart(8)}  ${f2(s.overall).padStart(7)}`,
        );
        for (const [p, c] of Object.entries(s.byPredicate)) {
          const t = (totals[p] ??= { tp: 0, system: 0, gold: 0 });
          t.tp += c.tp;
          t.system += c.system;
          t.gold += c.gold;
        }
      }
      // A part's mean is over the articles where it counts, as the scorer's own overall does.
      const mean = (part: Part): string => {
        const counted = results.filter((r) => r.score.counts[part]);
        return counted.length ? f2(counted.reduce((a, r) => a + r.score[part].f, 0) / counted.length) : '-';
      };
      const overall = f2(results.reduce((a, r) => a + r.score.overall, 0) / results.length);
      out.push(
        `${`mean of ${results.length}`.padEnd(31)} ${mean('entities').padStart(6)}  ${mean('relations').padStart(8)}  ${mean('quotes').padStart(5)}  ${mean('casualties').padStart(8)}  ${overall.padStart(7)}`,
        '',
        'relation type     precision  recall  (system / gold)',
      );
      for (const [p, t] of Object.entries(totals).sort()) {
        const precision = t.system ? t.tp / t.system : 0;
        const recall = t.gold ? t.tp / t.gold : 0;
        out.push(`${p.padEnd(17)} ${f2(precision).padStart(9)}  ${f2(recall).padStart(6)}  (${t.system} / ${t.gold})`);
      }
      process.stdout.write(`${out.join('\n')}\n`);
    });
}
