import { defineMessages } from "../issues/define.js";

/**
 * Messages of the untrusted-input layer: reading bytes (stage "io", emitted by @sevscale/node but
 * declared here because the core catalogue cannot import node) and turning them into a JSON value
 * (stage "parse"), and finding and loading a document of the expected kind (stage "load", emitted by
 * @sevscale/node's loadDocument).
 */
export const PARSE_MESSAGES = defineMessages({
  document_too_large: {
    severity: "error",
    stage: "parse",
    en: "The document is {bytes} bytes, over the limit of {limit} bytes; it was not parsed.",
    es: "El documento ocupa {bytes} bytes y supera el límite de {limit} bytes; no se ha analizado.",
  },
  invalid_utf8: {
    severity: "error",
    stage: "parse",
    en: "The document is not valid UTF-8: invalid byte sequence at byte {byteOffset} (line {line}, column {column}).",
    es: "El documento no está codificado en UTF-8 válido: hay una secuencia de bytes incorrecta en el byte {byteOffset} (línea {line}, columna {column}).",
  },
  byte_order_mark: {
    severity: "info",
    stage: "parse",
    en: "The document starts with a byte order mark (BOM); it was ignored.",
    es: "El documento empieza con una marca de orden de bytes (BOM); se ha ignorado.",
  },
  empty_document: {
    severity: "error",
    stage: "parse",
    en: "The document is empty or contains only whitespace.",
    es: "El documento está vacío o solo contiene espacios en blanco.",
  },
  nesting_too_deep: {
    severity: "error",
    stage: "parse",
    en: "Arrays and objects are nested {depth} levels deep, over the limit of {limit} (line {line}, column {column}); the document was not parsed.",
    es: "Las listas y los objetos se anidan hasta {depth} niveles, más que el límite de {limit} (línea {line}, columna {column}); no se ha analizado el documento.",
  },
  invalid_json: {
    severity: "error",
    stage: "parse",
    en: "Invalid JSON at line {line}, column {column}: {reason} (found {found}).",
    es: "JSON no válido en la línea {line}, columna {column}: {reason} (se encontró {found}).",
  },
  duplicate_key: {
    severity: "error",
    stage: "parse",
    en: 'Key "{key}" appears more than once in this object: at line {line}, column {column}, and first at line {firstLine}, column {firstColumn}.',
    es: 'La clave "{key}" aparece más de una vez en este objeto: en la línea {line}, columna {column}, y antes en la línea {firstLine}, columna {firstColumn}.',
  },
  forbidden_key: {
    severity: "error",
    stage: "parse",
    en: 'Key "{key}" is not allowed at any depth, because it can alter object prototypes in programs that read the document (line {line}, column {column}).',
    es: 'La clave "{key}" no está permitida en ningún nivel, porque puede alterar los prototipos de objetos en los programas que lean el documento (línea {line}, columna {column}).',
  },
  file_not_found: {
    severity: "error",
    stage: "io",
    en: "File not found: {path}.",
    es: "No se encuentra el archivo {path}.",
  },
  file_unreadable: {
    severity: "error",
    stage: "io",
    en: "Cannot read {path} ({reason}).",
    es: "No se puede leer {path} ({reason}).",
  },
  folder_unreadable: {
    severity: "error",
    stage: "io",
    en: "The folder {path} cannot be read ({reason}); the documents in it were not checked.",
    es: "No se puede leer la carpeta {path} ({reason}); los documentos que contiene no se han revisado.",
    fr: "Le dossier {path} ne peut pas être lu ({reason}) ; les documents qu'il contient n'ont pas été vérifiés.",
    pt: "A pasta {path} não pode ser lida ({reason}); os documentos que contém não foram verificados.",
  },
  link_outside_tree: {
    severity: "error",
    stage: "io",
    en: "{path} is a symbolic link to {target}, outside the folder being read; it was not followed. Copy the document into the folder instead.",
    es: "{path} es un enlace simbólico a {target}, fuera de la carpeta que se lee; no se ha seguido. Copie el documento dentro de la carpeta.",
    fr: "{path} est un lien symbolique vers {target}, hors du dossier lu ; il n'a pas été suivi. Copiez plutôt le document dans le dossier.",
    pt: "{path} é uma ligação simbólica para {target}, fora da pasta a ler; não foi seguida. Copie antes o documento para dentro da pasta.",
  },
  not_a_directory_entry: {
    severity: "error",
    stage: "io",
    en: "{path} is neither a regular file nor a directory (it is a {kind}); it was not read.",
    es: "{path} no es un archivo normal ni un directorio (es un {kind}); no se ha leído.",
  },
  document_kind_unexpected: {
    severity: "error",
    stage: "load",
    en: 'Expected a document of kind "{expected}", but this one is of kind "{found}".',
    es: "Se esperaba un documento de tipo «{expected}», pero este es de tipo «{found}».",
  },
  mapping_not_found: {
    severity: "error",
    stage: "load",
    en: "No mapping onto the reference scale was found for {scale} (looked for {tried}); name one explicitly.",
    es: "No se ha encontrado ningún mapeo a la escala de referencia para {scale} (se buscó {tried}); indique uno explícitamente.",
  },
});
