/** Spanish wording of the registry messages. */
import type { REGISTRY_MESSAGES } from "../../registry/messages.js";
import { templates } from "../../i18n/templates.js";

export const registry = templates<typeof REGISTRY_MESSAGES>()({
  registry_source_kind: "Este es un documento de tipo {found}; un registro se construye solo con documentos de escala y de mapeo.",
  registry_private_key: "Este valor es una clave privada (una JWK con el miembro \"d\"): las claves privadas nunca van en un registro. Elimínela y considere la clave comprometida si el archivo se compartió.",
  registry_duplicate_version: "La versión {version} de {id} también está en {other} con otro contenido; cada versión de un documento tiene un único contenido.",
  registry_release_modified: "La versión {version} de {id} ya está publicada ({status}) en el registro con otro contenido (SHA-256 {listed}, ahora {actual}). Una versión publicada es inmutable: publique el cambio como una versión nueva.",
  registry_output_overlaps_source: "El directorio del registro {out} y el origen {source} se solapan; construya el registro fuera de sus fuentes.",
  registry_write_failed: "No se pudo escribir {path} ({reason}); los archivos ya escritos están completos y el índice sigue enumerando solo archivos que se verifican.",
  registry_existing_invalid: "El registro que ya está en {path} no supera la revisión (vea los hallazgos que lo acompañan); no se actualiza hasta que se repare.",
  registry_source_unsupported: "{source} no es un directorio ni una URL http(s).",
  registry_index_invalid: "El índice del registro no tiene aquí la estructura requerida ({detail}).",
  registry_path_unsafe: "Se rechaza la ruta \"{path}\" ({reason}): las rutas del registro son relativas, usan barras normales, no tienen segmentos \".\" ni \"..\" y no salen del registro. No se ha leído.",
  registry_path_unexpected: "El documento está en \"{path}\"; la organización del registro lo sitúa en \"{expected}\".",
  registry_entry_mismatch: "El índice indica que {member} es \"{listed}\", pero el documento dice \"{actual}\".",
  registry_digest_mismatch: "El resumen {algorithm} de la forma canónica del documento es {actual}, pero el índice indica {listed}: el documento cambió después de construirse el índice.",
  registry_signature_missing: "El índice indica la firma {path}, pero no se puede leer.",
  registry_kid_mismatch: "El índice indica que el documento está firmado con la clave {listed}, pero su firma nombra la clave {actual}.",
  document_unsigned: "{path} no está firmado y ninguna clave del llavero puede firmar su espacio de nombres: solo es tan fiable como el servidor del registro.",
  registry_signatures_unchecked: "No se verificaron {count} firmas porque no se indicó ningún llavero.",
  registry_file_unlisted: "{path} está en el directorio del registro pero no figura en el índice.",
  registry_fetch_failed: "No se pudo descargar {url} ({reason}).",
  registry_fetch_status: "La descarga de {url} respondió HTTP {status}.",
  registry_redirect_refused: "{url} redirige a {location}, fuera de la URL base del registro; no se ha seguido la redirección.",
  registry_argument_invalid: "{option} «{value}» no es válido: se esperaba {expected}. No se ha escrito nada.",
  registry_carried_unverified: "La versión {version} de {id} se conserva del registro (su fuente no está entre las fuentes) y su firma no se verifica ({reason}). Una construcción nunca firma lo que no ha leído de sus fuentes: restaure el documento publicado o añada su fuente a las fuentes.",
  registry_carried_unsigned: "La versión {version} de {id} se conserva del registro sin firma, y esta construcción firma: una construcción nunca firma lo que no ha leído de sus fuentes. Añada su fuente a las fuentes para que se revise y se firme.",
  document_signature_required: "{path} no está firmado, pero el llavero tiene claves para su espacio de nombres \"{namespace}\": un documento de un espacio de nombres que cubre el llavero debe estar firmado por una clave autorizada. No se ha cargado.",
  registry_url_credentials: "La URL del registro {url} lleva un usuario o una contraseña; las credenciales nunca van en una URL (acaban en registros y mensajes). Publique el registro sin ellas.",
  registry_deadline_reached: "La revisión se detuvo al llegar a su plazo de {seconds} s: se revisaron {checked} de {total} documentos; los demás no se leyeron. Vuelva a revisar con un plazo mayor.",
});
