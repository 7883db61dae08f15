/**
 * Catalogue of classification: issue codes about facts (stage "facts") and about a method that
 * cannot be applied (stage "classify"), and the templates of trace steps (stage "trace").
 */
import { defineMessages } from "../issues/define.js";

/** Issues about an incident's facts. Pointers point into the facts (`/<dimension>`). */
export const FACT_MESSAGES = defineMessages({
  facts_not_object: {
    severity: "error",
    stage: "facts",
    en: "The facts must be a JSON object mapping dimension codes to values; got JSON type {got}.",
    es: "Los hechos deben ser un objeto JSON que asocie códigos de dimensión a valores; se recibió el tipo JSON {got}.",
  },
  fact_unknown_dimension: {
    severity: "warning",
    stage: "facts",
    en: "'{dimension}' is not a dimension of this scale; the fact is ignored.",
    es: "'{dimension}' no es una dimensión de esta escala; se ignora el hecho.",
  },
  fact_unknown_option: {
    severity: "error",
    stage: "facts",
    en: "'{option}' is not an option of dimension '{dimension}' (options: {options}).",
    es: "'{option}' no es una opción de la dimensión '{dimension}' (opciones: {options}).",
  },
  fact_missing: {
    severity: "warning",
    stage: "facts",
    en: "No fact for '{dimension}', which the method needs to decide the level.",
    es: "Falta el hecho de '{dimension}', que el método necesita para decidir el nivel.",
  },
  fact_missing_default: {
    severity: "info",
    stage: "facts",
    en: "No fact for '{dimension}': the score uses its value for a missing fact, {value}.",
    es: "Falta el hecho de '{dimension}': la puntuación usa el valor previsto para un hecho ausente, {value}.",
  },
  fact_wrong_unit: {
    severity: "error",
    stage: "facts",
    en: "The fact for '{dimension}' is in '{unit}', but the dimension is measured in '{expected}'.",
    es: "El hecho de '{dimension}' está en '{unit}', pero la dimensión se mide en '{expected}'.",
  },
  fact_multiple_not_allowed: {
    severity: "error",
    stage: "facts",
    en: "Dimension '{dimension}' takes a single option, but the fact lists {count}.",
    es: "La dimensión '{dimension}' admite una sola opción, pero el hecho enumera {count}.",
  },
  fact_wrong_type: {
    severity: "error",
    stage: "facts",
    en: "The fact for '{dimension}' has JSON type {got}; this dimension takes {expected}.",
    es: "El hecho de '{dimension}' es de tipo JSON {got}; esta dimensión admite {expected}.",
  },
  fact_out_of_range: {
    severity: "error",
    stage: "facts",
    en: "The fact for '{dimension}', {value}, is outside the dimension's range [{min}, {max}].",
    es: "El hecho de '{dimension}', {value}, está fuera del rango de la dimensión [{min}, {max}].",
  },
  fact_not_integer: {
    severity: "error",
    stage: "facts",
    en: "The fact for '{dimension}', {value}, must be a whole number.",
    es: "El hecho de '{dimension}', {value}, debe ser un número entero.",
  },
});

/**
 * Issues about a method that cannot be applied as written (a scale validation would also report
 * them). `at` is a JSON Pointer into the scale; the issue's own pointer is "" (the facts).
 */
export const CLASSIFY_MESSAGES = defineMessages({
  classify_no_level: {
    severity: "warning",
    stage: "classify",
    en: "The {method} method derives no level from these facts, and the scale gives no default level.",
    es: "El método {method} no deriva ningún nivel de estos hechos y la escala no fija un nivel por defecto.",
  },
  classify_level_unknown: {
    severity: "error",
    stage: "classify",
    en: "The method refers to level '{level}' (at {at}), which the scale does not define.",
    es: "El método hace referencia al nivel '{level}' (en {at}), que la escala no define.",
  },
  classify_dimension_unknown: {
    severity: "error",
    stage: "classify",
    en: "The method refers to dimension '{dimension}' (at {at}), which the scale does not define as a dimension of type '{expected}'.",
    es: "El método hace referencia a la dimensión '{dimension}' (en {at}), que la escala no define como dimensión de tipo '{expected}'.",
  },
  classify_option_unknown: {
    severity: "error",
    stage: "classify",
    en: "The method refers to option '{option}' of dimension '{dimension}' (at {at}), which the dimension does not define.",
    es: "El método hace referencia a la opción '{option}' de la dimensión '{dimension}' (en {at}), que la dimensión no define.",
  },
  classify_matrix_ungrouped: {
    severity: "error",
    stage: "classify",
    en: "Option '{option}' of '{dimension}' belongs to no group of the matrix axis (at {at}).",
    es: "La opción '{option}' de '{dimension}' no pertenece a ningún grupo del eje de la matriz (en {at}).",
  },
  classify_matrix_budget: {
    severity: "error",
    stage: "classify",
    en: "The facts select more than {budget} combinations of matrix values (at {at}); no level is given. Select fewer options on the matrix's axes.",
    es: "Los hechos seleccionan más de {budget} combinaciones de valores de la matriz (en {at}); no se da ningún nivel. Seleccione menos opciones en los ejes de la matriz.",
    fr: "Les faits sélectionnent plus de {budget} combinaisons de valeurs de la matrice (en {at}) ; aucun niveau n'est donné. Sélectionnez moins d'options sur les axes de la matrice.",
    pt: "Os factos selecionam mais de {budget} combinações de valores da matriz (em {at}); não é dado nenhum nível. Selecione menos opções nos eixos da matriz.",
  },
  classify_matrix_no_cell: {
    severity: "error",
    stage: "classify",
    en: "The matrix has no cell for ({values}) (at {at}).",
    es: "La matriz no tiene celda para ({values}) (en {at}).",
  },
  classify_score_value_missing: {
    severity: "error",
    stage: "classify",
    en: "The score gives no value for option '{option}' of '{dimension}' (at {at}).",
    es: "La puntuación no asigna valor a la opción '{option}' de '{dimension}' (en {at}).",
  },
  classify_score_undefined: {
    severity: "error",
    stage: "classify",
    en: "The normalisation of the score is undefined (at {at}): its range or its total weight is zero.",
    es: "La normalización de la puntuación no está definida (en {at}): su rango o su peso total es cero.",
  },
  classify_score_range_unknown: {
    severity: "error",
    stage: "classify",
    en: "The score's min–max range cannot be derived (at {at}): quantity dimension '{dimension}' has no min and max; give normalisation.from.",
    es: "No se puede derivar el rango mín–máx de la puntuación (en {at}): la dimensión de cantidad '{dimension}' no tiene min y max; indique normalisation.from.",
  },
});

const trace = (en: string, es: string) => ({ severity: "info", stage: "trace", en, es }) as const;

/** Templates of trace steps (a step's `kind` is its code). */
export const TRACE_MESSAGES = defineMessages({
  trace_facts_invalid: trace("The facts have {count} error(s); no level is derived.", "Los hechos contienen {count} error(es); no se deriva ningún nivel."),
  trace_undecided: trace("The level cannot be decided from these facts.", "No se puede decidir el nivel con estos hechos."),
  trace_at_least: trace(
    "The level is at least {level}, but missing or undecided parts could raise it.",
    "El nivel es al menos {level}, pero partes ausentes o sin decidir podrían elevarlo.",
  ),
  trace_rule_fired: trace("Rule {rule} applies: level {level}.", "Se aplica la regla {rule}: nivel {level}."),
  trace_rule_not_applied: trace("Rule {rule} (level {level}) does not apply:", "La regla {rule} (nivel {level}) no se aplica:"),
  trace_rule_undecided: trace("Rule {rule} (level {level}) cannot be decided:", "No se puede decidir la regla {rule} (nivel {level}):"),
  trace_rules_otherwise: trace("No rule applies: the scale's default level, {level}.", "No se aplica ninguna regla: nivel por defecto de la escala, {level}."),
  trace_rules_none: trace("No rule applies and the scale gives no default level.", "No se aplica ninguna regla y la escala no fija un nivel por defecto."),
  trace_rules_most_severe: trace(
    "Most severe of the rules that apply: {level}, from rule {rule}.",
    "El más grave de las reglas que se aplican: {level}, de la regla {rule}.",
  ),
  trace_test_in_held: trace("{dimension} = {fact}, one of {options}.", "{dimension} = {fact}, una de {options}."),
  trace_test_in_failed: trace("{dimension} = {fact}, not one of {options}.", "{dimension} = {fact}, ninguna de {options}."),
  trace_test_at_least_held: trace("{dimension} = {fact}, at least {option}.", "{dimension} = {fact}, al menos {option}."),
  trace_test_at_least_failed: trace("{dimension} = {fact}, below {option}.", "{dimension} = {fact}, por debajo de {option}."),
  trace_test_at_most_held: trace("{dimension} = {fact}, at most {option}.", "{dimension} = {fact}, como máximo {option}."),
  trace_test_at_most_failed: trace("{dimension} = {fact}, above {option}.", "{dimension} = {fact}, por encima de {option}."),
  trace_test_compare_held: trace("{dimension} = {fact} {op} {threshold}: holds.", "{dimension} = {fact} {op} {threshold}: se cumple."),
  trace_test_compare_failed: trace("{dimension} = {fact} {op} {threshold}: does not hold.", "{dimension} = {fact} {op} {threshold}: no se cumple."),
  trace_test_missing: trace("No fact for {dimension}: the test cannot be decided.", "Falta el hecho de {dimension}: no se puede decidir la prueba."),
  trace_test_always: trace("Always holds.", "Se cumple siempre."),
  trace_test_not: trace("Negated test (not), whose inner test:", "Prueba negada (not), cuya prueba interior:"),
  trace_test_invalid: trace(
    "The test at {at} refers to something the scale does not define.",
    "La prueba en {at} hace referencia a algo que la escala no define.",
  ),
  trace_score_component: trace(
    "{dimension} = {fact}: value {value} × weight {weight} = {contribution}.",
    "{dimension} = {fact}: valor {value} × peso {weight} = {contribution}.",
  ),
  trace_score_component_missing: trace(
    "{dimension}: no fact, missing value {value} × weight {weight} = {contribution}.",
    "{dimension}: sin hecho, valor por ausencia {value} × peso {weight} = {contribution}.",
  ),
  trace_score_raw: trace("Raw score (sum of contributions): {raw}.", "Puntuación bruta (suma de contribuciones): {raw}."),
  trace_score_weighted_mean: trace("Weighted mean: {raw} / {weights} = {normalised}.", "Media ponderada: {raw} / {weights} = {normalised}."),
  trace_score_min_max: trace(
    "Rescaled from [{fromMin}, {fromMax}] to [{toMin}, {toMax}]: {normalised}.",
    "Reescalada de [{fromMin}, {fromMax}] a [{toMin}, {toMax}]: {normalised}.",
  ),
  trace_score_clamped: trace("Clamped to [{min}, {max}]: {before} becomes {after}.", "Acotada a [{min}, {max}]: {before} pasa a {after}."),
  trace_score_rounded: trace(
    "Rounded once to {decimals} decimal(s), {mode}: {score}.",
    "Redondeada una sola vez a {decimals} decimal(es), modo {mode}: {score}.",
  ),
  trace_score_cut_point: trace("Score {score} reaches the cut-point {atLeast}: level {level}.", "La puntuación {score} alcanza el umbral {atLeast}: nivel {level}."),
  trace_score_below_cut_points: trace(
    "Score {score} is below the lowest cut-point, {lowest}: no level.",
    "La puntuación {score} está por debajo del umbral más bajo, {lowest}: ningún nivel.",
  ),
  trace_score_no_cut_points: trace(
    "No cut-points: the level cannot be derived from the score {score}.",
    "Sin umbrales: el nivel no se puede derivar de la puntuación {score}.",
  ),
  trace_matrix_axis: trace("Axis {dimension}: {fact}.", "Eje {dimension}: {fact}."),
  trace_matrix_axis_group: trace("Axis {dimension}: {fact} falls in group {group}.", "Eje {dimension}: {fact} pertenece al grupo {group}."),
  trace_matrix_missing: trace("Axis {dimension}: no fact, so no cell can be chosen.", "Eje {dimension}: sin hecho, no se puede elegir celda."),
  trace_matrix_cell: trace("Cell ({values}): level {level}.", "Celda ({values}): nivel {level}."),
  trace_matrix_most_severe: trace("Most severe of the cells: {level}, at ({values}).", "La más grave de las celdas: {level}, en ({values})."),
  trace_max_rating: trace("{dimension} = {fact} rates {level}.", "{dimension} = {fact} equivale a {level}."),
  trace_max_unrated: trace("{dimension} = {fact} is not rated to any level.", "{dimension} = {fact} no tiene nivel asignado."),
  trace_max_band: trace("{dimension} = {fact} reaches {atLeast}: {level}.", "{dimension} = {fact} alcanza {atLeast}: {level}."),
  trace_max_below_bands: trace("{dimension} = {fact} is below the lowest band, {lowest}.", "{dimension} = {fact} está por debajo de la banda más baja, {lowest}."),
  trace_max_missing: trace("{dimension}: no fact, so it cannot be rated.", "{dimension}: sin hecho, no se puede valorar."),
  trace_max_winner: trace("Most severe rating: {level}, from {dimension}.", "La valoración más grave: {level}, de {dimension}."),
  trace_judgement: trace(
    "An analyst decides the level, guided by the level definitions.",
    "Un analista decide el nivel, guiado por las definiciones de los niveles.",
  ),
  trace_judgement_criteria: trace(
    "An analyst decides the level, guided by the level definitions and the scale's criteria for levels {levels}.",
    "Un analista decide el nivel, guiado por las definiciones de los niveles y los criterios de la escala para los niveles {levels}.",
  ),
  trace_component: trace("Component {component} ({method}):", "Componente {component} ({method}):"),
  trace_component_level: trace("Component {component} gives {level}.", "El componente {component} da {level}."),
  trace_component_no_level: trace("Component {component} gives no level ({status}).", "El componente {component} no da ningún nivel ({status})."),
  trace_composite_winner: trace(
    "Most severe of the components: {level}, from {component} (a tie goes to the first listed).",
    "El más grave de los componentes: {level}, de {component} (en caso de empate, el primero de la lista).",
  ),
  trace_composite_top: trace(
    "{level} from {component} is the most severe level of the scale: the undecided components cannot change it.",
    "{level}, de {component}, es el nivel más grave de la escala: los componentes sin decidir no pueden cambiarlo.",
  ),
  trace_composite_waiting: trace("Undecided components: {components}.", "Componentes sin decidir: {components}."),
});

/** Every message of the classify area, for the catalogue. */
export const CLASSIFY_CATALOG = { ...FACT_MESSAGES, ...CLASSIFY_MESSAGES, ...TRACE_MESSAGES };
