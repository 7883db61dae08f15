export type {
  Alignment,
  AlignmentCell,
  AlignmentCellLevel,
  AlignmentLevel,
  AlignmentRow,
  AlignmentScale,
  CompareOptions,
  PairwiseAlignment,
} from "./compare.js";
export type { AlignmentCompanionOf, AlignmentRelated, RelatedScaleView, RelatedTerms } from "./related.js";
export { refNames, relatedWords } from "./related.js";
export { DEFAULT_PAIRWISE_BUDGET, compare } from "./compare.js";
export { RELATION_SYMBOL, alignmentToMarkdown, escapeMarkdownCell } from "./export-markdown.js";
export type { CsvOptions } from "./export-csv.js";
export { alignmentToCsv, csvField } from "./export-csv.js";
