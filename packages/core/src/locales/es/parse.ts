/** Spanish wording of the parsing messages. */
import type { PARSE_MESSAGES } from "../../parse/messages.js";
import { templates } from "../../i18n/templates.js";

/** Spanish templates of reading a document: JSON syntax, size, depth, duplicate and forbidden keys (`safeParseJsonDocument`, `validateText`). */
export const parseMessages = templates<typeof PARSE_MESSAGES>()({
  document_too_large: "El documento ocupa {bytes} bytes y supera el límite de {limit} bytes; no se ha analizado.",
  invalid_utf8: "El documento no está codificado en UTF-8 válido: hay una secuencia de bytes incorrecta en el byte {byteOffset} (línea {line}, columna {column}).",
  byte_order_mark: "El documento empieza con una marca de orden de bytes (BOM); se ha ignorado.",
  empty_document: "El documento está vacío o solo contiene espacios en blanco.",
  nesting_too_deep: "Las listas y los objetos se anidan hasta {depth} niveles, más que el límite de {limit} (línea {line}, columna {column}); no se ha analizado el documento.",
  invalid_json: "JSON no válido en la línea {line}, columna {column}: {reason} (se encontró {found}).",
  duplicate_key: "La clave \"{key}\" aparece más de una vez en este objeto: en la línea {line}, columna {column}, y antes en la línea {firstLine}, columna {firstColumn}.",
  forbidden_key: "La clave \"{key}\" no está permitida en ningún nivel, porque puede alterar los prototipos de objetos en los programas que lean el documento (línea {line}, columna {column}).",
  file_not_found: "No se encuentra el archivo {path}.",
  file_unreadable: "No se puede leer {path} ({reason}).",
  file_unwritable: "No se pudo escribir {path} ({reason}); no se escribió nada allí. Compruebe que su carpeta existe y que tiene permiso para escribir en ella.",
  not_a_directory_entry: "{path} no es un archivo normal ni un directorio (es un {kind}); no se ha leído.",
  document_kind_unexpected: "Se esperaba un documento de tipo «{expected}», pero este es de tipo «{found}».",
  mapping_not_found: "No se ha encontrado ningún mapeo a la escala de referencia para {scale} (se buscó {tried}); indique uno explícitamente.",
  mapping_not_found_stdin: "La escala {scale} se leyó de la entrada estándar, así que no hay ninguna carpeta donde buscar su mapeo a la escala de referencia; indique el archivo del mapeo con {option} <archivo>.",
  scale_not_found_stdin: "El mapeo se leyó de la entrada estándar, así que no hay ninguna carpeta donde buscar su escala {id} ({range}); indique el archivo de la escala con {option} <archivo>.",
  folder_unreadable: "No se puede leer la carpeta {path} ({reason}); los documentos que contiene no se han revisado.",
  link_outside_tree: "{path} es un enlace simbólico a {target}, fuera de la carpeta que se lee; no se ha seguido. Copie el documento dentro de la carpeta.",
  scale_not_found: "No se ha encontrado ninguna escala {id} en el rango {range} en ../scales/ ni junto al mapeo; indíquela con --scale.",
});
