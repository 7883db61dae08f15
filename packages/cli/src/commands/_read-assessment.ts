/** Reading a received assessment file: shared by `receive` and `thread`. */
import { locateIssues, validateDocument } from "@sevscale/core";
import type { Assessment, LocatedIssue } from "@sevscale/core";
import { readDocumentFile } from "@sevscale/node";

/** Reads (with the one loader) and validates the received file as an assessment (structure and its own rules, no scale yet). */
export async function readAssessment(
  path: string,
  maxBytes: number | undefined,
  stdin?: NodeJS.ReadableStream,
): Promise<{ assessment?: Assessment; issues: LocatedIssue[]; io: boolean }> {
  // `path` is `-` (STDIN_PATH) to read standard input: `stdin` is then the command's.
  const read = await readDocumentFile(path, { ...(maxBytes === undefined ? {} : { maxBytes }), ...(stdin === undefined ? {} : { stdin }) });
  if (!read.ok) return { issues: [...read.issues], io: read.io };
  const result = validateDocument(read.value, { kind: "assessment" });
  // Without the scale the rules say only that they could not check it: the registry step does.
  const issues = locateIssues(result.issues.filter((i) => i.code !== "assessment_scale_unresolved"), read.locate);
  return { ...(result.valid ? { assessment: result.document as Assessment } : {}), issues, io: false };
}
