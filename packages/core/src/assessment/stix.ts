/**
 * An assessment as a STIX 2.1 bundle: the issuing CSIRT (`identity`), the `incident`, and the
 * `extension-definition` of the property extension that carries the assessment inside the
 * incident. Ids are UUIDv5, so the same assessment always gives the same bundle. Rules in
 * docs/assessments.md ("STIX 2.1").
 */
import { v5 as uuidv5 } from "uuid";
import { assertCanonicalBytes } from "../integrity/canonical.js";
import { sha256HexSync } from "../integrity/digest.js";
import type { Assessment, TlpMarking } from "../model/assessment.js";
import { SCHEMA_BASE_URL } from "../model/kinds.js";
import { describeResult } from "./result.js";

/** A STIX object: type, id and the properties of its type. */
export interface StixObject {
  readonly type: string;
  readonly id: string;
  readonly [property: string]: unknown;
}

/** A STIX 2.1 bundle (§8). */
export interface StixBundle {
  readonly type: "bundle";
  readonly id: string;
  readonly objects: readonly StixObject[];
}

/** The UUIDv5 namespace of sevscale's STIX ids (itself UUIDv5 of the project URL in the URL namespace). */
export const SEVSCALE_STIX_NAMESPACE = uuidv5("https://sevscale.org/", uuidv5.URL);

/** The JSON Schema of the extension's properties (the assessment document). */
export const STIX_EXTENSION_SCHEMA_URL = `${SCHEMA_BASE_URL}/assessment.schema.json`;

/**
 * The TLP 2.0 marking definitions published by OASIS (cti-stix-common-objects,
 * extension-definition-specifications/tlp-2.0), by marking.
 */
export const TLP_STIX_MARKINGS: Readonly<Record<TlpMarking, string>> = {
  "TLP:CLEAR": "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
  "TLP:GREEN": "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
  "TLP:AMBER": "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
  "TLP:AMBER+STRICT": "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
  "TLP:RED": "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
};

const stixId = (type: string, name: string): string => `${type}--${uuidv5(name, SEVSCALE_STIX_NAMESPACE)}`;

/** The fixed instant of the extension definition and the sevscale identity (they never change). */
const DEFINED = "2026-01-01T00:00:00.000Z";

/** The identity that publishes the extension definition (the sevscale project). */
const SEVSCALE_IDENTITY: StixObject = {
  type: "identity",
  spec_version: "2.1",
  id: stixId("identity", "sevscale"),
  created: DEFINED,
  modified: DEFINED,
  name: "sevscale",
  identity_class: "organization",
};

/** The extension definition of the assessment property extension. */
const EXTENSION_DEFINITION: StixObject = {
  type: "extension-definition",
  spec_version: "2.1",
  id: stixId("extension-definition", STIX_EXTENSION_SCHEMA_URL),
  created_by_ref: SEVSCALE_IDENTITY.id,
  created: DEFINED,
  modified: DEFINED,
  name: "sevscale severity assessment",
  description: "Adds the property `assessment` to an incident: a national CSIRT's severity assessment of it, as a sevscale assessment document (the scale pinned by id, version and SHA-256) without `$schema`. The schema is the assessment document's.",
  schema: STIX_EXTENSION_SCHEMA_URL,
  version: "1.0.0",
  extension_types: ["property-extension"],
};

/** STIX timestamps are UTC with a `Z` (§3.2): an offset instant is converted, milliseconds kept. */
function stixTime(instant: string): string {
  return new Date(instant).toISOString();
}

/** The first text of a language map, preferring English. */
function firstText(map: Readonly<Record<string, string>> | undefined): string | undefined {
  if (map === undefined) return undefined;
  return map["en"] ?? Object.values(map)[0];
}

/**
 * The STIX 2.1 bundle of an assessment: the issuer's `identity`, the `incident` (named by the
 * incident reference and title, marked with the TLP 2.0 marking definition, carrying the whole
 * assessment as the property `assessment` of its property extension) and the sevscale identity and extension definition. Every
 * id is a UUIDv5 of the assessment's canonical SHA-256 (or, for shared objects, a fixed name).
 */
export function assessmentToStixBundle(assessment: Assessment): StixBundle {
  const digest = sha256HexSync(assertCanonicalBytes(assessment));
  const issuerName = firstText(assessment.issuer.name) ?? assessment.issuer.acronym ?? assessment.id;
  const issuer: StixObject = {
    type: "identity",
    spec_version: "2.1",
    id: stixId("identity", `issuer:${JSON.stringify(assessment.issuer)}`),
    created: stixTime(assessment.assessed),
    modified: stixTime(assessment.assessed),
    name: issuerName,
    identity_class: "organization",
    ...(assessment.issuer.contact.email !== undefined ? { contact_information: assessment.issuer.contact.email } : {}),
  };
  const title = firstText(assessment.incident.title);
  const { $schema: _schema, ...carried } = assessment;
  const incident: StixObject = {
    type: "incident",
    spec_version: "2.1",
    id: stixId("incident", `assessment:${digest}`),
    created_by_ref: issuer.id,
    created: stixTime(assessment.assessed),
    modified: stixTime(assessment.assessed),
    name: title === undefined ? assessment.incident.reference : `${assessment.incident.reference}: ${title}`,
    description: `${assessment.scale.id}@${assessment.scale.version}: ${describeResult(assessment.result)}`,
    external_references: [{ source_name: "sevscale", external_id: assessment.id }],
    object_marking_refs: [TLP_STIX_MARKINGS[assessment.marking]],
    extensions: { [EXTENSION_DEFINITION.id]: { extension_type: "property-extension", assessment: carried } },
  };
  return {
    type: "bundle",
    id: stixId("bundle", `assessment:${digest}`),
    objects: [SEVSCALE_IDENTITY, EXTENSION_DEFINITION, issuer, incident],
  };
}
