// A sink's rows on their way to the caller: gathered into batches of at most MAX_BATCH_ROWS and handed to onBatch when
// flushed, the run's progress said after each batch.
import type { HarmonizedRow, OnBatch, RunState } from "./run.ts";

/** Small enough that a batch's rows die young (a 1000-row batch outlived two scavenges, so every row was promoted
 *  to the old generation: ~80 MB more heap on the bench file, and more GC time). */
export const MAX_BATCH_ROWS = 250;

export class RowBatches {
  #batch: HarmonizedRow[] = [];
  /** rows since the last flush (kept in the batch only when someone takes them) */
  #pending = 0;

  constructor(private readonly run: RunState, private readonly onBatch: OnBatch | undefined) {}

  add(row: HarmonizedRow): void {
    if (this.onBatch) this.#batch.push(row);
    this.#pending++;
  }

  /** true when the batch is full and flush() should be awaited */
  full(): boolean {
    return this.#pending >= MAX_BATCH_ROWS;
  }

  async flush(): Promise<void> {
    if (this.#pending === 0) return;
    const full = this.#batch;
    this.#batch = [];
    this.#pending = 0;
    if (this.onBatch) await this.onBatch(full);
    this.run.options.onProgress?.({ rows: this.run.rows });
  }
}
