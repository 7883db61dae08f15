/**
 * "Did you mean…": the valid codes ordered by how close they are to what was typed, so a message
 * about an unknown level or option lists the likely one first. Shared by every command that looks
 * a code up (classify's options, translate's `--level`).
 */
import { distance } from "fastest-levenshtein";

/**
 * The candidates ordered closest first to `wanted`: by edit distance (Levenshtein, ignoring
 * case), ties kept in their given order (a scale's own order). Every candidate is kept, once.
 * @example closestFirst("C2", ["C1", "C3", "C6", "c2"]) // ["c2", "C1", "C3", "C6"]
 */
export function closestFirst(wanted: string, candidates: readonly string[]): string[] {
  const key = wanted.toLowerCase();
  const unique = [...new Set(candidates)];
  return unique
    .map((code, order) => ({ code, order, d: distance(key, code.toLowerCase()) }))
    .sort((a, b) => a.d - b.d || a.order - b.order)
    .map((x) => x.code);
}
