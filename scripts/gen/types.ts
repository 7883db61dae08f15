/** A generated file: its repository-relative path and its full content (text or bytes). */
export interface GeneratedFile {
  readonly path: string;
  readonly content: string | Uint8Array;
}

/** One generator per artefact; deterministic: the same sources give the same bytes. */
export interface Generator {
  readonly name: string;
  /**
   * Folders this generator owns entirely: a file there that it does not produce is stale
   * (removed by `pnpm gen`, reported by `pnpm gen:check`).
   */
  readonly owns?: readonly string[];
  generate(): Promise<readonly GeneratedFile[]>;
}
