/** Renders trace steps in a language, from the catalogue. */
import type { MessageLanguage } from "../issues/issue.js";
import { renderMessage } from "../issues/render.js";
import type { TraceStep } from "./result.js";

/** One trace step as a sentence in `lang`. */
export function renderTraceStep(step: TraceStep, lang: MessageLanguage = "en"): string {
  return renderMessage({ code: step.kind, params: step.params }, lang);
}

/** The whole trace as indented lines (two spaces per depth and inside a composite component). */
export function renderTrace(trace: readonly TraceStep[], lang: MessageLanguage = "en"): string[] {
  return trace.map((s) => `${"  ".repeat((s.depth ?? 0) + (s.component === undefined ? 0 : 1))}${renderTraceStep(s, lang)}`);
}
