// The benchmark corpus: every article of the repository (seeds, fixtures, holdouts), repeated until
// it reaches the requested number of words.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** Articles of the repository as texts, repeated until they hold at least `minWords` words. */
export function newsCorpus(root: string, minWords: number): { texts: string[]; words: number } {
  const folders = ['seeds', 'test/fixtures', 'test/holdout', 'test/holdout2', 'test/holdout3', 'test/holdout4'];
  const articles = folders
    .map((f) => join(root, f))
    .filter((dir) => existsSync(dir))
    .flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => readFileSync(join(dir, f), 'utf8')),
    );
  if (!articles.length) throw new Error(`newsCorpus: no articles under "${root}".`);
  const texts: string[] = [];
  let words = 0;
  while (words < minWords) {
    for (const text of articles) {
      texts.push(text);
      words += text.split(/\s+/).filter(Boolean).length;
    }
  }
  return { texts, words };
}
