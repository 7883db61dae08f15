/** Reading a received assessment file: shared by `receive` and `thread`. */
import { locateIssues, validateDocument } from "@sevscale/core";
import type { Assessment, LocatedIssue } from "@sevscale/core";
import { readDocumentFile } from "@sevscale/node";
import { isIoIssue } from "./_report.js";

/** Reads and validates the received file as an assessment (structure and its own rules, no scale yet). */
export async function readAssessment(path: string, maxBytes: number | undefined): Promise<{ assessment?: Assessment; issues: LocatedIssue[]; io: boolean }> {
  const read = await readDocumentFile(path, maxBytes === undefined ? {} : { maxBytes });
  if (!read.read) return { issues: locateIssues(read.issues, undefined), io: read.issues.some(isIoIssue) };
  const parsed = read.parsed;
  if (!parsed.ok) return { issues: locateIssues(parsed.issues, parsed.locate), io: false };
  const result = validateDocument(parsed.value, { kind: "assessment" });
  // Without the scale the rules say only that they could not check it: the registry step does.
  const issues = locateIssues(result.issues.filter((i) => i.code !== "assessment_scale_unresolved"), parsed.locate);
  return { ...(result.valid ? { assessment: result.document as Assessment } : {}), issues, io: false };
}

