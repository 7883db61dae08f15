import type { Issue } from "../issues/issue.js";
import { toPointer } from "../issues/issue.js";
import { detectKind } from "../model/kinds.js";
import type { Scale } from "../model/scale.js";
import { DOCUMENT_SCHEMAS } from "../model/kinds.js";
import type { RegistryDocumentKind } from "./layout.js";
import { zodIssues } from "./_zod.js";

/** Finds a scale by id and semver range among the documents being published. */
export type RegistryScaleResolver = (id: string, versionRange: string) => Scale | undefined;

/** Options of {@link checkSourceDocument}. */
export interface CheckSourceOptions {
  /** Resolves the scales a mapping relates (for the meaning checks of mappings). */
  readonly resolveScale?: RegistryScaleResolver;
}

/** Outcome of {@link checkSourceDocument}: the kind when it is one a registry stores, and every finding. */
export interface SourceCheck {
  readonly kind: RegistryDocumentKind | null;
  readonly issues: readonly Issue[];
}

/**
 * Pointers to every private JWK inside a value: an object with a `kty` member and a string `d`.
 * A private key has no business in a published document, even in `x-extensions`.
 */
export function findPrivateJwks(value: unknown): string[] {
  const found: string[] = [];
  const visit = (v: unknown, path: (string | number)[], depth: number) => {
    // Parsed documents are depth-limited already; the bound keeps this safe for any caller.
    if (typeof v !== "object" || v === null || depth > 1000) return;
    if (Array.isArray(v)) {
      v.forEach((item, i) => visit(item, [...path, i], depth + 1));
      return;
    }
    const record = v as Record<string, unknown>;
    if (Object.prototype.hasOwnProperty.call(record, "kty") && typeof record["d"] === "string") found.push(toPointer(path));
    for (const key of Object.keys(record)) visit(record[key], [...path, key], depth + 1);
  };
  visit(value, [], 0);
  return found;
}

/**
 * Checks one document before it goes into a registry (or when a registry is loaded): it must be a
 * scale or a mapping, hold no private key, and be valid. This is the one place that decides
 * validity for the registry, so the full validation (`validateDocument(value, { resolveScale })`,
 * structure then meaning) replaces the structural check below without touching the callers.
 */
export function checkSourceDocument(value: unknown, options: CheckSourceOptions = {}): SourceCheck {
  void options.resolveScale; // used once meaning validation is wired in (see above)
  const privateKeys = findPrivateJwks(value).map((pointer): Issue => ({ code: "registry_private_key", severity: "error", pointer, params: {} }));
  const detected = detectKind(value);
  if (detected !== "scale" && detected !== "mapping") {
    const found = detected ?? kindText(value);
    return { kind: null, issues: [...privateKeys, { code: "registry_source_kind", severity: "error", pointer: "", params: { found } }] };
  }
  const parsed = DOCUMENT_SCHEMAS[detected].safeParse(value);
  const structure = parsed.success ? [] : zodIssues("registry_source_structure", value, parsed.error, [], { kind: detected });
  return { kind: detected, issues: [...privateKeys, ...structure] };
}

function kindText(value: unknown): string {
  const kind = typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)["kind"] : undefined;
  return typeof kind === "string" ? JSON.stringify(kind.slice(0, 40)) : "unknown";
}
