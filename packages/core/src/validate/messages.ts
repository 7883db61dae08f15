/**
 * Messages of document validation: the structure stage (the document's shape, from the zod
 * schema) and the meaning stage (cross-field rules). Written for a CSIRT analyst editing the file
 * by hand: say what is wrong and how to fix it, in plain words.
 */
import { defineMessages } from "../issues/define.js";

/** Structure-stage messages: one per kind of shape error. */
export const STRUCTURE_MESSAGES = defineMessages({
  document_kind_unknown: {
    severity: "error",
    stage: "structure",
    en: 'Cannot tell what kind of document this is. Set "kind" to one of {allowed} (found: {found}).',
    es: 'No se puede determinar qué tipo de documento es. Indique en "kind" uno de estos valores: {allowed} (se encontró: {found}).',
  },
  document_too_deep: {
    severity: "error",
    stage: "structure",
    en: "The document is nested more than {limit} levels deep; no sevscale document needs that many. Look for a structure repeated by mistake.",
    es: "El documento tiene más de {limit} niveles de anidamiento; ningún documento de sevscale necesita tantos. Busque una estructura repetida por error.",
  },
  unknown_property: {
    severity: "error",
    stage: "structure",
    en: 'Unknown property "{property}": it is not part of the format here. Check the spelling (upper and lower case matter) or remove it. Allowed here: {allowed}.',
    es: 'Propiedad desconocida "{property}": no forma parte del formato en este lugar. Revise la ortografía (se distinguen mayúsculas y minúsculas) o elimínela. Aquí se admiten: {allowed}.',
  },
  missing_property: {
    severity: "error",
    stage: "structure",
    en: 'Required property "{property}" is missing.',
    es: 'Falta la propiedad obligatoria "{property}".',
  },
  wrong_type: {
    severity: "error",
    stage: "structure",
    en: "Wrong kind of value: expected {expected}, found {received} (JSON types: string = text in quotes, number, integer = whole number, boolean = true or false, object = {…}, array = […]).",
    es: "Tipo de valor incorrecto: se esperaba {expected} y se encontró {received} (tipos JSON: string = texto entre comillas, number = número, integer = número entero, boolean = true o false, object = {…}, array = […]).",
  },
  invalid_value: {
    severity: "error",
    stage: "structure",
    en: "{value} is not allowed here. Use one of: {allowed}.",
    es: "{value} no es un valor admitido aquí. Use uno de estos: {allowed}.",
  },
  invalid_format: {
    severity: "error",
    stage: "structure",
    en: "{value} does not have the required format ({format}). A valid example: {example}.",
    es: "{value} no tiene el formato requerido ({format}). Un ejemplo válido: {example}.",
  },
  too_short: {
    severity: "error",
    stage: "structure",
    en: "This text is too short: it needs at least {minimum} character(s); an empty text is not allowed.",
    es: "Este texto es demasiado corto: necesita al menos {minimum} carácter(es); no se admite un texto vacío.",
  },
  too_long: {
    severity: "error",
    stage: "structure",
    en: "This value is too long: it has {actual} characters (or entries) where at most {maximum} are allowed.",
    es: "Este valor es demasiado largo: tiene {actual} caracteres (o elementos) y se admiten como máximo {maximum}.",
  },
  too_few_items: {
    severity: "error",
    stage: "structure",
    en: "This list needs at least {minimum} item(s) but has {actual}.",
    es: "Esta lista necesita al menos {minimum} elemento(s), pero tiene {actual}.",
  },
  too_small: {
    severity: "error",
    stage: "structure",
    en: "{value} is too small: the lowest allowed value is {minimum}.",
    es: "{value} es demasiado pequeño: el valor mínimo admitido es {minimum}.",
  },
  too_big: {
    severity: "error",
    stage: "structure",
    en: "{value} is too big: the highest allowed value is {maximum}.",
    es: "{value} es demasiado grande: el valor máximo admitido es {maximum}.",
  },
  no_matching_variant: {
    severity: "error",
    stage: "structure",
    en: "This entry matches none of the forms allowed here. The closest forms have these properties: {alternatives}.",
    es: "Esta entrada no corresponde a ninguna de las formas admitidas aquí. Las formas más parecidas tienen estas propiedades: {alternatives}.",
  },
});

/** Meaning-stage messages: one per named rule finding (see rules/). */
export const MEANING_MESSAGES = defineMessages({
  // --- codes and references inside a scale ---
  level_code_duplicate: {
    severity: "error",
    stage: "meaning",
    en: 'Level code "{code}" is used twice (first at {first}). Every level needs its own code.',
    es: 'El código de nivel "{code}" está repetido (aparece antes en {first}). Cada nivel necesita un código propio.',
  },
  sentinel_conflicts_level: {
    severity: "error",
    stage: "meaning",
    en: 'Sentinel code "{code}" is also a level code. A sentinel ("unknown", "not assessed", …) stands outside the order, so it needs a code no level uses.',
    es: 'El código de valor especial "{code}" coincide con el de un nivel. Un valor especial ("desconocido", "no evaluado", …) queda fuera del orden, así que necesita un código que ningún nivel use.',
  },
  sentinel_code_duplicate: {
    severity: "error",
    stage: "meaning",
    en: 'Sentinel code "{code}" is used twice (first at {first}).',
    es: 'El código de valor especial "{code}" está repetido (aparece antes en {first}).',
  },
  dimension_code_duplicate: {
    severity: "error",
    stage: "meaning",
    en: 'Dimension code "{code}" is used twice (first at {first}). Every dimension needs its own code.',
    es: 'El código de dimensión "{code}" está repetido (aparece antes en {first}). Cada dimensión necesita un código propio.',
  },
  option_code_duplicate: {
    severity: "error",
    stage: "meaning",
    en: 'Option code "{code}" is used twice in dimension "{dimension}" (first at {first}).',
    es: 'El código de opción "{code}" está repetido en la dimensión "{dimension}" (aparece antes en {first}).',
  },
  axis_code_duplicate: {
    severity: "error",
    stage: "meaning",
    en: 'Axis code "{code}" is used twice (first at {first}).',
    es: 'El código de eje "{code}" está repetido (aparece antes en {first}).',
  },
  unknown_axis_reference: {
    severity: "error",
    stage: "meaning",
    en: 'Axis "{code}" does not exist. The axes declared in "axes" are: {known}.',
    es: 'El eje "{code}" no existe. Los ejes declarados en "axes" son: {known}.',
  },
  unknown_level_reference: {
    severity: "error",
    stage: "meaning",
    en: 'Level "{code}" does not exist in {scale}. The levels are: {known}.',
    es: 'El nivel "{code}" no existe en {scale}. Los niveles son: {known}.',
  },
  unknown_dimension_reference: {
    severity: "error",
    stage: "meaning",
    en: 'Dimension "{code}" does not exist. The dimensions are: {known}.',
    es: 'La dimensión "{code}" no existe. Las dimensiones son: {known}.',
  },
  unknown_option_reference: {
    severity: "error",
    stage: "meaning",
    en: 'Option "{code}" does not exist in dimension "{dimension}". Its options are: {known}.',
    es: 'La opción "{code}" no existe en la dimensión "{dimension}". Sus opciones son: {known}.',
  },
  dimension_type_mismatch: {
    severity: "error",
    stage: "meaning",
    en: 'Dimension "{dimension}" is of type {actual}, but "{property}" works only with a dimension of type {expected}.',
    es: 'La dimensión "{dimension}" es de tipo {actual}, pero "{property}" solo funciona con una dimensión de tipo {expected}.',
  },
  quantity_range_inverted: {
    severity: "error",
    stage: "meaning",
    en: 'Quantity dimension "{dimension}" has min {min} greater than max {max}.',
    es: 'La dimensión de cantidad "{dimension}" tiene un mínimo ({min}) mayor que el máximo ({max}).',
  },
  level_color_duplicate: {
    severity: "warning",
    stage: "meaning",
    en: 'Levels "{level}" and "{other}" have the same colour {hex}; readers cannot tell them apart by colour.',
    es: 'Los niveles "{level}" y "{other}" tienen el mismo color {hex}; no se pueden distinguir por el color.',
  },
  dimension_unused: {
    severity: "info",
    stage: "meaning",
    en: 'Dimension "{dimension}" is not used by the method, so it never affects the level.',
    es: 'La dimensión "{dimension}" no la usa el método, así que nunca influye en el nivel.',
  },
  // --- rules method ---
  rule_id_duplicate: {
    severity: "error",
    stage: "meaning",
    en: 'Rule id "{id}" is used twice (first at {first}).',
    es: 'El identificador de regla "{id}" está repetido (aparece antes en {first}).',
  },
  rule_unreachable: {
    severity: "warning",
    stage: "meaning",
    en: "This never applies: the earlier rule at {earlier} already catches every incident it would (that rule is \"always\" or has the same condition), and rules are tried in order.",
    es: "Esto nunca se aplica: la regla anterior en {earlier} ya recoge todos los incidentes que recogería (esa regla es \"always\" o tiene la misma condición), y las reglas se prueban en orden.",
  },
  condition_unsatisfiable: {
    severity: "warning",
    stage: "meaning",
    en: "This condition can never be true (it contradicts itself), so the rule never applies.",
    es: "Esta condición nunca puede cumplirse (se contradice a sí misma), así que la regla nunca se aplica.",
  },
  // --- score method ---
  score_weight_negative: {
    severity: "error",
    stage: "meaning",
    en: 'The weight of dimension "{dimension}" is negative ({weight}); weights must be zero or more.',
    es: 'El peso de la dimensión "{dimension}" es negativo ({weight}); los pesos deben ser cero o más.',
  },
  score_value_missing: {
    severity: "warning",
    stage: "meaning",
    en: 'Dimension "{dimension}": option(s) {missing} have no score value in "values"; an incident with them gets no score and no level (classify_score_value_missing). "missing" is only used when the fact itself is absent. Give each option a value.',
    es: 'Dimensión "{dimension}": la(s) opción(es) {missing} no tienen valor de puntuación en "values"; un incidente con ellas no obtiene puntuación ni nivel (classify_score_value_missing). "missing" solo se usa cuando falta el propio hecho. Dé un valor a cada opción.',
    fr: 'Dimension « {dimension} » : la ou les options {missing} n\'ont pas de valeur de score dans "values" ; un incident qui les sélectionne n\'obtient ni score ni niveau (classify_score_value_missing). "missing" ne sert que lorsque le fait lui-même est absent. Donnez une valeur à chaque option.',
    pt: 'Dimensão "{dimension}": a(s) opção(ões) {missing} não têm valor de pontuação em "values"; um incidente com elas não obtém pontuação nem nível (classify_score_value_missing). "missing" só é usado quando o próprio facto falta. Dê um valor a cada opção.',
  },
  score_weights_all_zero: {
    severity: "error",
    stage: "meaning",
    en: "Every weight of this weighted mean is zero: it divides by zero, so no incident ever gets a score or a level. Give at least one component a positive weight.",
    es: "Todos los pesos de esta media ponderada son cero: divide entre cero, así que ningún incidente obtiene nunca una puntuación ni un nivel. Dé un peso positivo al menos a un componente.",
    fr: "Tous les poids de cette moyenne pondérée sont nuls : elle divise par zéro, si bien qu'aucun incident n'obtient jamais de score ni de niveau. Donnez un poids positif à au moins une composante.",
    pt: "Todos os pesos desta média ponderada são zero: divide por zero, pelo que nenhum incidente obtém alguma vez pontuação ou nível. Dê um peso positivo a pelo menos uma componente.",
  },
  score_range_underivable: {
    severity: "error",
    stage: "meaning",
    en: "The min–max normalisation has no \"from\" range, and it cannot be derived: the quantity \"{dimension}\" has no min and max. No score is ever computed; state \"from\": {\"min\": …, \"max\": …}.",
    es: "La normalización mín–máx no tiene rango \"from\" y no se puede derivar: la cantidad \"{dimension}\" no tiene min ni max. Nunca se calcula ninguna puntuación; indique \"from\": {\"min\": …, \"max\": …}.",
    fr: "La normalisation min–max n'a pas de plage « from » et on ne peut pas la déduire : la quantité « {dimension} » n'a pas de min et de max. Aucun score n'est jamais calculé ; indiquez \"from\": {\"min\": …, \"max\": …}.",
    pt: "A normalização mín–máx não tem intervalo \"from\" e não é possível deduzi-lo: a quantidade \"{dimension}\" não tem min e max. Nenhuma pontuação é alguma vez calculada; indique \"from\": {\"min\": …, \"max\": …}.",
  },
  cut_point_gap_below: {
    severity: "warning",
    stage: "meaning",
    en: "The first cut-point starts at {atLeast}, above the lowest possible score {min}: scores below {atLeast} give no level. Start it at {min} (\"{level}\" or a less severe level).",
    es: "El primer punto de corte empieza en {atLeast}, por encima de la puntuación más baja posible {min}: las puntuaciones menores que {atLeast} no dan nivel. Hágalo empezar en {min} (\"{level}\" o un nivel menos grave).",
    fr: "Le premier seuil commence à {atLeast}, au-dessus du score le plus bas possible {min} : les scores inférieurs à {atLeast} ne donnent aucun niveau. Faites-le commencer à {min} (« {level} » ou un niveau moins grave).",
    pt: "O primeiro ponto de corte começa em {atLeast}, acima da pontuação mais baixa possível {min}: as pontuações abaixo de {atLeast} não dão nível. Faça-o começar em {min} (\"{level}\" ou um nível menos grave).",
  },
  bands_gap_below: {
    severity: "warning",
    stage: "meaning",
    en: "The first band of \"{dimension}\" starts at {atLeast}, above its lowest value {min}: smaller quantities rate to no level. Start the first band at the quantity's minimum (and give the dimension a \"min\").",
    es: "La primera franja de \"{dimension}\" empieza en {atLeast}, por encima de su valor más bajo {min}: las cantidades menores no dan nivel. Haga empezar la primera franja en el mínimo de la cantidad (e indique un \"min\" en la dimensión).",
    fr: "La première tranche de « {dimension} » commence à {atLeast}, au-dessus de sa valeur la plus basse {min} : les quantités inférieures ne donnent aucun niveau. Faites commencer la première tranche au minimum de la quantité (et donnez un « min » à la dimension).",
    pt: "A primeira faixa de \"{dimension}\" começa em {atLeast}, acima do seu valor mais baixo {min}: as quantidades menores não dão nível. Faça começar a primeira faixa no mínimo da quantidade (e dê um \"min\" à dimensão).",
  },
  dimension_code_reserved: {
    severity: "error",
    stage: "meaning",
    en: "The dimension code \"{code}\" is reserved: facts files cannot use it as a key (it could change an object's prototype in many programs), so no incident could ever name it. Choose another code.",
    es: "El código de dimensión \"{code}\" está reservado: los archivos de hechos no pueden usarlo como clave (podría cambiar el prototipo de un objeto en muchos programas), así que ningún incidente podría nombrarlo. Elija otro código.",
    fr: "Le code de dimension « {code} » est réservé : les fichiers de faits ne peuvent pas l'utiliser comme clé (il pourrait modifier le prototype d'un objet dans de nombreux programmes), donc aucun incident ne pourrait le nommer. Choisissez un autre code.",
    pt: "O código de dimensão \"{code}\" está reservado: os ficheiros de factos não o podem usar como chave (poderia alterar o protótipo de um objeto em muitos programas), pelo que nenhum incidente o poderia nomear. Escolha outro código.",
  },
  score_range_invalid: {
    severity: "error",
    stage: "meaning",
    en: "This range is invalid: min {min} must be lower than max {max}.",
    es: "Este rango no es válido: el mínimo {min} debe ser menor que el máximo {max}.",
  },
  cut_points_unordered: {
    severity: "error",
    stage: "meaning",
    en: 'Cut-points must go up together: each one needs a more severe level and a higher "atLeast" than the one before ("{previousLevel}" at {previousAtLeast}, here "{level}" at {atLeast}).',
    es: 'Los puntos de corte deben subir a la vez: cada uno necesita un nivel más grave y un "atLeast" mayor que el anterior ("{previousLevel}" en {previousAtLeast}, aquí "{level}" en {atLeast}).',
  },
  cut_point_out_of_range: {
    severity: "error",
    stage: "meaning",
    en: "Cut-point {atLeast} lies outside the possible scores ({min} to {max}).",
    es: "El punto de corte {atLeast} queda fuera de las puntuaciones posibles (de {min} a {max}).",
  },
  // --- matrix method ---
  matrix_axis_duplicate: {
    severity: "error",
    stage: "meaning",
    en: 'Dimension "{dimension}" is used by two axes of the matrix.',
    es: 'La dimensión "{dimension}" se usa en dos ejes de la matriz.',
  },
  matrix_group_code_duplicate: {
    severity: "error",
    stage: "meaning",
    en: 'Group code "{code}" is used twice on the axis of dimension "{dimension}".',
    es: 'El código de grupo "{code}" está repetido en el eje de la dimensión "{dimension}".',
  },
  matrix_group_member_duplicate: {
    severity: "error",
    stage: "meaning",
    en: 'Option "{option}" of dimension "{dimension}" is in more than one group ({groups}); each option belongs to exactly one group.',
    es: 'La opción "{option}" de la dimensión "{dimension}" está en más de un grupo ({groups}); cada opción pertenece a un solo grupo.',
  },
  matrix_group_member_missing: {
    severity: "error",
    stage: "meaning",
    en: 'Dimension "{dimension}": option(s) {missing} are in no group of this axis; each option must belong to exactly one group.',
    es: 'Dimensión "{dimension}": la(s) opción(es) {missing} no están en ningún grupo de este eje; cada opción debe pertenecer a un solo grupo.',
  },
  matrix_cell_arity: {
    severity: "error",
    stage: "meaning",
    en: 'This cell gives {actual} values in "at" but the matrix has {expected} axes; give one value per axis, in the order of "axes".',
    es: 'Esta celda da {actual} valores en "at", pero la matriz tiene {expected} ejes; indique un valor por eje, en el orden de "axes".',
  },
  matrix_value_unknown: {
    severity: "error",
    stage: "meaning",
    en: '"{value}" is not a value of the axis of dimension "{dimension}". Its values are: {known}.',
    es: '"{value}" no es un valor del eje de la dimensión "{dimension}". Sus valores son: {known}.',
  },
  text_unsafe_characters: {
    severity: "warning",
    stage: "meaning",
    en: "This text holds control or bidirectional characters ({characters}) that can make it display as something else; sevscale shows them escaped. Remove them.",
    es: "Este texto contiene caracteres de control o bidireccionales ({characters}) que pueden hacer que se muestre como otra cosa; sevscale los muestra escapados. Elimínelos.",
    fr: "Ce texte contient des caractères de contrôle ou bidirectionnels ({characters}) qui peuvent le faire apparaître autrement ; sevscale les affiche échappés. Supprimez-les.",
    pt: "Este texto contém caracteres de controlo ou bidirecionais ({characters}) que o podem fazer aparecer como outra coisa; o sevscale mostra-os escapados. Remova-os.",
  },
  matrix_cell_missing: {
    severity: "error",
    stage: "meaning",
    en: "The matrix has no cell for {count} of its {total} combinations of axis values, for example {at}; every combination needs exactly one cell.",
    es: "La matriz no tiene celda para {count} de sus {total} combinaciones de valores de los ejes, por ejemplo {at}; cada combinación necesita exactamente una celda.",
    fr: "La matrice n'a pas de cellule pour {count} de ses {total} combinaisons de valeurs des axes, par exemple {at} ; chaque combinaison doit avoir exactement une cellule.",
    pt: "A matriz não tem célula para {count} das suas {total} combinações de valores dos eixos, por exemplo {at}; cada combinação precisa de exatamente uma célula.",
  },
  matrix_cell_duplicate: {
    severity: "error",
    stage: "meaning",
    en: "The combination {at} has two cells (first at {first}); keep exactly one.",
    es: "La combinación {at} tiene dos celdas (la primera en {first}); deje solo una.",
  },
  matrix_not_monotone: {
    severity: "warning",
    stage: "meaning",
    en: 'Moving to a more severe value on the axis of "{dimension}" lowers the level: {from} gives "{fromLevel}" but the more severe {at} gives "{level}".',
    es: 'Pasar a un valor más grave en el eje de "{dimension}" baja el nivel: {from} da "{fromLevel}", pero la combinación más grave {at} da "{level}".',
  },
  // --- max method ---
  max_option_unrated: {
    severity: "warning",
    stage: "meaning",
    en: 'Dimension "{dimension}": option(s) {missing} are not rated to a level; an incident with them gets no level from this dimension.',
    es: 'Dimensión "{dimension}": la(s) opción(es) {missing} no tienen nivel asignado; un incidente con ellas no obtiene nivel por esta dimensión.',
  },
  bands_unordered: {
    severity: "error",
    stage: "meaning",
    en: 'Bands must be listed with increasing "atLeast": {atLeast} does not exceed the previous {previous}.',
    es: 'Las franjas deben listarse con "atLeast" creciente: {atLeast} no supera el anterior, {previous}.',
  },
  // --- composite method ---
  component_id_duplicate: {
    severity: "error",
    stage: "meaning",
    en: 'Component id "{id}" is used twice (first at {first}).',
    es: 'El identificador de componente "{id}" está repetido (aparece antes en {first}).',
  },
  // --- tracking and languages (scales and mappings) ---
  revision_history_unsorted: {
    severity: "error",
    stage: "meaning",
    en: "The revision history must be sorted oldest first by date and version: {version} ({date}) comes after {previousVersion} ({previousDate}).",
    es: "El historial de revisiones debe ir del más antiguo al más reciente por fecha y versión: {version} ({date}) aparece después de {previousVersion} ({previousDate}).",
  },
  revision_history_duplicate: {
    severity: "error",
    stage: "meaning",
    en: "Version {version} appears twice in the revision history (first at {first}).",
    es: "La versión {version} aparece dos veces en el historial de revisiones (antes en {first}).",
  },
  revision_history_not_current: {
    severity: "error",
    stage: "meaning",
    en: 'The latest revision-history entry is {latest}, but the document says "version": {version}. Add an entry for the current version.',
    es: 'La última entrada del historial de revisiones es {latest}, pero el documento indica "version": {version}. Añada una entrada para la versión actual.',
  },
  supersedes_other_id: {
    severity: "warning",
    stage: "meaning",
    en: '"supersedes" names {ref}, another document than "{id}"; a new version normally supersedes an earlier version of the same document.',
    es: '"supersedes" indica {ref}, un documento distinto de "{id}"; una versión nueva normalmente sustituye a una versión anterior del mismo documento.',
  },
  supersedes_not_lower: {
    severity: "warning",
    stage: "meaning",
    en: '"supersedes" names version {supersededVersion}, which should be a valid version lower than this one ({version}).',
    es: '"supersedes" indica la versión {supersededVersion}, que debería ser una versión válida anterior a esta ({version}).',
  },
  default_language_undeclared: {
    severity: "error",
    stage: "meaning",
    en: 'The default language "{language}" is not listed in "languages" ({declared}).',
    es: 'El idioma predeterminado "{language}" no figura en "languages" ({declared}).',
  },
  language_duplicate: {
    severity: "error",
    stage: "meaning",
    en: 'Language "{language}" is listed twice in "languages".',
    es: 'El idioma "{language}" figura dos veces en "languages".',
  },
  text_language_missing: {
    severity: "warning",
    stage: "meaning",
    en: "This text has no version in {missing}, although the document declares those languages.",
    es: "Este texto no tiene versión en {missing}, aunque el documento declara esos idiomas.",
  },
  text_language_undeclared: {
    severity: "info",
    stage: "meaning",
    en: 'This text is also written in {undeclared}, which is not declared in "languages".',
    es: 'Este texto también está escrito en {undeclared}, que no figura en "languages".',
  },
  // --- mappings ---
  version_range_invalid: {
    severity: "error",
    stage: "meaning",
    en: 'Version range "{range}" is not a valid semver range (examples: "1.x", "^2.1.0", ">=1.0.0 <3.0.0").',
    es: 'El rango de versiones "{range}" no es un rango semver válido (ejemplos: "1.x", "^2.1.0", ">=1.0.0 <3.0.0").',
  },
  mapping_scale_unresolved: {
    severity: "info",
    stage: "meaning",
    en: "Scale {id} ({range}) was not available, so the checks that need its levels were skipped.",
    es: "La escala {id} ({range}) no estaba disponible, así que se omitieron las comprobaciones que necesitan sus niveles.",
  },
  mapping_scale_version_outside_range: {
    severity: "warning",
    stage: "meaning",
    en: "The available version of scale {id} is {version}, outside the range {range} this mapping covers; the checks used it anyway.",
    es: "La versión disponible de la escala {id} es {version}, fuera del rango {range} que cubre este mapeo; las comprobaciones la usaron de todos modos.",
  },
  mapping_record_missing: {
    severity: "error",
    stage: "meaning",
    en: 'Subject level "{level}" has no record. Map every level, or say "noMatch" explicitly.',
    es: 'El nivel de origen "{level}" no tiene registro. Mapee todos los niveles, o indique "noMatch" explícitamente.',
  },
  mapping_record_duplicate: {
    severity: "error",
    stage: "meaning",
    en: 'Subject level "{level}" has a second record (first at {first}); keep one record per level.',
    es: 'El nivel de origen "{level}" tiene un segundo registro (el primero en {first}); deje un registro por nivel.',
  },
  mapping_sentinel_matched: {
    severity: "error",
    stage: "meaning",
    en: '"{code}" is a sentinel (outside the order) of the subject scale; it can only be mapped with "noMatch", or left out.',
    es: '"{code}" es un valor especial (fuera del orden) de la escala de origen; solo puede mapearse con "noMatch" o dejarse fuera.',
  },
  relation_interval_mismatch: {
    severity: "error",
    stage: "meaning",
    en: 'The relation {relation} does not fit the object interval: exactMatch needs exactly one object level (min equal to max), noMatch needs no "object", and every other relation needs an "object".',
    es: 'La relación {relation} no encaja con el intervalo de destino: exactMatch necesita exactamente un nivel de destino (mínimo igual al máximo), noMatch no lleva "object" y cualquier otra relación necesita un "object".',
  },
  mapping_interval_inverted: {
    severity: "error",
    stage: "meaning",
    en: 'The interval is upside down: min "{min}" is more severe than max "{max}"; write the less severe level as min.',
    es: 'El intervalo está invertido: el mínimo "{min}" es más grave que el máximo "{max}"; ponga el nivel menos grave como mínimo.',
  },
  mapping_exact_conflict: {
    severity: "error",
    stage: "meaning",
    en: 'Subject level "{level}" is both an exactMatch of "{object}" and a {relation} of it (at {other}); an exact match cannot also be broad or related.',
    es: 'El nivel de origen "{level}" es a la vez exactMatch de "{object}" y {relation} del mismo (en {other}); una correspondencia exacta no puede ser también amplia o relacionada.',
  },
  mapping_exact_not_unique: {
    severity: "warning",
    stage: "meaning",
    en: 'Subject levels "{level}" and "{other}" are both an exactMatch of "{object}"; exact matches chain, so that would make them the same level.',
    es: 'Los niveles de origen "{level}" y "{other}" son ambos exactMatch de "{object}"; las correspondencias exactas se encadenan, así que serían el mismo nivel.',
  },
  mapping_not_monotone: {
    severity: "error",
    stage: "meaning",
    en: 'Subject level "{level}" ({min} to {max}) is out of order with {conflicts}: a more severe subject level must never map wholly below a less severe one.',
    es: 'El nivel de origen "{level}" (de {min} a {max}) está desordenado respecto de {conflicts}: un nivel de origen más grave nunca debe quedar por completo por debajo de uno menos grave.',
  },
  mapping_exact_low_confidence: {
    severity: "info",
    stage: "meaning",
    en: "An exactMatch with confidence {confidence} (below 0.5): if the match is this uncertain, closeMatch may describe it better.",
    es: "Un exactMatch con confianza {confidence} (menor que 0.5): si la correspondencia es tan incierta, quizá closeMatch la describa mejor.",
  },
  // --- registry index ---
  registry_path_duplicate: {
    severity: "error",
    stage: "meaning",
    en: 'Path "{path}" is used twice in the index (first at {first}).',
    es: 'La ruta "{path}" aparece dos veces en el índice (antes en {first}).',
  },
  registry_entry_duplicate: {
    severity: "error",
    stage: "meaning",
    en: 'The {kind} "{id}" version {version} is listed twice (first at {first}).',
    es: 'El documento de tipo {kind} "{id}", versión {version}, figura dos veces (antes en {first}).',
  },
});

/** Every validation message. */
export const VALIDATE_MESSAGES = { ...STRUCTURE_MESSAGES, ...MEANING_MESSAGES };

/** An issue code reported by validation. */
export type ValidateCode = keyof typeof VALIDATE_MESSAGES;
