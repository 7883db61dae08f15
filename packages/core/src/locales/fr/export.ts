/** French wording of the export and import messages. */
import type { EXPORT_MESSAGES } from "../../export/messages.js";
import { templates } from "../../i18n/templates.js";

/** French templates of export and import (`@sevscale/core/export`). */
export const exportMessages = templates<typeof EXPORT_MESSAGES>()({
  sssom_metadata_invalid: "Le bloc de métadonnées SSSOM (les lignes commençant par #) n’est pas un dictionnaire YAML : {reason}.",
  sssom_table_invalid: "Impossible de lire le tableau SSSOM à la ligne {line} : {reason}.",
  sssom_column_missing: "Le tableau SSSOM n’a pas de colonne « {column} », pourtant obligatoire en SSSOM.",
  sssom_slot_missing: "Les métadonnées SSSOM n’indiquent pas « {slot} », nécessaire pour construire une correspondance.",
  sssom_value_invalid: "Ligne {line} : « {value} » n’est pas une valeur valide pour {slot}.",
  sssom_no_rows: "Le fichier SSSOM ne contient aucune ligne de correspondance.",
  export_mapping_mismatch: "La correspondance {mappingId} ne porte pas sur l’échelle {scaleId} (son sujet est une autre échelle) : elle ne peut pas servir à cet export.",
  misp_version_not_encodable: "La version {version} ne peut pas s’écrire en version entière MISP (majeure·10000 + mineure·100 + correctif exige mineure et correctif inférieurs à 100) ; le nombre écrit peut coïncider avec celui d’une autre version.",
});
