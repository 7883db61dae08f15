/**
 * fast-check arbitrary for Registry index documents (model/registry.ts): structurally valid
 * entries with well-formed relative paths and hex digests.
 */
import fc from "fast-check";
import type { RegistryIndexInput } from "../../src/model/registry.js";
import { arbDateTime, arbDocumentId, arbExtensions, arbLangMap, arbLanguageTags, arbSemver, arbStatus } from "./common.js";
import { asJson } from "./scale.js";

const HEX = [..."0123456789abcdef"];

const hexDigit = fc.constantFrom(...HEX);

function arbHex(length: number) {
  return fc.string({ unit: hexDigit, minLength: length, maxLength: length });
}

/** A relative registry path: segments of safe characters, never `.` or `..`. */
export function arbRegistryPath(): fc.Arbitrary<string> {
  return registryPath;
}

const registryPath = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.stringMatching(/^[A-Za-z0-9_@+-][A-Za-z0-9._@+-]{0,15}$/) },
      { weight: 1, arbitrary: fc.constantFrom("...", "..a", ".well-known", "a..b") },
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((segments) => segments.join("/"));

function arbEntry() {
  return fc.record(
    {
      kind: fc.constantFrom("scale" as const, "mapping" as const, "keyring" as const),
      id: arbDocumentId(),
      version: arbSemver(),
      status: arbStatus(),
      path: arbRegistryPath(),
      digests: fc.record({ sha256: arbHex(64), sha512: arbHex(128) }),
      signature: arbRegistryPath(),
      kid: fc.constantFrom("key-2026", "ncsc-1", "sevscale"),
    },
    { requiredKeys: ["kind", "id", "version", "status", "path", "digests"] },
  );
}

/** A structurally valid Registry index document (after a JSON round trip). */
export function arbRegistryIndex(): fc.Arbitrary<RegistryIndexInput> {
  return arbLanguageTags()
    .chain((languages) =>
      fc.record(
        {
          $schema: fc.constant("https://sevscale.org/schemas/1.0/registry.schema.json"),
          kind: fc.constant("registry" as const),
          id: arbDocumentId(),
          version: arbSemver(),
          title: arbLangMap(languages),
          generated: arbDateTime(),
          documents: fc.array(arbEntry(), { maxLength: 5 }),
          "x-extensions": arbExtensions(),
        },
        { requiredKeys: ["kind", "id", "version", "generated", "documents"] },
      ),
    )
    .map(asJson);
}
