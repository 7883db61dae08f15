import { defineMessages } from "../issues/define.js";

/** Issue messages of the integrity area: canonical form, digests, signatures and keyrings. */
export const INTEGRITY_MESSAGES = defineMessages({
  // Canonical form (RFC 8785): only plain JSON values have one.
  canonical_unsupported_value: {
    severity: "error",
    stage: "integrity",
    en: "A value of type {type} has no JSON form, so the document has no RFC 8785 canonical form.",
    es: "Un valor de tipo {type} no tiene representación JSON, así que el documento no tiene forma canónica RFC 8785.",
  },
  canonical_non_finite_number: {
    severity: "error",
    stage: "integrity",
    en: "The number {value} cannot be written in JSON; RFC 8785 accepts only finite numbers.",
    es: "El número {value} no se puede escribir en JSON; RFC 8785 solo admite números finitos.",
  },
  canonical_lone_surrogate: {
    severity: "error",
    stage: "integrity",
    en: "This text contains an unpaired UTF-16 surrogate, which is not valid Unicode; RFC 8785 rejects it.",
    es: "Este texto contiene un sustituto UTF-16 sin pareja, que no es Unicode válido; RFC 8785 lo rechaza.",
  },
  canonical_too_deep: {
    severity: "error",
    stage: "integrity",
    en: "The value is nested more than {limit} levels deep; sevscale does not canonicalize it.",
    es: "El valor tiene más de {limit} niveles de anidamiento; sevscale no calcula su forma canónica.",
  },
  canonical_circular: {
    severity: "error",
    stage: "integrity",
    en: "This value contains itself (a circular reference), so it cannot be written as JSON.",
    es: "Este valor se contiene a sí mismo (referencia circular), así que no se puede escribir como JSON.",
  },

  // Digest files (`<file>.sha256` / `<file>.sha512`, sha256sum format as used by CSAF).
  digest_file_empty: {
    severity: "error",
    stage: "integrity",
    en: "The digest file is empty; expected one line \"<hex digest>  <file name>\".",
    es: "El archivo de resumen está vacío; se esperaba una línea \"<resumen hexadecimal>  <nombre de archivo>\".",
  },
  digest_file_malformed: {
    severity: "error",
    stage: "integrity",
    en: "Line {line} of the digest file is not \"<hex digest>  <file name>\" with a SHA-256 (64 hex digits) or SHA-512 (128 hex digits) digest.",
    es: "La línea {line} del archivo de resumen no tiene la forma \"<resumen hexadecimal>  <nombre de archivo>\" con un resumen SHA-256 (64 dígitos hexadecimales) o SHA-512 (128).",
  },
  digest_file_multiple_entries: {
    severity: "error",
    stage: "integrity",
    en: "The digest file lists {count} files; a document's digest file must list exactly one.",
    es: "El archivo de resumen enumera {count} archivos; el de un documento debe enumerar exactamente uno.",
  },
  digest_file_algorithm_mismatch: {
    severity: "error",
    stage: "integrity",
    en: "This digest file should hold a {expected} digest but holds a {actual} one; each digest file holds the digest its extension names.",
    es: "Este archivo de resumen debería contener un resumen {expected}, pero contiene uno {actual}; cada archivo de resumen contiene el resumen que indica su extensión.",
    fr: "Ce fichier d'empreinte devrait contenir une empreinte {expected} mais en contient une {actual} ; chaque fichier d'empreinte contient l'empreinte que désigne son extension.",
    pt: "Este ficheiro de resumo devia conter um resumo {expected}, mas contém um {actual}; cada ficheiro de resumo contém o resumo que a sua extensão indica.",
  },
  digest_file_name_mismatch: {
    severity: "error",
    stage: "integrity",
    en: "The digest file names \"{actual}\", but it belongs to \"{expected}\".",
    es: "El archivo de resumen nombra \"{actual}\", pero corresponde a \"{expected}\".",
  },
  digest_mismatch: {
    severity: "error",
    stage: "integrity",
    en: "The {algorithm} digest of the document's canonical form is {actual}, but the digest file says {expected}: the document changed or the digest is wrong.",
    es: "El resumen {algorithm} de la forma canónica del documento es {actual}, pero el archivo de resumen indica {expected}: el documento cambió o el resumen es incorrecto.",
  },

  // Detached JWS signatures.
  signature_malformed: {
    severity: "error",
    stage: "integrity",
    en: "The signature is not a well-formed detached JWS \"<header>..<signature>\" ({detail}).",
    es: "La firma no es un JWS separado bien formado \"<cabecera>..<firma>\" ({detail}).",
  },
  signature_invalid: {
    severity: "error",
    stage: "integrity",
    en: "The signature does not match the document under key {kid}: the document changed after signing, or it was signed with another key.",
    es: "La firma no corresponde al documento con la clave {kid}: el documento cambió después de firmarse o se firmó con otra clave.",
  },
  key_algorithm_unsupported: {
    severity: "error",
    stage: "integrity",
    en: "Signature algorithm or key type \"{alg}\" is not supported; sevscale signatures use EdDSA with Ed25519 keys.",
    es: "El algoritmo de firma o tipo de clave \"{alg}\" no es compatible; las firmas de sevscale usan EdDSA con claves Ed25519.",
  },
  key_unknown: {
    severity: "error",
    stage: "integrity",
    en: "The signature names key {kid}, which is not among the trusted keys.",
    es: "La firma indica la clave {kid}, que no está entre las claves de confianza.",
  },
  key_unusable: {
    severity: "error",
    stage: "integrity",
    en: "Key {kid} is not a usable Ed25519 public key.",
    es: "La clave {kid} no es una clave pública Ed25519 utilizable.",
  },
  key_expired: {
    severity: "error",
    stage: "integrity",
    en: "Key {kid} was valid until {validTo}; it is not valid at {at}.",
    es: "La clave {kid} fue válida hasta {validTo}; no es válida en {at}.",
  },
  key_not_yet_valid: {
    severity: "error",
    stage: "integrity",
    en: "Key {kid} is valid only from {validFrom}; it is not yet valid at {at}.",
    es: "La clave {kid} es válida solo a partir de {validFrom}; todavía no es válida en {at}.",
  },
  key_namespace_denied: {
    severity: "error",
    stage: "integrity",
    en: "Key {kid} may sign documents of namespaces {allowed} only, not of namespace \"{namespace}\".",
    es: "La clave {kid} solo puede firmar documentos de los espacios de nombres {allowed}, no del espacio \"{namespace}\".",
  },
  document_namespace_missing: {
    severity: "error",
    stage: "integrity",
    en: "The document has no \"id\" of the form \"<namespace>/<name>\", so it cannot be checked against the namespaces key {kid} may sign.",
    es: "El documento no tiene un \"id\" de la forma \"<espacio>/<nombre>\", así que no se puede comprobar contra los espacios de nombres que la clave {kid} puede firmar.",
  },
  signing_key_invalid: {
    severity: "error",
    stage: "integrity",
    en: "The signing key is not an Ed25519 private JWK ({detail}).",
    es: "La clave de firma no es una JWK privada Ed25519 ({detail}).",
  },

  // Keyring documents.
  keyring_missing_member: {
    severity: "error",
    stage: "integrity",
    en: "Required member \"{member}\" is missing.",
    es: "Falta el miembro obligatorio \"{member}\".",
  },
  keyring_unknown_member: {
    severity: "error",
    stage: "integrity",
    en: "Member \"{member}\" is not allowed here.",
    es: "El miembro \"{member}\" no está permitido aquí.",
  },
  keyring_wrong_type: {
    severity: "error",
    stage: "integrity",
    en: "Expected a value of type {expected}.",
    es: "Se esperaba un valor de tipo {expected}.",
  },
  keyring_invalid_value: {
    severity: "error",
    stage: "integrity",
    en: "Invalid value: expected {expected}.",
    es: "Valor no válido: se esperaba {expected}.",
  },
  keyring_private_key: {
    severity: "error",
    stage: "integrity",
    en: "This key contains its private part \"d\": a keyring is public and must hold public keys only. Remove it, and treat the key as compromised if the keyring was shared.",
    es: "Esta clave contiene su parte privada \"d\": un llavero es público y solo debe contener claves públicas. Elimínela y considere la clave comprometida si el llavero se compartió.",
  },
  keyring_duplicate_kid: {
    severity: "error",
    stage: "integrity",
    en: "Key id \"{kid}\" is already used at {first}; key ids must be unique in a keyring.",
    es: "El identificador de clave \"{kid}\" ya se usa en {first}; los identificadores deben ser únicos en un llavero.",
  },
  keyring_validity_reversed: {
    severity: "error",
    stage: "integrity",
    en: "validTo ({validTo}) is earlier than validFrom ({validFrom}).",
    es: "validTo ({validTo}) es anterior a validFrom ({validFrom}).",
  },

  // Files (reported by @sevscale/node).
  integrity_file_unreadable: {
    severity: "error",
    stage: "integrity",
    en: "Cannot read {path} ({reason}).",
    es: "No se puede leer {path} ({reason}).",
  },
  integrity_json_invalid: {
    severity: "error",
    stage: "integrity",
    en: "{path} is not valid JSON ({reason}).",
    es: "{path} no es JSON válido ({reason}).",
  },
  key_file_invalid: {
    severity: "error",
    stage: "integrity",
    en: "{path} is not an Ed25519 JWK ({detail}).",
    es: "{path} no es una JWK Ed25519 ({detail}).",
  },
  key_file_exists: {
    severity: "error",
    stage: "integrity",
    en: "{path} already exists; sevscale never overwrites a key file.",
    es: "{path} ya existe; sevscale nunca sobrescribe un archivo de clave.",
  },
  signature_file_missing: {
    severity: "error",
    stage: "integrity",
    en: "No signature file {path} beside the document.",
    es: "No hay archivo de firma {path} junto al documento.",
  },
  verification_key_missing: {
    severity: "error",
    stage: "integrity",
    en: "No key to verify with: give a keyring or a public key.",
    es: "No hay clave con la que verificar: indique un llavero o una clave pública.",
  },
});
