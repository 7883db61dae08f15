/** One section of docs/benchmarks.md, produced by a scripts/bench/*.ts module's `run()`. */
export type BenchSection = TableSection | LinesSection;

/** A section given as a table and ratios. */
export interface TableSection {
  readonly title: string;
  /** What was measured, in a sentence or two (Markdown). */
  readonly description: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Ratios measured in the same run, one line each (Markdown). */
  readonly ratios: readonly string[];
}

/** A section given as ready Markdown lines. */
export interface LinesSection {
  readonly title: string;
  readonly lines: readonly string[];
}
