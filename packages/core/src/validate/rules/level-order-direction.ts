import type { Issue } from "../../issues/issue.js";
import { issue } from "../_issue.js";
import type { ScaleContext } from "../_scale-context.js";

/**
 * The way numbered level codes run along the list (least to most severe): `ascending` when the
 * numbers go up ("L1", "L2", …, or "0N", "0M", "1", …), `descending` when they go down ("C6", …,
 * "C1"), undefined when the codes are not all one prefix and a whole number, or the numbers do not
 * run one way (non-strictly, from a smaller to a larger number or back).
 */
export function numberingOf(codes: readonly string[]): "ascending" | "descending" | undefined {
  if (codes.length < 2) return undefined;
  let prefix: string | undefined;
  const numbers: number[] = [];
  for (const code of codes) {
    const m = /^(\D*?)\s*(\d{1,9})\D{0,3}$/.exec(code);
    if (m === null) return undefined;
    const p = m[1]!.toLowerCase();
    if (prefix !== undefined && p !== prefix) return undefined;
    prefix = p;
    numbers.push(Number(m[2]));
  }
  let up = true;
  let down = true;
  for (let i = 1; i < numbers.length; i++) {
    if (numbers[i]! < numbers[i - 1]!) up = false;
    if (numbers[i]! > numbers[i - 1]!) down = false;
  }
  const first = numbers[0]!;
  const last = numbers[numbers.length - 1]!;
  if (up && last > first) return "ascending";
  if (down && last < first) return "descending";
  return undefined;
}

/**
 * `level_order_direction_mismatch` (warning): the level codes are numbered, and the numbers run
 * against the declared `direction` (levels are listed least to most severe, so a scale whose "1" is
 * its most severe level — `descending` — lists "…, 2, 1"). Either the levels are listed most
 * severe first (the issuer's order), or `direction` is wrong; the message gives both fixes.
 */
export function levelOrderDirection(ctx: ScaleContext): Issue[] {
  const levels = ctx.document.levels;
  const numbering = numberingOf(levels.map((l) => l.code));
  if (numbering === undefined || numbering === ctx.document.direction) return [];
  return [
    issue("level_order_direction_mismatch", ["direction"], {
      direction: ctx.document.direction,
      numbering,
      first: levels[0]!.code,
      last: levels[levels.length - 1]!.code,
    }),
  ];
}
