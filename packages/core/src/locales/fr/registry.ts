/** French wording of the registry messages. */
import type { REGISTRY_MESSAGES } from "../../registry/messages.js";
import { templates } from "../../i18n/templates.js";

export const registry = templates<typeof REGISTRY_MESSAGES>()({
  registry_source_kind: "Ceci est un document de type {found} ; un registre se construit uniquement à partir de documents d’échelle et de tables de correspondance.",
  registry_private_key: "Cette valeur est une clé privée (une JWK avec le membre « d ») : une clé privée ne doit jamais figurer dans un registre. Retirez-la, et considérez la clé comme compromise si le fichier a été partagé.",
  registry_duplicate_version: "{id} version {version} figure aussi dans {other} avec un contenu différent ; une version d’un document n’a qu’un seul contenu.",
  registry_release_modified: "{id} version {version} est déjà publiée ({status}) dans le registre avec un autre contenu (SHA-256 {listed}, désormais {actual}). Une version publiée est immuable : publiez la modification sous une nouvelle version.",
  registry_output_overlaps_source: "Le répertoire du registre {out} et la source {source} se chevauchent ; construisez le registre en dehors de ses sources.",
  registry_write_failed: "Impossible d’écrire {path} ({reason}) ; les fichiers déjà écrits sont complets, et l’index ne mentionne toujours que des fichiers dont la vérification réussit.",
  registry_existing_invalid: "Le registre déjà présent dans {path} ne passe pas la vérification (voir les constats listés avec lui) ; il ne sera pas mis à jour tant qu’il n’aura pas été réparé.",
  registry_source_unsupported: "{source} n’est ni un répertoire ni une URL http(s).",
  registry_index_invalid: "L’index du registre n’a pas la structure requise à cet endroit ({detail}).",
  registry_path_unsafe: "Le chemin « {path} » est refusé ({reason}) : les chemins du registre sont relatifs, utilisent des barres obliques (/), ne contiennent aucun segment \".\" ou \"..\" et restent à l’intérieur du registre. Il n’a pas été lu.",
  registry_path_unexpected: "Le document est enregistré sous « {path} » ; l’organisation du registre le place sous « {expected} ».",
  registry_entry_mismatch: "L’index indique que {member} vaut « {listed} », mais le document indique « {actual} ».",
  registry_digest_mismatch: "L’empreinte {algorithm} de la forme canonique du document est {actual}, mais l’index indique {listed} : le document a été modifié après la construction de l’index.",
  registry_signature_missing: "L’index mentionne la signature {path}, mais elle est illisible.",
  registry_kid_mismatch: "L’index indique que le document est signé avec la clé {listed}, mais sa signature désigne la clé {actual}.",
  document_unsigned: "{path} n’est pas signé et aucune clé du trousseau ne peut signer son espace de noms : il n’est pas plus fiable que l’hébergeur du registre.",
  registry_signatures_unchecked: "{count} signatures n’ont pas été vérifiées, faute de trousseau de clés.",
  registry_file_unlisted: "{path} se trouve dans le répertoire du registre mais ne figure pas dans l’index.",
  registry_fetch_failed: "Impossible de récupérer {url} ({reason}).",
  registry_fetch_status: "La récupération de {url} a renvoyé HTTP {status}.",
  registry_redirect_refused: "{url} redirige vers {location}, en dehors de l’URL de base du registre ; la redirection n’a pas été suivie.",
  registry_argument_invalid: "{option} « {value} » n’est pas valide : {expected} attendu. Rien n’a été écrit.",
  registry_carried_unverified: "La version {version} de {id} est reprise du registre (sa source ne figure pas parmi les sources) et sa signature ne se vérifie pas ({reason}). Une construction ne signe jamais ce qu’elle n’a pas lu dans ses sources : restaurez le document publié ou ajoutez sa source aux sources.",
  registry_carried_unsigned: "La version {version} de {id} est reprise du registre sans signature, et cette construction signe : une construction ne signe jamais ce qu’elle n’a pas lu dans ses sources. Ajoutez sa source aux sources pour qu’elle soit vérifiée et signée.",
  document_signature_required: "{path} n’est pas signé, alors que le trousseau contient des clés pour son espace de noms « {namespace} » : un document d’un espace de noms couvert par le trousseau doit être signé par une clé autorisée. Il n’a pas été chargé.",
  registry_url_credentials: "L’URL du registre {url} contient un nom d’utilisateur ou un mot de passe ; on ne met jamais d’identifiants dans une URL (ils finissent dans les journaux et les messages). Servez le registre sans eux.",
  registry_deadline_reached: "La vérification s’est arrêtée à son délai de {seconds} s : {checked} documents sur {total} ont été vérifiés ; les autres n’ont pas été lus. Relancez avec un délai plus long.",
});
