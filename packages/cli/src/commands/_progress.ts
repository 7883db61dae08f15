/**
 * A one-line progress indicator on stderr, shown only when stderr is a terminal (never in pipes,
 * logs or tests' captured output). Written here rather than taken from cli-progress: it needs
 * only a counter on one line, it must write through the CLI's IO abstraction (so tests can drive
 * it), and it adds no dependency.
 */
import type { Progress, ProgressPhase } from "@sevscale/core";
import type { CliTexts } from "../i18n.js";
import type { CliIO } from "../io.js";

/** Updates and clears the progress line. */
export interface ProgressLine {
  /** Shows `label done/total`, or `label done` when the total is not known (a stream). */
  update(label: string, done: number, total?: number): void;
  clear(): void;
}

/** A progress line on stderr, or undefined when stderr is not a terminal. */
export function progressLine(io: CliIO, now: () => number = Date.now): ProgressLine | undefined {
  if (!io.stderr.isTTY || io.env["TERM"] === "dumb") return undefined;
  let last = 0;
  let shown = false;
  return {
    update(label, done, total) {
      const t = now();
      // At most ten redraws a second, and always the last one.
      if ((total === undefined || done < total) && t - last < 100) return;
      last = t;
      shown = true;
      io.stderr.write(`\r\u001b[2K${label} ${done}${total === undefined ? "" : `/${total}`}`);
    },
    clear() {
      if (shown) io.stderr.write("\r\u001b[2K");
      shown = false;
    },
  };
}

/** The words of a phase on the progress line, in the run's language. */
export function phaseLabel(t: CliTexts, phase: ProgressPhase): string {
  const labels: Record<ProgressPhase, string> = { read: t.progressRead, check: t.progressCheck, write: t.progressWrite, fetch: t.progressFetch };
  return labels[phase];
}

/**
 * The `onProgress` option of a core or @sevscale/node function (the one {@link Progress} shape),
 * drawing `line` with each update labelled by `label`; no option at all when there is no line (not
 * a terminal), so the function does not even count for it.
 */
export function progressOption<P extends Progress>(line: ProgressLine | undefined, label: (progress: P) => string): { onProgress?: (progress: P) => void } {
  return line ? { onProgress: (p: P) => line.update(label(p), p.done, p.total) } : {};
}
