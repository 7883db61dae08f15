/**
 * fast-check arbitrary for Assessment documents (model/assessment.ts): structurally valid, with a
 * level or a range, optional facts, reference placement, notes and supersedes.
 */
import fc from "fast-check";
import type { AssessmentInput } from "../../src/model/assessment.js";
import { TLP_MARKINGS } from "../../src/model/assessment.js";
import { arbCode, arbContact, arbDecimal, arbDateTime, arbDocumentId, arbExtensions, arbLangMap, arbLanguageTags, arbSemver, arbUrl } from "./common.js";
import { asJson } from "./scale.js";

const sha256 = fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 64, maxLength: 64 });
const pinned = () => fc.record({ id: arbDocumentId(), version: arbSemver(), sha256 });
const score = arbDecimal();

function arbResult() {
  return fc.oneof(
    fc.record({ level: arbCode(), score }, { requiredKeys: ["level"] }),
    fc.record({ range: fc.record({ atLeast: arbCode(), atMost: arbCode() }), score }, { requiredKeys: ["range"] }),
  );
}

/** A structurally valid Assessment document (after a JSON round trip). */
export function arbAssessment(): fc.Arbitrary<AssessmentInput> {
  return arbLanguageTags()
    .chain((languages) =>
      fc.record(
        {
          $schema: fc.constant("https://sevscale.org/schemas/1.0/assessment.schema.json"),
          kind: fc.constant("assessment" as const),
          id: arbDocumentId(),
          incident: fc.record({ reference: fc.string({ minLength: 1, maxLength: 30 }), title: arbLangMap(languages) }, { requiredKeys: ["reference"] }),
          issuer: fc.record(
            { name: arbLangMap(languages), acronym: fc.constantFrom("ASD", "NCSC", "CERT-MX"), country: fc.stringMatching(/^[A-Z]{2}$/), url: arbUrl(), contact: arbContact(languages) },
            { requiredKeys: ["name", "contact"] },
          ),
          assessed: arbDateTime(),
          marking: fc.constantFrom(...TLP_MARKINGS),
          scale: pinned(),
          result: arbResult(),
          facts: fc.dictionary(arbCode(), fc.oneof(arbCode(), fc.integer(), fc.array(arbCode(), { maxLength: 3 })), { maxKeys: 4 }),
          reference: fc.record({ mapping: pinned(), min: arbCode(), max: arbCode() }),
          notes: arbLangMap(languages),
          supersedes: arbDocumentId(),
          "x-extensions": arbExtensions(),
        },
        { requiredKeys: ["kind", "id", "incident", "issuer", "assessed", "marking", "scale", "result"] },
      ),
    )
    .map(asJson);
}
