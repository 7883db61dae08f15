/**
 * fast-check arbitrary for Mapping documents (model/mapping.ts): structurally valid, one record
 * per subject level, object intervals over distinct object level codes, `noMatch` without an
 * object and `exactMatch` on a single level (the relation semantics of the brief).
 */
import fc from "fast-check";
import type { MappingInput } from "../../src/model/mapping.js";
import {
  arbCodes,
  arbDate,
  arbDocumentId,
  arbDocumentRef,
  arbExtensions,
  arbLangMap,
  arbLanguageTags,
  arbLanguages,
  arbLicense,
  arbOrganisation,
  arbRevision,
  arbSemver,
  arbStatus,
  arbUrl,
} from "./common.js";
import { asJson } from "./scale.js";

const RELATIONS = ["exactMatch", "closeMatch", "broadMatch", "narrowMatch", "relatedMatch", "noMatch"] as const;

/** A semver range as a mapping's `versions` member. */
function arbVersionRange() {
  return fc.oneof(fc.constantFrom("1.x", "^1.0.0", ">=1.0.0 <2.0.0", "*", "1.2.3 || 2.x"), arbSemver());
}

function arbRecord(languages: string[], subject: string, object: readonly string[]) {
  return fc.constantFrom(...RELATIONS).chain((relation) => {
    const lo = fc.nat({ max: object.length - 1 });
    const interval =
      relation === "noMatch"
        ? fc.constant(undefined)
        : relation === "exactMatch"
          ? lo.map((i) => ({ min: object[i]!, max: object[i]! }))
          : fc.tuple(lo, lo).map(([a, b]) => ({ min: object[Math.min(a, b)]!, max: object[Math.max(a, b)]! }));
    return fc
      .record(
        {
          subject: fc.constant(subject),
          relation: fc.constant(relation),
          object: interval,
          justification: fc.constantFrom("manual-curation" as const, "review" as const, "criteria-derived" as const, "chaining" as const, "inversion" as const, "unspecified" as const),
          confidence: fc.oneof(fc.constantFrom(0, 1, 0.5), fc.double({ min: 0, max: 1, noNaN: true })),
          comment: arbLangMap(languages),
        },
        { requiredKeys: ["subject", "relation", "object", "justification", "confidence"] },
      )
      .map(({ object: o, ...rest }) => (o === undefined ? rest : { ...rest, object: o }));
  });
}

function arbContributor(languages: string[]) {
  return fc.record({ name: fc.constantFrom("A. Analyst", "Equipo CERT-MX", "sevscale"), organisation: arbOrganisation(languages), url: arbUrl() }, { requiredKeys: ["name"] });
}

/** A structurally valid Mapping document (after a JSON round trip). */
export function arbMapping(): fc.Arbitrary<MappingInput> {
  return fc
    .record({ languages: arbLanguageTags(), subjectLevels: arbCodes(1, 7), objectLevels: arbCodes(1, 6) })
    .chain(({ languages, subjectLevels, objectLevels }) => {
      const lm = arbLangMap(languages);
      const range = fc.record({ id: arbDocumentId(), versions: arbVersionRange() });
      return fc.record(
        {
          $schema: fc.constant("https://sevscale.org/schemas/1.0/mapping.schema.json"),
          kind: fc.constant("mapping" as const),
          id: arbDocumentId(),
          version: arbSemver(),
          status: arbStatus(),
          title: lm,
          subject: range,
          object: range,
          authors: fc.array(arbContributor(languages), { minLength: 1, maxLength: 2 }),
          reviewers: fc.array(arbContributor(languages), { maxLength: 2 }),
          date: arbDate(),
          supersedes: arbDocumentRef(),
          revisionHistory: fc.array(arbRevision(languages), { minLength: 1, maxLength: 2 }),
          license: arbLicense(languages),
          defaultLanguage: fc.constantFrom(...languages),
          languages: arbLanguages(languages),
          comment: lm,
          records: fc.tuple(...subjectLevels.map((s) => arbRecord(languages, s, objectLevels))),
          "x-extensions": arbExtensions(),
        },
        { requiredKeys: ["kind", "id", "version", "status", "subject", "object", "authors", "date", "revisionHistory", "license", "defaultLanguage", "languages", "records"] },
      );
    })
    .map(asJson);
}
