import { defineMessages } from "../issues/define.js";

/**
 * Messages of the registry area: building a registry from source documents and loading or
 * checking one from a directory or an http(s) URL. Node-side findings (files, HTTP) are declared
 * here too, because the core catalogue cannot import @sevscale/node.
 */
export const REGISTRY_MESSAGES = defineMessages({
  // Building: the source documents.
  registry_source_kind: {
    severity: "error",
    stage: "registry",
    en: "This is a {found} document; a registry is built from scale and mapping documents only.",
    es: "Este es un documento de tipo {found}; un registro se construye solo con documentos de escala y de mapeo.",
  },
  registry_private_key: {
    severity: "error",
    stage: "registry",
    en: "This value is a private key (a JWK with member \"d\"): private keys never go into a registry. Remove it, and treat the key as compromised if the file was shared.",
    es: "Este valor es una clave privada (una JWK con el miembro \"d\"): las claves privadas nunca van en un registro. Elimínela y considere la clave comprometida si el archivo se compartió.",
  },
  registry_duplicate_version: {
    severity: "error",
    stage: "registry",
    en: "{id} version {version} is also in {other} with different content; one version of a document has one content.",
    es: "La versión {version} de {id} también está en {other} con otro contenido; cada versión de un documento tiene un único contenido.",
  },
  registry_release_modified: {
    severity: "error",
    stage: "registry",
    en: "{id} version {version} is already released ({status}) in the registry with other content (SHA-256 {listed}, now {actual}). A released version is immutable: publish the change as a new version.",
    es: "La versión {version} de {id} ya está publicada ({status}) en el registro con otro contenido (SHA-256 {listed}, ahora {actual}). Una versión publicada es inmutable: publique el cambio como una versión nueva.",
  },
  registry_output_overlaps_source: {
    severity: "error",
    stage: "registry",
    en: "The registry directory {out} and the source {source} overlap; build the registry outside its sources.",
    es: "El directorio del registro {out} y el origen {source} se solapan; construya el registro fuera de sus fuentes.",
  },
  registry_write_failed: {
    severity: "error",
    stage: "registry",
    en: "Could not write {path} ({reason}); the files already written are complete, and the index still lists only files that verify.",
    es: "No se pudo escribir {path} ({reason}); los archivos ya escritos están completos y el índice sigue enumerando solo archivos que se verifican.",
  },
  registry_existing_invalid: {
    severity: "error",
    stage: "registry",
    en: "The registry already in {path} does not check clean (see the findings listed with it); it is not updated until it is repaired.",
    es: "El registro que ya está en {path} no supera la revisión (vea los hallazgos que lo acompañan); no se actualiza hasta que se repare.",
  },

  // Loading and checking: the index.
  registry_source_unsupported: {
    severity: "error",
    stage: "registry",
    en: "{source} is neither a directory nor an http(s) URL.",
    es: "{source} no es un directorio ni una URL http(s).",
  },
  registry_index_invalid: {
    severity: "error",
    stage: "registry",
    en: "The registry index does not have the required structure here ({detail}).",
    es: "El índice del registro no tiene aquí la estructura requerida ({detail}).",
  },
  registry_path_unsafe: {
    severity: "error",
    stage: "registry",
    en: "The path \"{path}\" is refused ({reason}): registry paths are relative, use forward slashes, have no \".\" or \"..\" segments and stay inside the registry. It was not read.",
    es: "Se rechaza la ruta \"{path}\" ({reason}): las rutas del registro son relativas, usan barras normales, no tienen segmentos \".\" ni \"..\" y no salen del registro. No se ha leído.",
  },
  registry_path_unexpected: {
    severity: "warning",
    stage: "registry",
    en: "The document is stored at \"{path}\"; the registry layout puts it at \"{expected}\".",
    es: "El documento está en \"{path}\"; la organización del registro lo sitúa en \"{expected}\".",
  },

  // Loading and checking: each listed document.
  registry_entry_mismatch: {
    severity: "error",
    stage: "registry",
    en: "The index says {member} is \"{listed}\", but the document says \"{actual}\".",
    es: "El índice indica que {member} es \"{listed}\", pero el documento dice \"{actual}\".",
  },
  registry_digest_mismatch: {
    severity: "error",
    stage: "registry",
    en: "The {algorithm} digest of the document's canonical form is {actual}, but the index lists {listed}: the document changed after the index was built.",
    es: "El resumen {algorithm} de la forma canónica del documento es {actual}, pero el índice indica {listed}: el documento cambió después de construirse el índice.",
  },
  registry_signature_missing: {
    severity: "error",
    stage: "registry",
    en: "The index lists the signature {path}, but it cannot be read.",
    es: "El índice indica la firma {path}, pero no se puede leer.",
  },
  registry_kid_mismatch: {
    severity: "error",
    stage: "registry",
    en: "The index says the document is signed with key {listed}, but its signature names key {actual}.",
    es: "El índice indica que el documento está firmado con la clave {listed}, pero su firma nombra la clave {actual}.",
  },
  document_unsigned: {
    severity: "warning",
    stage: "registry",
    en: "{path} is not signed; with a keyring to check against, every document is expected to be.",
    es: "{path} no está firmado; cuando se revisa con un llavero, se espera que todos los documentos lo estén.",
  },
  registry_signatures_unchecked: {
    severity: "info",
    stage: "registry",
    en: "{count} signatures were not verified because no keyring was given.",
    es: "No se verificaron {count} firmas porque no se indicó ningún llavero.",
  },
  registry_file_unlisted: {
    severity: "warning",
    stage: "registry",
    en: "{path} is in the registry directory but not listed in the index.",
    es: "{path} está en el directorio del registro pero no figura en el índice.",
  },

  // Loading over HTTP.
  registry_fetch_failed: {
    severity: "error",
    stage: "registry",
    en: "Could not fetch {url} ({reason}).",
    es: "No se pudo descargar {url} ({reason}).",
  },
  registry_fetch_status: {
    severity: "error",
    stage: "registry",
    en: "Fetching {url} answered HTTP {status}.",
    es: "La descarga de {url} respondió HTTP {status}.",
  },
  registry_redirect_refused: {
    severity: "error",
    stage: "registry",
    en: "{url} redirects to {location}, outside the registry's base URL; the redirect was not followed.",
    es: "{url} redirige a {location}, fuera de la URL base del registro; no se ha seguido la redirección.",
  },
});
