/**
 * Small DOM helpers. Text from documents is untrusted: it only ever becomes text nodes or
 * attribute values set through the DOM, never HTML.
 */

/** Attributes and properties of {@link h}: `on<event>` adds a listener, `class`, `style` and the rest are attributes. */
export type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;
/** A child of {@link h}: nodes, text, or nothing. */
export type Child = Node | string | number | null | undefined | false | readonly Child[];

/** Creates an element with attributes and children. `false`, `null` and `undefined` attributes are left out. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (key === "value" && (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement)) el.value = String(value);
    else if (key === "checked" && el instanceof HTMLInputElement) el.checked = Boolean(value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

/** Appends children (flattened; text becomes text nodes). */
export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces all children of `parent`. */
export function replace(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, children);
}

/** A `#RRGGBB` colour from a document, or undefined when it is not one (never passed to CSS otherwise). */
export function safeHex(hex: unknown): string | undefined {
  return typeof hex === "string" && /^#[0-9A-Fa-f]{6}$/.test(hex) ? hex : undefined;
}

/** Black or white, whichever reads better on the background `hex` (WCAG relative luminance). */
export function inkFor(hex: string): string {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return l > 0.179 ? "#000000" : "#ffffff";
}

let counter = 0;
/** A fresh element id with a prefix. */
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
