/** Renders trace steps in a locale. */
import type { PartialLocale } from "../i18n/locale.js";
import { renderMessage } from "../issues/render.js";
import type { TraceStep } from "./result.js";

/** One trace step as a sentence in `locale`. */
export function renderTraceStep(step: TraceStep, locale: PartialLocale): string {
  return renderMessage({ code: step.kind, params: step.params }, locale);
}

/** The whole trace as indented lines (two spaces per depth and inside a composite component). */
export function renderTrace(trace: readonly TraceStep[], locale: PartialLocale): string[] {
  return trace.map((s) => `${"  ".repeat((s.depth ?? 0) + (s.component === undefined ? 0 : 1))}${renderTraceStep(s, locale)}`);
}
