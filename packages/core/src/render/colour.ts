/**
 * Colours of levels on pages and charts: the document's hex colour, else a named colour, else a
 * default ramp by rank (green to dark red); text on a swatch is black or white, whichever
 * contrasts more (WCAG 2 relative luminance), so it always reaches 4.5:1.
 */
import type { DeepReadonly } from "../translate/_internal.js";
import type { Color } from "../model/scale.js";

const HEX = /^#[0-9A-Fa-f]{6}$/;

/** Common colour names used by scales that give no hex value (CISA's "White", "Green", …). */
const NAMED: Readonly<Record<string, string>> = {
  white: "#FFFFFF",
  black: "#000000",
  grey: "#9E9E9E",
  gray: "#9E9E9E",
  green: "#2E7D32",
  blue: "#1565C0",
  yellow: "#FDD835",
  amber: "#FFBF00",
  orange: "#FB8C00",
  red: "#C62828",
  purple: "#6A1B9A",
  brown: "#6D4C41",
};

/** The default ramp, least to most severe (ColorBrewer RdYlGn, reversed). */
export const DEFAULT_PALETTE: readonly string[] = ["#1A9850", "#91CF60", "#D9EF8B", "#FEE08B", "#FC8D59", "#D73027", "#A50026"];

/** The colour of the level at `rank` among `count` levels, as `#RRGGBB` (upper case). */
export function levelColour(color: DeepReadonly<Color> | undefined, rank: number, count: number): string {
  if (color?.hex !== undefined && HEX.test(color.hex)) return color.hex.toUpperCase();
  for (const name of Object.values(color?.name ?? {})) {
    const hex = NAMED[name.trim().toLowerCase()];
    if (hex !== undefined) return hex;
  }
  const position = count <= 1 ? 0 : Math.max(0, Math.min(1, rank / (count - 1)));
  return DEFAULT_PALETTE[Math.round(position * (DEFAULT_PALETTE.length - 1))]!;
}

const channel = (byte: number): number => {
  const c = byte / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** WCAG 2 relative luminance of `#RRGGBB`. */
export function relativeLuminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG 2 contrast ratio of two `#RRGGBB` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever contrasts more with the background. */
export function textColourOn(background: string): "#000000" | "#FFFFFF" {
  return contrastRatio(background, "#000000") >= contrastRatio(background, "#FFFFFF") ? "#000000" : "#FFFFFF";
}
