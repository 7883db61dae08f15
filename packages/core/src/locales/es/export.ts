/** Spanish wording of the export and import messages. */
import type { EXPORT_MESSAGES } from "../../export/messages.js";
import { templates } from "../../i18n/templates.js";

/** Spanish templates of export and import (`@sevscale/core/export`). */
export const exportMessages = templates<typeof EXPORT_MESSAGES>()({
  sssom_metadata_invalid: "El bloque de metadatos SSSOM (las líneas que empiezan por #) no es un mapa YAML: {reason}.",
  sssom_table_invalid: "No se puede leer la tabla SSSOM en la línea {line}: {reason}.",
  sssom_column_missing: "La tabla SSSOM no tiene la columna «{column}», que SSSOM exige.",
  sssom_slot_missing: "Los metadatos SSSOM no tienen «{slot}», necesario para construir un mapeo.",
  sssom_value_invalid: "Línea {line}: «{value}» no es un valor válido de {slot}.",
  sssom_no_rows: "El archivo SSSOM no tiene filas de mapeo.",
  export_mapping_mismatch: "El mapeo {mappingId} no corresponde a la escala {scaleId} (su sujeto es otra escala), así que no sirve para esta exportación.",
  misp_version_not_encodable: "La versión {version} no se puede escribir como versión entera de MISP (mayor·10000 + menor·100 + parche exige menor y parche por debajo de 100); el número escrito puede repetir el de otra versión.",
});
