/** One section of docs/benchmarks.md, produced by a scripts/bench/*.ts module's `run()`. */
export interface BenchSection {
  readonly title: string;
  /** What was measured, in a sentence or two (Markdown). */
  readonly description: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Ratios measured in the same run, one line each (Markdown). */
  readonly ratios: readonly string[];
}

/** The same shape, under the name some modules use. */
export type TableSection = BenchSection;
