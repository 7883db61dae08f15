/**
 * Messages of the diff (stage "diff"): the tracking checks on the version fields (issues), and
 * one template per change (rendered into every Change's `message`, and by `renderMessage`).
 */
import { defineMessages } from "../issues/define.js";

const change = (en: string, es: string) => ({ severity: "info" as const, stage: "diff", en, es });

/** Issue codes of the tracking checks and of the method comparison. */
export const DIFF_ISSUE_MESSAGES = defineMessages({
  version_not_increased: {
    severity: "error",
    stage: "diff",
    en: "The new version {new} is not greater than the old version {old}; a released version is immutable, so a changed document needs a new version.",
    es: "La nueva versión {new} no es mayor que la anterior {old}; una versión publicada es inmutable, así que un documento modificado necesita una versión nueva.",
  },
  diff_version_invalid: {
    severity: "error",
    stage: "diff",
    en: "The version \"{version}\" is not a semantic version, so the declared bump cannot be read.",
    es: "La versión «{version}» no es una versión semántica, así que no se puede saber qué incremento declara.",
  },
  diff_id_mismatch: {
    severity: "error",
    stage: "diff",
    en: "The two documents have different ids ({old} and {new}): they are not versions of the same document.",
    es: "Los dos documentos tienen identificadores distintos ({old} y {new}): no son versiones del mismo documento.",
  },
  diff_kind_mismatch: {
    severity: "error",
    stage: "diff",
    en: "A {old} cannot be compared with a {new}.",
    es: "No se puede comparar un documento de tipo {old} con uno de tipo {new}.",
  },
  revision_history_not_extended: {
    severity: "error",
    stage: "diff",
    en: "The revision history should gain exactly one entry, for version {version}; it gained {added} new entries ({withVersion} for {version}).",
    es: "El historial de revisiones debería ganar exactamente una entrada, la de la versión {version}; ganó {added} entradas nuevas ({withVersion} para la {version}).",
  },
  revision_history_rewritten: {
    severity: "error",
    stage: "diff",
    en: "The revision history entry for version {version} was changed or removed; earlier entries must be kept unchanged.",
    es: "Se modificó o eliminó la entrada del historial de revisiones de la versión {version}; las entradas anteriores deben conservarse sin cambios.",
  },
  supersedes_mismatch: {
    severity: "warning",
    stage: "diff",
    en: "\"supersedes\" should name the previous version, {expected}; it is {actual}.",
    es: "«supersedes» debería indicar la versión anterior, {expected}; indica {actual}.",
  },
  version_bump_insufficient: {
    severity: "error",
    stage: "diff",
    en: "The changes require a {required} version bump but the version declares {declared}; the next version should be at least {suggested}.",
    es: "Los cambios exigen un incremento de versión {required}, pero la versión declara {declared}; la siguiente versión debería ser como mínimo {suggested}.",
  },
  diff_level_oracle_missing: {
    severity: "warning",
    stage: "diff",
    en: "The method changed but no classifier was given to check whether any incident changes level; the change is counted as major.",
    es: "El método cambió, pero no se proporcionó un clasificador para comprobar si algún incidente cambia de nivel; el cambio se cuenta como mayor.",
  },
  diff_level_oracle_failed: {
    severity: "warning",
    stage: "diff",
    en: "The classifier of version {version} failed on some incidents ({failures} times); those incidents count as having no level.",
    es: "El clasificador de la versión {version} falló con algunos incidentes ({failures} veces); se considera que esos incidentes no tienen nivel.",
  },
  diff_method_budget: {
    severity: "info",
    stage: "diff",
    en: "Checked {checked} of the {space} incidents of the facts space: the work budget ({budget} method steps) was reached. No difference among them does not prove that none exists.",
    es: "Se comprobaron {checked} de los {space} incidentes del espacio de hechos: se alcanzó el presupuesto de trabajo ({budget} pasos de método). Que no haya diferencias entre ellos no demuestra que no exista ninguna.",
    fr: "{checked} des {space} incidents de l'espace des faits ont été vérifiés : le budget de travail ({budget} étapes de méthode) est atteint. L'absence de différence parmi eux ne prouve pas qu'il n'en existe aucune.",
    pt: "Foram verificados {checked} dos {space} incidentes do espaço de factos: foi atingido o orçamento de trabalho ({budget} passos de método). Não haver diferenças entre eles não prova que não exista nenhuma.",
  },
  diff_method_sampled: {
    severity: "info",
    stage: "diff",
    en: "The facts space has {space} incidents; {checked} of them, drawn at random with a fixed seed, were compared. No difference among them does not prove that none exists.",
    es: "El espacio de hechos tiene {space} incidentes; se compararon {checked}, elegidos al azar con una semilla fija. Que no haya diferencias entre ellos no demuestra que no exista ninguna.",
  },
});

/** One template per change message code (`change_<kind>` plus a variant where the wording differs). */
export const DIFF_CHANGE_MESSAGES = defineMessages({
  change_level_added_top: change(
    "Level {code} was added as the new most severe level.",
    "Se añadió el nivel {code} como nuevo nivel más grave.",
  ),
  change_level_added_bottom: change(
    "Level {code} was added as the new least severe level.",
    "Se añadió el nivel {code} como nuevo nivel menos grave.",
  ),
  change_level_inserted: change(
    "Level {code} was inserted between {below} and {above}: it takes part of their meaning and moves the ranks above it.",
    "Se intercaló el nivel {code} entre {below} y {above}: asume parte de su significado y desplaza los rangos superiores.",
  ),
  change_level_removed: change("Level {code} (rank {rank}) was removed.", "Se eliminó el nivel {code} (rango {rank})."),
  change_level_renamed: change(
    "The code of level {from} changed to {to}; references to {from} no longer resolve.",
    "El código del nivel {from} cambió a {to}; las referencias a {from} ya no se resuelven.",
  ),
  change_level_reordered: change(
    "Level {code} moved in the order of severity (rank {fromRank} before, {toRank} now).",
    "El nivel {code} cambió de lugar en el orden de gravedad (antes rango {fromRank}, ahora {toRank}).",
  ),
  change_level_split: change("Level {code} was split into {into}.", "El nivel {code} se dividió en {into}."),
  change_level_merged: change("Levels {codes} were merged into {into}.", "Los niveles {codes} se fusionaron en {into}."),
  change_notification_added: change(
    "Level {level} now states a notification deadline ({deadline}).",
    "El nivel {level} indica ahora un plazo de notificación ({deadline}).",
  ),
  change_notification_removed: change(
    "Level {level} no longer states a notification obligation.",
    "El nivel {level} ya no indica una obligación de notificación.",
  ),
  change_notification_deadline_changed: change(
    "The notification deadline of level {level} changed from {from} to {to}.",
    "El plazo de notificación del nivel {level} cambió de {from} a {to}.",
  ),
  change_notification_mandatory_changed: change(
    "Whether notification is mandatory at level {level} changed ({from} before, {to} now).",
    "Cambió la obligatoriedad de la notificación en el nivel {level} (antes {from}, ahora {to}).",
  ),
  change_sentinel_added: change("Sentinel value {code} was added.", "Se añadió el valor especial {code}."),
  change_sentinel_removed: change("Sentinel value {code} was removed.", "Se eliminó el valor especial {code}."),
  change_sentinel_changed: change(
    "The meaning of sentinel value {code} changed from \"{from}\" to \"{to}\".",
    "El significado del valor especial {code} cambió de «{from}» a «{to}».",
  ),
  change_significance_added: change(
    "A significance threshold was added: level {level} and above count as significant.",
    "Se añadió un umbral de significación: el nivel {level} y los superiores se consideran significativos.",
  ),
  change_significance_removed: change(
    "The significance threshold (level {level}) was removed.",
    "Se eliminó el umbral de significación (nivel {level}).",
  ),
  change_significance_changed: change(
    "The significance threshold moved from level {from} to level {to}: which incidents count as significant changes.",
    "El umbral de significación pasó del nivel {from} al nivel {to}: cambia qué incidentes se consideran significativos.",
  ),
  change_direction_changed: change(
    "The issuer's numbering direction changed from \"{from}\" to \"{to}\" (display only; ranks are unchanged).",
    "La dirección de numeración del emisor cambió de «{from}» a «{to}» (solo presentación; los rangos no cambian).",
  ),
  change_dimension_added: change(
    "Dimension {code} was added; it changes the level of no incident described as before.",
    "Se añadió la dimensión {code}; no cambia el nivel de ningún incidente descrito como antes.",
  ),
  change_dimension_added_changes_levels: change(
    "Dimension {code} was added and can change the level of an existing incident (from {oldLevel} to {newLevel}).",
    "Se añadió la dimensión {code}, que puede cambiar el nivel de un incidente existente (de {oldLevel} a {newLevel}).",
  ),
  change_dimension_added_unchecked: change(
    "Dimension {code} was added together with a method change that could not be checked; it is counted as changing levels.",
    "Se añadió la dimensión {code} junto con un cambio de método que no se pudo comprobar; se considera que cambia niveles.",
  ),
  change_dimension_removed: change("Dimension {code} was removed.", "Se eliminó la dimensión {code}."),
  change_dimension_type_changed: change(
    "Dimension {code} changed type from {from} to {to}.",
    "La dimensión {code} cambió de tipo: de {from} a {to}.",
  ),
  change_dimension_unit_changed: change(
    "The unit of dimension {code} changed from {from} to {to}: the same figure now means something else.",
    "La unidad de la dimensión {code} cambió de {from} a {to}: la misma cifra significa ahora otra cosa.",
  ),
  change_dimension_range_narrowed: change(
    "The accepted values of dimension {code} narrowed ({from} before, {to} now): some incidents are no longer valid.",
    "Los valores admitidos en la dimensión {code} se restringieron (antes {from}, ahora {to}): algunos incidentes dejan de ser válidos.",
  ),
  change_dimension_range_widened: change(
    "The accepted values of dimension {code} widened ({from} before, {to} now).",
    "Los valores admitidos en la dimensión {code} se ampliaron (antes {from}, ahora {to}).",
  ),
  change_dimension_now_single: change(
    "Dimension {code} no longer accepts several options for one incident.",
    "La dimensión {code} ya no admite varias opciones para un mismo incidente.",
  ),
  change_dimension_now_multiple: change(
    "Dimension {code} now accepts several options for one incident.",
    "La dimensión {code} admite ahora varias opciones para un mismo incidente.",
  ),
  change_dimension_axis_changed: change(
    "Dimension {code} moved from axis {from} to axis {to}.",
    "La dimensión {code} pasó del eje {from} al eje {to}.",
  ),
  change_option_added_top: change(
    "Option {code} was added to dimension {dimension} as its most severe option.",
    "Se añadió la opción {code} a la dimensión {dimension} como su opción más grave.",
  ),
  change_option_added_bottom: change(
    "Option {code} was added to dimension {dimension} as its least severe option.",
    "Se añadió la opción {code} a la dimensión {dimension} como su opción menos grave.",
  ),
  change_option_inserted: change(
    "Option {code} was inserted in dimension {dimension} between {below} and {above}: incidents described by them may now be described by it.",
    "Se intercaló la opción {code} en la dimensión {dimension} entre {below} y {above}: incidentes descritos con ellas pueden describirse ahora con la nueva.",
  ),
  change_option_removed: change(
    "Option {code} was removed from dimension {dimension}.",
    "Se eliminó la opción {code} de la dimensión {dimension}.",
  ),
  change_option_renamed: change(
    "The code of option {from} of dimension {dimension} changed to {to}.",
    "El código de la opción {from} de la dimensión {dimension} cambió a {to}.",
  ),
  change_option_reordered: change(
    "Option {code} of dimension {dimension} moved in the order of severity (position {fromPosition} before, {toPosition} now).",
    "La opción {code} de la dimensión {dimension} cambió de lugar en el orden de gravedad (antes posición {fromPosition}, ahora {toPosition}).",
  ),
  change_method_changed_levels: change(
    "The method changed (first difference at {at}) and can change an incident's level: from {oldLevel} to {newLevel} for the example incident.",
    "El método cambió (primera diferencia en {at}) y puede cambiar el nivel de un incidente: de {oldLevel} a {newLevel} en el incidente de ejemplo.",
  ),
  change_method_changed_same: change(
    "The method changed (first difference at {at}) but gives the same level to each of the {checked} incidents compared.",
    "El método cambió (primera diferencia en {at}), pero da el mismo nivel a cada uno de los {checked} incidentes comparados.",
  ),
  change_method_changed_unchecked: change(
    "The method changed (first difference at {at}); without a classifier it cannot be shown that no incident changes level.",
    "El método cambió (primera diferencia en {at}); sin un clasificador no se puede demostrar que ningún incidente cambie de nivel.",
  ),
  change_subject_changed: change(
    "The mapping's subject scale changed from {from} to {to}.",
    "La escala de origen del mapeo cambió de {from} a {to}.",
  ),
  change_object_changed: change(
    "The mapping's object scale changed from {from} to {to}.",
    "La escala de destino del mapeo cambió de {from} a {to}.",
  ),
  change_subject_range_narrowed: change(
    "The subject versions covered narrowed from {from} to {to}: some versions are no longer covered.",
    "Las versiones de la escala de origen cubiertas se restringieron de {from} a {to}: algunas versiones dejan de estar cubiertas.",
  ),
  change_subject_range_widened: change(
    "The subject versions covered widened from {from} to {to}.",
    "Las versiones de la escala de origen cubiertas se ampliaron de {from} a {to}.",
  ),
  change_subject_range_rewritten: change(
    "The subject version range was rewritten from {from} to {to}; it covers the same versions.",
    "El rango de versiones de la escala de origen se reescribió de {from} a {to}; cubre las mismas versiones.",
  ),
  change_subject_range_changed: change(
    "The subject versions covered changed from {from} to {to}: some versions are no longer covered.",
    "Las versiones de la escala de origen cubiertas cambiaron de {from} a {to}: algunas versiones dejan de estar cubiertas.",
  ),
  change_object_range_narrowed: change(
    "The object versions covered narrowed from {from} to {to}: some versions are no longer covered.",
    "Las versiones de la escala de destino cubiertas se restringieron de {from} a {to}: algunas versiones dejan de estar cubiertas.",
  ),
  change_object_range_widened: change(
    "The object versions covered widened from {from} to {to}.",
    "Las versiones de la escala de destino cubiertas se ampliaron de {from} a {to}.",
  ),
  change_object_range_rewritten: change(
    "The object version range was rewritten from {from} to {to}; it covers the same versions.",
    "El rango de versiones de la escala de destino se reescribió de {from} a {to}; cubre las mismas versiones.",
  ),
  change_object_range_changed: change(
    "The object versions covered changed from {from} to {to}: some versions are no longer covered.",
    "Las versiones de la escala de destino cubiertas cambiaron de {from} a {to}: algunas versiones dejan de estar cubiertas.",
  ),
  change_record_added: change(
    "A record was added for subject level {subject}.",
    "Se añadió un registro para el nivel de origen {subject}.",
  ),
  change_record_removed: change(
    "The record for subject level {subject} was removed.",
    "Se eliminó el registro del nivel de origen {subject}.",
  ),
  change_record_interval_changed: change(
    "Subject level {subject} now maps to {to} (it mapped to {from}).",
    "El nivel de origen {subject} se mapea ahora a {to} (antes a {from}).",
  ),
  change_record_relation_changed: change(
    "The relation of subject level {subject} changed from {from} to {to}.",
    "La relación del nivel de origen {subject} cambió de {from} a {to}.",
  ),
  change_record_confidence_changed: change(
    "The confidence of the record for {subject} changed from {from} to {to}.",
    "La confianza del registro de {subject} cambió de {from} a {to}.",
  ),
  change_record_justification_changed: change(
    "The justification of the record for {subject} changed from {from} to {to}.",
    "La justificación del registro de {subject} cambió de {from} a {to}.",
  ),
  change_language_added: change("Language {tag} was added.", "Se añadió el idioma {tag}."),
  change_language_removed: change(
    "Language {tag} was removed: readers of that language lose every text.",
    "Se eliminó el idioma {tag}: quienes leen en ese idioma pierden todos los textos.",
  ),
  change_default_language_changed: change(
    "The default language changed from {from} to {to}.",
    "El idioma predeterminado cambió de {from} a {to}.",
  ),
  change_license_changed: change("The licence changed from {from} to {to}.", "La licencia cambió de {from} a {to}."),
  change_text_changed: change("Text changed ({languages}).", "Cambió el texto ({languages})."),
  change_color_changed: change("The colour changed from {from} to {to}.", "El color cambió de {from} a {to}."),
  change_sources_changed: change("The sources changed.", "Cambiaron las fuentes."),
  change_publisher_changed: change(
    "Publisher or contact details changed.",
    "Cambiaron los datos del editor o de contacto.",
  ),
  change_contributors_changed: change("Authors or reviewers changed.", "Cambiaron los autores o revisores."),
  change_metadata_added: change("Information was added: {to}.", "Se añadió información: {to}."),
  change_metadata_removed: change("Information was removed: {from}.", "Se eliminó información: {from}."),
  change_metadata_changed: change("A value changed from {from} to {to}.", "Un valor cambió de {from} a {to}."),
});

/** Every message of the diff, for the catalogue. */
export const DIFF_MESSAGES = { ...DIFF_ISSUE_MESSAGES, ...DIFF_CHANGE_MESSAGES };

/** A change message code. */
export type ChangeMessageCode = keyof typeof DIFF_CHANGE_MESSAGES;
