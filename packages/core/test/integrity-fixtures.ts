/** Shared fixtures for the integrity tests: a realistic scale document and keyring builders. */
import { generateKeyPair } from "../src/integrity/keys.js";
import type { KeyPair } from "../src/integrity/keys.js";
import type { Keyring, KeyringKey } from "../src/integrity/keyring.js";

/** A national scale as a state would publish it: mostly text, as real documents are. */
export function exampleScale(): Record<string, unknown> {
  return {
    $schema: "https://sevscale.org/schemas/scale/1.0.0.json",
    kind: "scale",
    id: "mx/national",
    version: "2.1.0",
    status: "active",
    published: "2026-03-01T00:00:00Z",
    publisher: {
      name: { es: "Centro Nacional de Respuesta a Incidentes Cibernéticos", en: "National Cyber Incident Response Centre" },
      contact: { email: "contacto@cert.example.mx", url: "https://cert.example.mx/" },
    },
    languages: ["es", "en"],
    defaultLanguage: "es",
    direction: "ascending",
    levels: [
      {
        code: "0N",
        label: { es: "Sin impacto", en: "No impact" },
        definition: { es: "Evento sin efecto sobre servicios esenciales ni sobre la información de la población.", en: "An event with no effect on essential services or on citizens' data." },
        colour: "#3A7D44",
      },
      {
        code: "1B",
        label: { es: "Bajo", en: "Low" },
        definition: { es: "Afectación menor y localizada, atendida por la propia organización.", en: "Minor, local impact handled by the affected organisation." },
        colour: "#F2C14E",
        notificationDeadline: "P3D",
      },
      {
        code: "2A",
        label: { es: "Alto", en: "High" },
        definition: { es: "Interrupción de un servicio esencial o fuga de datos personales a escala estatal.", en: "Disruption of an essential service or a state-wide personal data breach." },
        colour: "#D1495B",
        notificationDeadline: "PT24H",
        response: { es: "Coordina el CSIRT nacional; se informa a la autoridad competente.", en: "The national CSIRT coordinates; the competent authority is informed." },
      },
    ],
    sources: [
      {
        title: { es: "Lineamientos para la clasificación y notificación de incidentes de ciberseguridad", en: "Guidelines for classifying and reporting cybersecurity incidents" },
        url: "https://cert.example.mx/lineamientos/2026",
        date: "2026-02-15",
      },
    ],
    examples: {
      es: [
        "Correo de suplantación dirigido a una dependencia, sin credenciales comprometidas.",
        "Programa de secuestro de datos que cifra los expedientes de un hospital regional durante dos días.",
        "Ataque de denegación de servicio que deja sin pagos en línea a una red de distribución eléctrica.",
      ],
      en: [
        "Phishing aimed at a government agency, with no credentials compromised.",
        "Ransomware encrypting a regional hospital's records for two days.",
        "A denial-of-service attack that stops online payments at an electricity distributor.",
      ],
    },
    revisionHistory: [
      { version: "2.0.0", date: "2025-01-10", summary: "Nueva escala de tres niveles." },
      { version: "2.1.0", date: "2026-03-01", summary: "Plazos de notificación." },
    ],
  };
}

/** A keyring entry for a pair, valid through 2026 for the given namespaces. */
export function keyEntry(pair: KeyPair, overrides: Partial<KeyringKey> = {}): KeyringKey {
  return { kid: pair.publicJwk.kid, publisher: "CERT-MX", jwk: pair.publicJwk, validFrom: "2026-01-01T00:00:00Z", validTo: "2026-12-31T23:59:59Z", namespaces: ["mx"], ...overrides };
}

/** A keyring holding the given entries. */
export function keyringOf(...keys: KeyringKey[]): Keyring {
  return { kind: "keyring", id: "x-org.example/trusted", version: "1.0.0", keys };
}

/** An instant inside the fixtures' validity period. */
export const DURING_2026 = new Date("2026-06-15T12:00:00Z");

export { generateKeyPair };
