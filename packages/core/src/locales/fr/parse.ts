/** French wording of the parsing messages. */
import type { PARSE_MESSAGES } from "../../parse/messages.js";
import { templates } from "../../i18n/templates.js";

/** French templates of reading a document: JSON syntax, size, depth, duplicate and forbidden keys (`safeParseJsonDocument`, `validateText`). */
export const parseMessages = templates<typeof PARSE_MESSAGES>()({
  document_too_large: "Le document fait {bytes} octets, au-delà de la limite de {limit} octets ; il n’a pas été analysé.",
  invalid_utf8: "Le document n’est pas en UTF-8 valide : séquence d’octets invalide à l’octet {byteOffset} (ligne {line}, colonne {column}).",
  byte_order_mark: "Le document commence par un indicateur d’ordre des octets (BOM) ; il a été ignoré.",
  empty_document: "Le document est vide ou ne contient que des espaces.",
  nesting_too_deep: "Les tableaux et les objets sont imbriqués sur {depth} niveaux, au-delà de la limite de {limit} (ligne {line}, colonne {column}) ; le document n’a pas été analysé.",
  invalid_json: "JSON invalide à la ligne {line}, colonne {column} : {reason} (trouvé : {found}).",
  duplicate_key: "La clé « {key} » apparaît plusieurs fois dans cet objet : ligne {line}, colonne {column}, et une première fois ligne {firstLine}, colonne {firstColumn}.",
  forbidden_key: "La clé « {key} » est interdite à tous les niveaux, car elle peut modifier les prototypes d’objets dans les programmes qui lisent le document (ligne {line}, colonne {column}).",
  file_not_found: "Fichier introuvable : {path}.",
  file_unreadable: "Impossible de lire {path} ({reason}).",
  file_unwritable: "Impossible d’écrire {path} ({reason}) ; rien n’y a été écrit. Vérifiez que son dossier existe et que vous avez le droit d’y écrire.",
  not_a_directory_entry: "{path} n’est ni un fichier ordinaire ni un répertoire (type : {kind}) ; il n’a pas été lu.",
  document_kind_unexpected: "Un document de type « {expected} » était attendu, mais celui-ci est de type « {found} ».",
  mapping_not_found: "Aucune correspondance vers l’échelle de référence n’a été trouvée pour {scale} (emplacements essayés : {tried}) ; indiquez-en une explicitement.",
  mapping_not_found_stdin: "L’échelle {scale} a été lue sur l’entrée standard : il n’y a donc aucun dossier où chercher sa correspondance vers l’échelle de référence ; indiquez le fichier de la table avec {option} <fichier>.",
  scale_not_found_stdin: "La correspondance a été lue sur l’entrée standard : il n’y a donc aucun dossier où chercher son échelle {id} ({range}) ; indiquez le fichier de l’échelle avec {option} <fichier>.",
  folder_unreadable: "Le dossier {path} ne peut pas être lu ({reason}) ; les documents qu’il contient n’ont pas été vérifiés.",
  link_outside_tree: "{path} est un lien symbolique vers {target}, hors du dossier lu ; il n’a pas été suivi. Copiez plutôt le document dans le dossier.",
  scale_not_found: "Aucune échelle {id} dans la plage {range} n’a été trouvée dans ../scales/ ni à côté de la correspondance ; indiquez-la avec --scale.",
});
