/**
 * The code editor of the edit view: CodeMirror 6 with JSON highlighting and the core's
 * validation as its linter. Loaded on demand (dynamic import) so the first view stays small.
 */
import { json } from "@codemirror/lang-json";
import { linter, lintGutter } from "@codemirror/lint";
import type { Diagnostic } from "@codemirror/lint";
import { EditorView, basicSetup } from "codemirror";
import type { LocatedIssue } from "@sevscale/core";

/** What the edit view needs from the editor. */
export interface Editor {
  readonly view: EditorView;
  getText(): string;
  setText(text: string): void;
  /** Moves the cursor to a 1-based line and column, scrolls there and focuses the editor. */
  jumpTo(line: number, column: number): void;
}

/** Where an issue at `line`:`column` starts and ends in the document (its token, at least one character). */
function span(view: EditorView, line: number, column: number): { from: number; to: number } {
  const doc = view.state.doc;
  const l = doc.line(Math.min(Math.max(line, 1), doc.lines));
  const from = Math.min(l.from + Math.max(column - 1, 0), l.to);
  const token = /^("(?:[^"\\]|\\.)*"?|[^\s,:\]}]+)/.exec(l.text.slice(from - l.from));
  const to = Math.min(from + Math.max(token?.[0].length ?? 1, 1), doc.length);
  return { from, to: Math.max(to, from) };
}

/**
 * Creates the editor in `parent`. `check` validates the text and returns its located issues with
 * their rendered messages; they become underlines (and gutter marks) at their line and column.
 */
export function createEditor(
  parent: HTMLElement,
  text: string,
  label: string,
  check: (text: string) => readonly (LocatedIssue & { readonly message: string })[],
  onChange: (text: string) => void,
): Editor {
  const lint = linter(
    (view): Diagnostic[] =>
      check(view.state.doc.toString()).map((i) => {
        const at = i.line !== undefined ? span(view, i.line, i.column ?? 1) : { from: 0, to: Math.min(1, view.state.doc.length) };
        return { ...at, severity: i.severity === "info" ? "info" : i.severity, message: `${i.code}: ${i.message}`, source: "sevscale" };
      }),
    { delay: 300 },
  );
  const view = new EditorView({
    doc: text,
    parent,
    extensions: [
      basicSetup,
      json(),
      lintGutter(),
      lint,
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ "aria-label": label }),
      EditorView.updateListener.of((u) => {
        if (u.docChanged) onChange(u.state.doc.toString());
      }),
    ],
  });
  return {
    view,
    getText: () => view.state.doc.toString(),
    setText(next) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next } });
    },
    jumpTo(line, column) {
      const { from } = span(view, line, column);
      view.dispatch({ selection: { anchor: from }, effects: EditorView.scrollIntoView(from, { y: "center" }) });
      view.focus();
    },
  };
}
