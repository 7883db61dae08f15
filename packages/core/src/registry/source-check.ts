import type { Issue } from "../issues/issue.js";
import { toPointer } from "../issues/issue.js";
import { detectKind } from "../model/kinds.js";
import type { ScaleResolver } from "../validate/validate-document.js";
import { validateDocument } from "../validate/validate-document.js";
import type { RegistryDocumentKind } from "./layout.js";

/** Options of {@link checkSourceDocument}. */
export interface CheckSourceOptions {
  /** Resolves the scales a mapping relates, for the meaning checks of mappings. */
  readonly resolveScale?: ScaleResolver;
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
    if (Object.hasOwn(record, "kty") && typeof record["d"] === "string") found.push(toPointer(path));
    for (const key of Object.keys(record)) visit(record[key], [...path, key], depth + 1);
  };
  visit(value, [], 0);
  return found;
}

function kindText(value: unknown): string {
  const kind = typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)["kind"] : undefined;
  return typeof kind === "string" ? JSON.stringify(kind.slice(0, 40)) : "unknown";
}

/**
 * Checks one document before it goes into a registry, and again when a registry is loaded: it
 * must be a scale or a mapping, hold no private key, and be valid — structure, then meaning
 * (`validateDocument`; mappings are checked against the scales `resolveScale` finds). The one
 * place that decides what a registry accepts. Warnings do not refuse a document; errors do.
 */
export function checkSourceDocument(value: unknown, options: CheckSourceOptions = {}): SourceCheck {
  const privateKeys = findPrivateJwks(value).map((pointer): Issue => ({ code: "registry_private_key", severity: "error", pointer, params: {} }));
  const detected = detectKind(value);
  if (detected !== "scale" && detected !== "mapping") {
    const found = detected ?? kindText(value);
    return { kind: null, issues: [...privateKeys, { code: "registry_source_kind", severity: "error", pointer: "", params: { found } }] };
  }
  const result = validateDocument(value, { kind: detected, ...(options.resolveScale ? { resolveScale: options.resolveScale } : {}) });
  return { kind: detected, issues: [...privateKeys, ...result.issues] };
}
