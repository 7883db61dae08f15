/**
 * A band of reference levels as messages, pages and terminals show it: the one level (`R2`) when
 * the band is a single level, else `min–max` (`R1–R3`, with an en dash). The same notation in every
 * language, so one function serves the core's params and every face.
 * @example intervalText({ min: "R2", max: "R2" }) // "R2"
 * @example intervalText({ min: "R1", max: "R3" }) // "R1–R3"
 */
export function intervalText(interval: { readonly min: string; readonly max: string }): string {
  return interval.min === interval.max ? interval.min : `${interval.min}–${interval.max}`;
}
