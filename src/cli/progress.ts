// A progress bar on standard error for long commands. On a terminal it redraws one line; when
// standard error is a file or a pipe it prints a line at every tenth instead, so logs stay short.

/** Where a bar is drawn: standard error, or anything with `write` (and `isTTY` when it is a terminal). */
export interface ProgressStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/** Progress of `total` steps, drawn on standard error. */
export class ProgressBar {
  readonly #label: string;
  readonly #total: number;
  readonly #stream: ProgressStream;
  #done = 0;
  #lastTenth = -1;

  constructor(label: string, total: number, stream: ProgressStream = process.stderr) {
    this.#label = label;
    this.#total = total;
    this.#stream = stream;
    this.#draw();
  }

  /** Counts one more step done. */
  tick(): void {
    this.#done += 1;
    this.#draw();
  }

  /** Ends the bar's line. */
  finish(): void {
    if (this.#stream.isTTY === true) this.#stream.write('\n');
  }

  #draw(): void {
    const fraction = this.#total === 0 ? 1 : this.#done / this.#total;
    const width = 30;
    const filled = Math.round(fraction * width);
    const line = `${this.#label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.floor(fraction * 100)}% ${this.#done}/${this.#total}`;
    if (this.#stream.isTTY === true) {
      this.#stream.write(`\r${line}`);
      return;
    }
    const tenth = Math.floor(fraction * 10);
    if (tenth === this.#lastTenth) return;
    this.#lastTenth = tenth;
    this.#stream.write(`${line}\n`);
  }
}
