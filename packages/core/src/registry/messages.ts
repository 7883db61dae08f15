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
  registry_argument_invalid: {
    severity: "error",
    stage: "registry",
    en: "{option} \"{value}\" is not valid: expected {expected}. Nothing was written.",
    es: "{option} «{value}» no es válido: se esperaba {expected}. No se ha escrito nada.",
    fr: "{option} « {value} » n'est pas valide : {expected} attendu. Rien n'a été écrit.",
    pt: "{option} \"{value}\" não é válido: esperava-se {expected}. Nada foi escrito.",
  },
  registry_existing_invalid: {
    severity: "error",
    stage: "registry",
    en: "The registry already in {path} does not check clean (see the findings listed with it); it is not updated until it is repaired.",
    es: "El registro que ya está en {path} no supera la revisión (vea los hallazgos que lo acompañan); no se actualiza hasta que se repare.",
  },

  registry_carried_unverified: {
    severity: "error",
    stage: "registry",
    en: "{id} version {version} is carried over from the registry (its source is not among the sources), and its signature does not verify ({reason}). A build never signs what it did not read from its sources: restore the published document, or put its source among the sources.",
    es: "La versión {version} de {id} se conserva del registro (su fuente no está entre las fuentes) y su firma no se verifica ({reason}). Una construcción nunca firma lo que no ha leído de sus fuentes: restaure el documento publicado o añada su fuente a las fuentes.",
    fr: "La version {version} de {id} est reprise du registre (sa source ne figure pas parmi les sources) et sa signature ne se vérifie pas ({reason}). Une construction ne signe jamais ce qu'elle n'a pas lu dans ses sources : restaurez le document publié ou ajoutez sa source aux sources.",
    pt: "A versão {version} de {id} é mantida do registo (a sua fonte não está entre as fontes) e a sua assinatura não é verificada ({reason}). Uma construção nunca assina o que não leu das suas fontes: reponha o documento publicado ou junte a sua fonte às fontes.",
  },
  registry_carried_unsigned: {
    severity: "error",
    stage: "registry",
    en: "{id} version {version} is carried over from the registry unsigned, and this build signs: a build never signs what it did not read from its sources. Put its source among the sources so that it is checked and signed.",
    es: "La versión {version} de {id} se conserva del registro sin firma, y esta construcción firma: una construcción nunca firma lo que no ha leído de sus fuentes. Añada su fuente a las fuentes para que se revise y se firme.",
    fr: "La version {version} de {id} est reprise du registre sans signature, et cette construction signe : une construction ne signe jamais ce qu'elle n'a pas lu dans ses sources. Ajoutez sa source aux sources pour qu'elle soit vérifiée et signée.",
    pt: "A versão {version} de {id} é mantida do registo sem assinatura, e esta construção assina: uma construção nunca assina o que não leu das suas fontes. Junte a sua fonte às fontes para que seja verificada e assinada.",
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
    en: "{path} is not signed, and no key of the keyring may sign its namespace: it is only as trustworthy as the registry's host.",
    es: "{path} no está firmado y ninguna clave del llavero puede firmar su espacio de nombres: solo es tan fiable como el servidor del registro.",
    fr: "{path} n'est pas signé et aucune clé du trousseau ne peut signer son espace de noms : il n'est pas plus fiable que l'hébergeur du registre.",
    pt: "{path} não está assinado e nenhuma chave do chaveiro pode assinar o seu espaço de nomes: só é tão fiável quanto o servidor do registo.",
  },
  document_signature_required: {
    severity: "error",
    stage: "registry",
    en: "{path} is not signed, but the keyring has keys for its namespace \"{namespace}\": a document of a namespace the keyring covers must be signed by a key allowed for it. It was not loaded.",
    es: "{path} no está firmado, pero el llavero tiene claves para su espacio de nombres \"{namespace}\": un documento de un espacio de nombres que cubre el llavero debe estar firmado por una clave autorizada. No se ha cargado.",
    fr: "{path} n'est pas signé, alors que le trousseau contient des clés pour son espace de noms « {namespace} » : un document d'un espace de noms couvert par le trousseau doit être signé par une clé autorisée. Il n'a pas été chargé.",
    pt: "{path} não está assinado, mas o chaveiro tem chaves para o seu espaço de nomes \"{namespace}\": um documento de um espaço de nomes coberto pelo chaveiro tem de estar assinado por uma chave autorizada. Não foi carregado.",
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
  registry_url_credentials: {
    severity: "error",
    stage: "registry",
    en: "The registry URL {url} carries a user name or password; credentials are never put in a URL (they end up in logs and messages). Serve the registry without them.",
    es: "La URL del registro {url} lleva un usuario o una contraseña; las credenciales nunca van en una URL (acaban en registros y mensajes). Publique el registro sin ellas.",
    fr: "L'URL du registre {url} contient un nom d'utilisateur ou un mot de passe ; on ne met jamais d'identifiants dans une URL (ils finissent dans les journaux et les messages). Servez le registre sans eux.",
    pt: "O URL do registo {url} contém um nome de utilizador ou uma palavra-passe; as credenciais nunca vão num URL (acabam em registos e mensagens). Sirva o registo sem elas.",
  },
  registry_deadline_reached: {
    severity: "error",
    stage: "registry",
    en: "The check stopped at its deadline of {seconds} s: {checked} of {total} documents were checked; the others were not read. Check again with a longer deadline.",
    es: "La revisión se detuvo al llegar a su plazo de {seconds} s: se revisaron {checked} de {total} documentos; los demás no se leyeron. Vuelva a revisar con un plazo mayor.",
    fr: "La vérification s'est arrêtée à son délai de {seconds} s : {checked} documents sur {total} ont été vérifiés ; les autres n'ont pas été lus. Relancez avec un délai plus long.",
    pt: "A verificação parou no seu prazo de {seconds} s: foram verificados {checked} de {total} documentos; os outros não foram lidos. Verifique de novo com um prazo maior.",
  },
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
