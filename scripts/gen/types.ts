/** A generated file: its repository-relative path and its full content. */
export interface GeneratedFile {
  readonly path: string;
  readonly content: string;
}

/** One generator per artefact; deterministic: the same sources give the same bytes. */
export interface Generator {
  readonly name: string;
  generate(): Promise<readonly GeneratedFile[]>;
}
