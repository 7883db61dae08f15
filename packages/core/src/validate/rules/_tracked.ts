/** What scales and mappings share: identity, tracking and languages (internal). */
import type { Mapping } from "../../model/mapping.js";
import type { Scale } from "../../model/scale.js";

/** A document with a revision history and declared languages (a Scale or a Mapping). */
export type TrackedDocument = Pick<Scale | Mapping, "id" | "version" | "supersedes" | "revisionHistory" | "defaultLanguage" | "languages">;
