/**
 * The outline of the common reference scale CRS 1.0 (docs/reference-scale.md): the whole document
 * except its long texts (the description and the definitions of levels, sentinels, dimensions and
 * options), which reference/crs.ts adds to make REFERENCE_SCALE. Translation, comparison and the
 * validation of mappings and assessments read only codes, ranks, labels, colours, dimensions and the
 * method, so they take this and a bundle that does not show the definitions does not carry them.
 * It is itself a valid Scale document (descriptions and definitions are optional).
 */
import type { ScaleInput } from "../model/scale.js";

type CrsText = { en: string; es: string; fr: string; pt: string };

const level = (code: string, hex: string, colorName: CrsText, label: CrsText) => ({ code, label, color: { hex, name: colorName } });

/** Effect rows (E0–E4) × scope columns (S0–S5) → reference level. */
const MATRIX: readonly (readonly string[])[] = [
  ["R0", "R0", "R0", "R0", "R0", "R0"],
  ["R0", "R0", "R1", "R2", "R2", "R2"],
  ["R1", "R1", "R1", "R2", "R3", "R3"],
  ["R1", "R1", "R2", "R3", "R4", "R5"],
  ["R1", "R1", "R2", "R3", "R5", "R5"],
];

/** The id of the built-in reference scale. */
export const REFERENCE_SCALE_ID = "sevscale/crs";

/**
 * CRS 1.0 without its description and definitions: what the algorithms read by default.
 * @internal
 */
export const CRS_OUTLINE = {
  $schema: "https://sevscale.org/schemas/1.0/scale.schema.json",
  kind: "scale",
  id: REFERENCE_SCALE_ID,
  version: "1.0.0",
  status: "active",
  title: {
    en: "sevscale common reference scale (CRS) 1.0",
    es: "Escala común de referencia de sevscale (CRS) 1.0",
    fr: "Échelle commune de référence sevscale (CRS) 1.0",
    pt: "Escala comum de referência sevscale (CRS) 1.0",
  },
  published: "2026-11-23",
  revisionHistory: [
    {
      version: "1.0.0",
      date: "2026-11-23",
      summary: { en: "First release.", es: "Primera versión.", fr: "Première version.", pt: "Primeira versão." },
    },
  ],
  publisher: {
    name: { en: "sevscale project", es: "Proyecto sevscale", fr: "Projet sevscale", pt: "Projeto sevscale" },
    type: "organisation",
    contact: { url: "https://sevscale.org/" },
  },
  license: { id: "CC0-1.0" },
  defaultLanguage: "en",
  languages: [
    { tag: "en", authoritative: true },
    { tag: "es", authoritative: true },
    { tag: "fr", authoritative: true },
    { tag: "pt", authoritative: true },
  ],
  direction: "ascending",
  // ColorBrewer "Purples" (single-hue sequential, colour-blind safe); no state uses it, so the
  // reference is never mistaken for a national level.
  levels: [
    level(
      "R0",
      "#F2F0F7",
      { en: "pale lavender", es: "lavanda pálido", fr: "lavande pâle", pt: "lavanda-pálido" },
      { en: "Baseline", es: "Base", fr: "Référence", pt: "Base" },
    ),
    level(
      "R1",
      "#DADAEB",
      { en: "light lavender", es: "lavanda claro", fr: "lavande clair", pt: "lavanda-claro" },
      { en: "Low", es: "Bajo", fr: "Faible", pt: "Baixo" },
    ),
    level(
      "R2",
      "#BCBDDC",
      { en: "lavender", es: "lavanda", fr: "lavande", pt: "lavanda" },
      { en: "Moderate", es: "Moderado", fr: "Modéré", pt: "Moderado" },
    ),
    level(
      "R3",
      "#9E9AC8",
      { en: "medium purple", es: "púrpura medio", fr: "violet moyen", pt: "roxo médio" },
      { en: "Significant", es: "Significativo", fr: "Significatif", pt: "Significativo" },
    ),
    level(
      "R4",
      "#756BB1",
      { en: "purple", es: "púrpura", fr: "violet", pt: "roxo" },
      { en: "Severe", es: "Grave", fr: "Grave", pt: "Grave" },
    ),
    level(
      "R5",
      "#54278F",
      { en: "deep purple", es: "púrpura oscuro", fr: "violet foncé", pt: "roxo-escuro" },
      { en: "Emergency", es: "Emergencia", fr: "Urgence", pt: "Emergência" },
    ),
  ],
  sentinels: [
    {
      code: "unknown",
      meaning: "unknown",
      label: { en: "Unknown", es: "Desconocido", fr: "Inconnu", pt: "Desconhecido" },
    },
    {
      code: "out-of-scope",
      meaning: "out-of-scope",
      label: { en: "Out of scope", es: "Fuera de alcance", fr: "Hors périmètre", pt: "Fora do âmbito" },
    },
  ],
  significance: {
    level: "R3",
    meaning: {
      en: "National coordination begins.",
      es: "Comienza la coordinación nacional.",
      fr: "La coordination nationale commence.",
      pt: "Inicia-se a coordenação nacional.",
    },
  },
  dimensions: [
    {
      code: "effect",
      type: "ordinal",
      label: { en: "Effect", es: "Efecto", fr: "Effet", pt: "Efeito" },
      options: [
        {
          code: "E0",
          label: { en: "None confirmed", es: "Ninguno confirmado", fr: "Aucun confirmé", pt: "Nenhum confirmado" },
        },
        {
          code: "E1",
          label: { en: "Low-level malicious activity", es: "Actividad maliciosa de bajo nivel", fr: "Activité malveillante de faible niveau", pt: "Atividade maliciosa de baixo nível" },
        },
        {
          code: "E2",
          label: { en: "Isolated compromise", es: "Compromiso aislado", fr: "Compromission isolée", pt: "Comprometimento isolado" },
        },
        {
          code: "E3",
          label: { en: "Extensive compromise or serious disruption", es: "Compromiso extenso o interrupción grave", fr: "Compromission étendue ou perturbation grave", pt: "Comprometimento extenso ou interrupção grave" },
        },
        {
          code: "E4",
          label: { en: "Sustained disruption", es: "Interrupción sostenida", fr: "Perturbation durable", pt: "Interrupção sustentada" },
        },
      ],
    },
    {
      code: "scope",
      type: "ordinal",
      label: { en: "Scope", es: "Alcance", fr: "Périmètre", pt: "Âmbito" },
      options: [
        { code: "S0", label: { en: "Individuals", es: "Personas", fr: "Particuliers", pt: "Pessoas" } },
        { code: "S1", label: { en: "Small organisations", es: "Organizaciones pequeñas", fr: "Petites organisations", pt: "Organizações pequenas" } },
        {
          code: "S2",
          label: {
            en: "Medium-sized organisations, local government, schools",
            es: "Organizaciones medianas, gobierno local, escuelas",
            fr: "Organisations de taille moyenne, collectivités locales, écoles",
            pt: "Organizações de médio porte, governo local, escolas",
          },
        },
        {
          code: "S3",
          label: {
            en: "Large organisations, sub-national government, academia, a sector's supply chain",
            es: "Organizaciones grandes, gobierno subnacional, academia, la cadena de suministro de un sector",
            fr: "Grandes organisations, collectivités infranationales, monde académique, chaîne d’approvisionnement d’un secteur",
            pt: "Organizações grandes, governo subnacional, academia, a cadeia de abastecimento de um setor",
          },
        },
        {
          code: "S4",
          label: {
            en: "Central government, essential services or regulated critical infrastructure, a large share of the population",
            es: "Gobierno central, servicios esenciales o infraestructura crítica regulada, una gran parte de la población",
            fr: "Administration centrale, services essentiels ou infrastructures critiques réglementées, une grande partie de la population",
            pt: "Governo central, serviços essenciais ou infraestrutura crítica regulada, uma grande parte da população",
          },
        },
        {
          code: "S5",
          label: {
            en: "National security, systems of national significance, several essential sectors at once",
            es: "Seguridad nacional, sistemas de importancia nacional, varios sectores esenciales a la vez",
            fr: "Sécurité nationale, systèmes d’importance nationale, plusieurs secteurs essentiels à la fois",
            pt: "Segurança nacional, sistemas de importância nacional, vários setores essenciais ao mesmo tempo",
          },
        },
      ],
    },
    {
      code: "national-interest",
      type: "ordinal",
      label: { en: "National interest", es: "Interés nacional", fr: "Intérêt national", pt: "Interesse nacional" },
      options: [
        { code: "N0", label: { en: "Unlikely", es: "Improbable", fr: "Improbable", pt: "Improvável" } },
        { code: "N1", label: { en: "Possible", es: "Posible", fr: "Possible", pt: "Possível" } },
        { code: "N2", label: { en: "Demonstrable", es: "Demostrable", fr: "Démontrable", pt: "Demonstrável" } },
        { code: "N3", label: { en: "Significant", es: "Significativo", fr: "Significatif", pt: "Significativo" } },
        {
          code: "N4",
          label: {
            en: "Imminent threat to critical infrastructure services, government stability or lives",
            es: "Amenaza inminente para servicios de infraestructura crítica, la estabilidad del gobierno o vidas",
            fr: "Menace imminente pour les services d’infrastructures critiques, la stabilité du gouvernement ou des vies",
            pt: "Ameaça iminente a serviços de infraestrutura crítica, à estabilidade do governo ou a vidas",
          },
        },
      ],
    },
  ],
  method: {
    kind: "composite",
    combine: "most-severe",
    components: [
      {
        id: "impact",
        label: { en: "Effect × scope", es: "Efecto × alcance", fr: "Effet × périmètre", pt: "Efeito × âmbito" },
        method: {
          kind: "matrix",
          axes: [{ dimension: "effect" }, { dimension: "scope" }],
          cells: MATRIX.flatMap((row, e) => row.map((lvl, s) => ({ at: [`E${e}`, `S${s}`], level: lvl }))),
        },
      },
      {
        id: "national-interest",
        label: {
          en: "National-interest override",
          es: "Prevalencia del interés nacional",
          fr: "Primauté de l’intérêt national",
          pt: "Prevalência do interesse nacional",
        },
        method: {
          kind: "max",
          ratings: [{ dimension: "national-interest", levels: { N0: "R0", N1: "R2", N2: "R3", N3: "R4", N4: "R5" } }],
        },
      },
    ],
  },
} as const satisfies ScaleInput;
