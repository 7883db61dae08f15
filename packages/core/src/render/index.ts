/**
 * `@sevscale/core/render`: pages and charts for people — a scale or a mapping as a self-contained,
 * accessible, printable HTML page or as Markdown, and an alignment of scales as an SVG chart.
 * Pure: every renderer returns a string. A subpath of its own, so the main entry stays small.
 * @packageDocumentation
 */
export type { Block, Cell, PageOptions } from "./blocks.js";
export { pageHtml, pageMarkdown } from "./blocks.js";
export { DEFAULT_PALETTE, contrastRatio, levelColour, relativeLuminance, textColourOn } from "./colour.js";
export { escapeHtml, escapeMarkdown, showControls } from "./escape.js";
export type { GivenRelatedScale, ScalePageOptions } from "./scale.js";
export { referenceWords, scaleBlocks, scaleToHtml, scaleToMarkdown } from "./scale.js";
export type { MappingPageOptions } from "./mapping.js";
export { mappingBlocks, mappingToHtml, mappingToMarkdown } from "./mapping.js";
export type { AlignmentSvgOptions, ChartBand } from "./alignment-svg.js";
export { alignmentToHtml, alignmentToSvg, chartBands, chartGroups, chartScales } from "./alignment-svg.js";
export type { WordContext } from "./words.js";
export { conditionWords, durationWords, wordContext } from "./words.js";
