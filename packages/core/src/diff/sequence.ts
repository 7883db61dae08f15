/** Sequence helpers: longest common subsequence and longest increasing subsequence. */

/**
 * Index pairs of a longest common subsequence of `a` and `b` under `eq`, in order. Ties are broken
 * the same way every time (earliest items of `a` first), so results are deterministic.
 */
export function lcsPairs<T>(a: readonly T[], b: readonly T[], eq: (x: T, y: T) => boolean): [number, number][] {
  const n = a.length;
  const m = b.length;
  // Large arrays are compared position by position rather than spending quadratic time.
  if (n * m > 250_000) {
    const out: [number, number][] = [];
    for (let i = 0; i < Math.min(n, m); i++) if (eq(a[i]!, b[i]!)) out.push([i, i]);
    return out;
  }
  const len: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      len[i]![j] = eq(a[i]!, b[j]!) ? len[i + 1]![j + 1]! + 1 : Math.max(len[i + 1]![j]!, len[i]![j + 1]!);
    }
  }
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (eq(a[i]!, b[j]!) && len[i]![j] === len[i + 1]![j + 1]! + 1) {
      out.push([i, j]);
      i++;
      j++;
    } else if (len[i + 1]![j]! >= len[i]![j + 1]!) i++;
    else j++;
  }
  return out;
}

/**
 * Positions (into `values`) of a longest strictly increasing subsequence. Among equally long ones
 * it keeps the earliest-ending choices, deterministically.
 */
export function lisPositions(values: readonly number[]): number[] {
  const tails: number[] = []; // tails[k] = position of the smallest tail of an increasing run of length k+1
  const prev: number[] = new Array<number>(values.length).fill(-1);
  for (let p = 0; p < values.length; p++) {
    const v = values[p]!;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[p] = tails[lo - 1]!;
    tails[lo] = p;
  }
  const out: number[] = [];
  let p = tails.length > 0 ? tails[tails.length - 1]! : -1;
  while (p >= 0) {
    out.push(p);
    p = prev[p]!;
  }
  return out.reverse();
}
