// Loopscope's program editor: CodeMirror 6 set up for Python, behind a small API that the
// Rust UI (crates/app/src/editor.rs) binds with wasm-bindgen.
//
// `node www/editor/build.mjs` bundles this file with esbuild into one minified script that
// sets `window.LoopscopeEditor`; Trunk runs that before every build (Trunk.toml's hook).
//
// API
//
//   LoopscopeEditor.create(parent, { doc, onChange(text), onRun() }) -> handle
//     Builds an editor inside the element `parent` holding `doc`. `onChange` is called with
//     the whole text after every edit the person makes (typing, paste, undo), never for
//     `setValue`. `onRun` is called on Ctrl+Enter (Cmd+Enter on macOS). The handle is
//     also kept on the element as `parent.loopscopeEditor` (tests reach the editor so).
//
//   handle.setValue(text)      Replaces the program from outside (a gallery pick, a restored
//                              share link). Does nothing when the text is already there, and
//                              does not call onChange, so a UI that feeds its own state back
//                              in cannot loop. The change can be undone.
//   handle.getValue()          The program's text.
//   handle.setTaskMarks(marks) `marks` is [{line, label}] with 1-based lines: each line is
//                              tinted and its labels (task names) shown at its end, kept
//                              in view at the editor's right edge when the line is longer
//                              than the editor is wide. A line shows its first two names
//                              and "+N" for the rest; hovering shows them all. An empty
//                              list clears them. Lines outside the program are ignored.
//   handle.setErrorLine(line, message)
//                              Highlights the 1-based `line` and shows `message` under it;
//                              `line` null (or 0) clears it.
//   handle.revealLine(line)    Scrolls to the 1-based `line`, puts the cursor at its first
//                              character, focuses the editor and flashes the line.
//   handle.focus()             Focuses the editor.
//   handle.destroy()           Removes the editor from the page.
//
// Keys: the usual editing keys and undo history; Tab and Shift+Tab indent and dedent. A
// keyboard user leaves the editor with Escape then Tab (CodeMirror's tab-focus mode: after
// Escape, Tab moves focus for two seconds). Ctrl/Cmd+Enter runs the program.
//
// Colours come from the page's CSS variables (www/style.css), so the editor follows the
// page between light and dark.

import { EditorState, StateEffect, StateField, Annotation, Prec, RangeSetBuilder } from "@codemirror/state";
import {
  EditorView,
  Decoration,
  WidgetType,
  keymap,
  lineNumbers,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  drawSelection,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import {
  HighlightStyle,
  syntaxHighlighting,
  indentOnInput,
  indentUnit,
  bracketMatching,
} from "@codemirror/language";
import { closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
import { pythonLanguage } from "@codemirror/lang-python";
import { tags as t } from "@lezer/highlight";

/** Marks a transaction as coming from `setValue`, so it is not reported to `onChange`. */
const external = Annotation.define();

// --- Task marks: a tint on each line some task is on, and the task names at its end. ---

/** Names a line's badge spells out before it says "+N". */
const SHOWN_NAMES = 2;

class TaskLabel extends WidgetType {
  constructor(names) {
    super();
    this.names = names;
    this.text = names.join(", ");
  }
  eq(other) {
    return other.text === this.text;
  }
  toDOM() {
    const span = document.createElement("span");
    span.className = "cm-task-label";
    span.title = this.text;
    span.setAttribute("aria-label", `tasks here: ${this.text}`);
    this.names.slice(0, SHOWN_NAMES).forEach((name, i) => {
      if (i > 0) span.append(", ");
      const one = document.createElement("span");
      one.className = "cm-task-name";
      one.textContent = name;
      span.append(one);
    });
    const rest = this.names.length - SHOWN_NAMES;
    if (rest > 0) {
      const more = document.createElement("span");
      more.className = "cm-task-more";
      more.textContent = ` +${rest}`;
      span.append(more);
    }
    return span;
  }
}

const setTaskMarks = StateEffect.define();

/** Groups `[{line, label}]` by line: Map(line -> [labels]), lines in the document only. */
function groupMarks(doc, marks) {
  const byLine = new Map();
  for (const mark of marks || []) {
    const line = Number(mark?.line);
    if (!Number.isInteger(line) || line < 1 || line > doc.lines) continue;
    if (!byLine.has(line)) byLine.set(line, []);
    byLine.get(line).push(String(mark.label ?? ""));
  }
  return byLine;
}

const taskMarks = StateField.define({
  create: () => Decoration.none,
  update(decos, tr) {
    decos = decos.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setTaskMarks)) continue;
      const byLine = groupMarks(tr.state.doc, e.value);
      const builder = new RangeSetBuilder();
      for (const line of [...byLine.keys()].sort((a, b) => a - b)) {
        const { from, to } = tr.state.doc.line(line);
        builder.add(from, from, Decoration.line({ class: "cm-task-line" }));
        const label = new TaskLabel(byLine.get(line).filter((l) => l));
        builder.add(to, to, Decoration.widget({ widget: label, side: 1 }));
      }
      decos = builder.finish();
    }
    return decos;
  },
  provide: (f) => EditorView.decorations.from(f),
});

// --- The error line: tinted, with its message in a box under it. ---

class ErrorMessage extends WidgetType {
  constructor(text) {
    super();
    this.text = text;
  }
  eq(other) {
    return other.text === this.text;
  }
  toDOM() {
    const div = document.createElement("div");
    div.className = "cm-error-message";
    div.setAttribute("role", "alert");
    div.textContent = this.text;
    return div;
  }
}

const setError = StateEffect.define();

const errorLine = StateField.define({
  create: () => Decoration.none,
  update(decos, tr) {
    decos = decos.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setError)) continue;
      const { line, message } = e.value;
      if (!line || line < 1 || line > tr.state.doc.lines) {
        decos = Decoration.none;
        continue;
      }
      const { from, to } = tr.state.doc.line(line);
      const ranges = [Decoration.line({ class: "cm-error-line" }).range(from)];
      if (message) {
        const widget = new ErrorMessage(message);
        ranges.push(Decoration.widget({ widget, block: true, side: 1 }).range(to));
      }
      decos = Decoration.set(ranges);
    }
    return decos;
  },
  provide: (f) => EditorView.decorations.from(f),
});

// --- Flash: a line lit up for a moment after revealLine. ---

const setFlash = StateEffect.define();

const flashLine = StateField.define({
  create: () => Decoration.none,
  update(decos, tr) {
    decos = decos.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setFlash)) continue;
      decos = e.value == null ? Decoration.none : Decoration.set([Decoration.line({ class: "cm-flash-line" }).range(e.value)]);
    }
    return decos;
  },
  provide: (f) => EditorView.decorations.from(f),
});

// --- Look: the page's variables, so light and dark follow the page. ---

const theme = EditorView.theme({
  "&": {
    height: "100%",
    color: "var(--ls-text)",
    backgroundColor: "transparent",
    fontSize: "13px",
  },
  "&.cm-focused": { outline: "none" },
  ".cm-scroller": { fontFamily: "var(--ls-mono)", lineHeight: "1.5" },
  ".cm-content": { caretColor: "var(--ls-text)", padding: "0.6rem 0" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: "var(--ls-text)" },
  "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection":
    { backgroundColor: "var(--ls-cm-selection)" },
  ".cm-gutters": {
    backgroundColor: "transparent",
    color: "var(--ls-muted)",
    border: "none",
    borderRight: "1px solid var(--ls-border)",
  },
  ".cm-activeLine": { backgroundColor: "var(--ls-cm-active-line)" },
  ".cm-activeLineGutter": { backgroundColor: "var(--ls-cm-active-line)", color: "var(--ls-text)" },
  "&.cm-focused .cm-matchingBracket": { backgroundColor: "var(--ls-cm-bracket)", outline: "1px solid var(--ls-cm-bracket-border)" },
  "&.cm-focused .cm-nonmatchingBracket": { color: "var(--ls-stderr)" },
  ".cm-task-line": { backgroundColor: "var(--ls-cm-task-line)" },
  // Sticky: on a line longer than the editor is wide, the badge stays at the visible
  // right edge instead of being scrolled out of sight.
  ".cm-task-label": {
    display: "inline-block",
    position: "sticky",
    right: "4px",
    marginLeft: "1.5em",
    padding: "0 0.4em",
    borderRadius: "3px",
    fontSize: "11px",
    lineHeight: "1.5",
    verticalAlign: "baseline",
    color: "var(--ls-accent-text)",
    backgroundColor: "var(--ls-accent)",
    boxShadow: "0 0 0 2px var(--ls-panel)",
    whiteSpace: "nowrap",
    cursor: "default",
  },
  // A long name is cut with an ellipsis (its badge's title has it whole); the common ones
  // (Task-12, worker-3, download-7) never are.
  ".cm-task-name": {
    display: "inline-block",
    maxWidth: "18ch",
    overflow: "hidden",
    textOverflow: "ellipsis",
    verticalAlign: "bottom",
  },
  ".cm-error-line": { backgroundColor: "var(--ls-cm-error-line)" },
  ".cm-error-message": {
    margin: "0.15em 0 0.3em",
    padding: "0.2em 0.6em",
    borderLeft: "3px solid var(--ls-stderr)",
    color: "var(--ls-stderr)",
    backgroundColor: "var(--ls-cm-error-line)",
    whiteSpace: "pre-wrap",
  },
  ".cm-flash-line": { animation: "cm-loopscope-flash 1.2s ease-out" },
  "@keyframes cm-loopscope-flash": {
    from: { backgroundColor: "var(--ls-cm-flash)" },
    to: { backgroundColor: "transparent" },
  },
});

const highlight = HighlightStyle.define([
  { tag: [t.keyword, t.controlKeyword, t.definitionKeyword, t.moduleKeyword, t.operatorKeyword], color: "var(--ls-cm-keyword)" },
  { tag: [t.self, t.bool, t.null, t.atom], color: "var(--ls-cm-atom)" },
  { tag: [t.string, t.special(t.string)], color: "var(--ls-cm-string)" },
  { tag: [t.number], color: "var(--ls-cm-number)" },
  { tag: [t.comment, t.lineComment], color: "var(--ls-cm-comment)", fontStyle: "italic" },
  { tag: [t.function(t.definition(t.variableName)), t.definition(t.className)], color: "var(--ls-cm-def)" },
  { tag: [t.function(t.variableName), t.function(t.propertyName)], color: "var(--ls-cm-call)" },
  { tag: [t.className], color: "var(--ls-cm-def)" },
  { tag: [t.meta], color: "var(--ls-cm-meta)" },
  { tag: [t.invalid], color: "var(--ls-stderr)" },
]);

// --- The editor. ---

/** Builds an editor in `parent`; see the API at the top of this file. */
function create(parent, options = {}) {
  const onChange = typeof options.onChange === "function" ? options.onChange : () => {};
  const onRun = typeof options.onRun === "function" ? options.onRun : () => {};
  let flashTimer = null;

  const runKey = Prec.highest(
    keymap.of([
      {
        key: "Mod-Enter",
        run: () => {
          onRun();
          return true;
        },
      },
    ]),
  );

  const state = EditorState.create({
    doc: String(options.doc ?? ""),
    extensions: [
      runKey,
      lineNumbers(),
      highlightActiveLineGutter(),
      highlightSpecialChars(),
      history(),
      drawSelection(),
      EditorState.allowMultipleSelections.of(false),
      indentUnit.of("    "),
      EditorState.tabSize.of(4),
      indentOnInput(),
      bracketMatching(),
      closeBrackets(),
      highlightActiveLine(),
      pythonLanguage,
      syntaxHighlighting(highlight),
      keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, indentWithTab]),
      taskMarks,
      errorLine,
      flashLine,
      theme,
      // tabindex: the content is focusable anyway (contenteditable); saying so lets
      // accessibility checkers see that the scrolling region can be reached by keyboard.
      EditorView.contentAttributes.of({ "aria-label": "Python source", spellcheck: "false", tabindex: "0" }),
      EditorView.updateListener.of((update) => {
        if (!update.docChanged) return;
        if (update.transactions.every((tr) => tr.annotation(external))) return;
        onChange(update.state.doc.toString());
      }),
    ],
  });
  const view = new EditorView({ state, parent });

  const lineStart = (line) => {
    const doc = view.state.doc;
    const n = Math.min(Math.max(1, Math.trunc(Number(line)) || 1), doc.lines);
    return doc.line(n);
  };

  const handle = {
    /** The EditorView, for tests and debugging. */
    view,
    setValue(text) {
      text = String(text ?? "");
      if (text === view.state.doc.toString()) return;
      const end = Math.min(view.state.selection.main.head, text.length);
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: text },
        selection: { anchor: end },
        annotations: external.of(true),
      });
    },
    getValue() {
      return view.state.doc.toString();
    },
    setTaskMarks(marks) {
      view.dispatch({ effects: setTaskMarks.of(Array.from(marks || [])) });
    },
    setErrorLine(line, message) {
      view.dispatch({ effects: setError.of({ line: Number(line) || 0, message: message ? String(message) : "" }) });
    },
    revealLine(line) {
      const target = lineStart(line);
      const indent = /^\s*/.exec(target.text)[0].length;
      view.dispatch({
        selection: { anchor: target.from + indent },
        effects: [EditorView.scrollIntoView(target.from, { y: "center" }), setFlash.of(target.from)],
      });
      view.focus();
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => view.dispatch({ effects: setFlash.of(null) }), 1300);
    },
    focus() {
      view.focus();
    },
    destroy() {
      clearTimeout(flashTimer);
      view.destroy();
      if (parent.loopscopeEditor === handle) delete parent.loopscopeEditor;
    },
  };
  parent.loopscopeEditor = handle;
  return handle;
}

window.LoopscopeEditor = { create };
