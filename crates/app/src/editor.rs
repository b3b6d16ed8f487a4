//! The program editor. Code goes in, edits and run requests come out; task marks, the
//! error line and "reveal this line" requests go in too.
//!
//! The editor is CodeMirror 6, from the bundle `www/editor/editor.js` builds, which sets
//! `window.LoopscopeEditor` before the app starts. Where that script is absent (the
//! wasm-bindgen-test pages) it is a plain textarea behind the same props.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// An editor made by `LoopscopeEditor.create`; its methods are documented in
    /// `www/editor/editor.js`.
    #[derive(Clone)]
    type EditorHandle;

    #[wasm_bindgen(catch, js_namespace = LoopscopeEditor, js_name = create)]
    fn create_editor(
        parent: &web_sys::HtmlElement,
        options: &js_sys::Object,
    ) -> Result<EditorHandle, JsValue>;

    #[wasm_bindgen(method, js_name = setValue)]
    fn set_value(this: &EditorHandle, text: &str);

    #[wasm_bindgen(method, js_name = getValue)]
    fn get_value(this: &EditorHandle) -> String;

    #[wasm_bindgen(method, js_name = setTaskMarks)]
    fn set_task_marks(this: &EditorHandle, marks: &js_sys::Array);

    #[wasm_bindgen(method, js_name = setErrorLine)]
    fn set_error_line(this: &EditorHandle, line: Option<u32>, message: &str);

    #[wasm_bindgen(method, js_name = revealLine)]
    fn reveal_line(this: &EditorHandle, line: u32);

    #[wasm_bindgen(method)]
    fn destroy(this: &EditorHandle);
}

/// Whether the page loaded the CodeMirror bundle.
fn codemirror_loaded() -> bool {
    web_sys::window().is_some_and(|w| {
        js_sys::Reflect::get(&w, &JsValue::from_str("LoopscopeEditor")).is_ok_and(|v| v.is_object())
    })
}

/// Sets `key` on a plain JS object (setting a property on a fresh object cannot fail).
fn set_key(obj: &js_sys::Object, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(obj, &JsValue::from_str(key), value);
}

/// `[{line, label}]`, as `setTaskMarks` takes them.
fn marks_to_js(marks: &[(u32, String)]) -> js_sys::Array {
    marks
        .iter()
        .map(|(line, label)| {
            let mark = js_sys::Object::new();
            set_key(&mark, "line", &JsValue::from(*line));
            set_key(&mark, "label", &JsValue::from_str(label));
            JsValue::from(mark)
        })
        .collect()
}

/// The editor. `source` is the program: edits the person makes go out through
/// `set_source`, and changes made elsewhere (a gallery pick, a share link) come in.
/// `marks` lists `(line, task name)` pairs to show where tasks are; `error` is the line a
/// run failed at and its message; every new value of `reveal` scrolls to that line and puts
/// the cursor there. Lines are 1-based.
#[component]
pub fn Editor(
    source: ReadSignal<String>,
    set_source: WriteSignal<String>,
    on_run: impl Fn() + Copy + 'static,
    #[prop(optional, into)] marks: Signal<Vec<(u32, String)>>,
    #[prop(optional, into)] error: Signal<Option<(u32, String)>>,
    #[prop(optional, into)] reveal: Signal<Option<u32>>,
) -> impl IntoView {
    if !codemirror_loaded() {
        return plain_editor(source, set_source, on_run, reveal).into_any();
    }
    let host = NodeRef::<html::Div>::new();
    let handle = RwSignal::new_local(None::<EditorHandle>);
    host.on_load(move |el| {
        let options = js_sys::Object::new();
        set_key(&options, "doc", &JsValue::from_str(&source.get_untracked()));
        let on_change = Closure::<dyn Fn(String)>::new(move |text: String| set_source.set(text));
        set_key(&options, "onChange", &on_change.into_js_value());
        let on_run = Closure::<dyn Fn()>::new(on_run);
        set_key(&options, "onRun", &on_run.into_js_value());
        match create_editor(&el, &options) {
            Ok(h) => handle.set(Some(h)),
            Err(e) => {
                web_sys::console::error_2(&"Loopscope: the editor failed to start:".into(), &e)
            }
        }
    });
    on_cleanup(move || {
        if let Some(Some(h)) = handle.try_get_untracked() {
            h.destroy();
        }
    });
    // Changes from elsewhere; an edit made in the editor comes back equal and stops here.
    Effect::new(move |_| {
        let text = source.get();
        if let Some(h) = handle.get() {
            if h.get_value() != text {
                h.set_value(&text);
            }
        }
    });
    Effect::new(move |_| {
        let marks = marks.get();
        if let Some(h) = handle.get() {
            h.set_task_marks(&marks_to_js(&marks));
        }
    });
    Effect::new(move |_| {
        let error = error.get();
        if let Some(h) = handle.get() {
            match error {
                Some((line, message)) => h.set_error_line(Some(line), &message),
                None => h.set_error_line(None, ""),
            }
        }
    });
    Effect::new(move |_| {
        let line = reveal.get();
        if let (Some(h), Some(line)) = (handle.get_untracked(), line) {
            h.reveal_line(line);
        }
    });
    view! { <div class="editor-host" data-testid="editor" node_ref=host></div> }.into_any()
}

/// The textarea used when CodeMirror is absent: Ctrl/Cmd+Enter runs, and `reveal` moves
/// the cursor; marks and the error line are not shown.
fn plain_editor(
    source: ReadSignal<String>,
    set_source: WriteSignal<String>,
    on_run: impl Fn() + Copy + 'static,
    reveal: Signal<Option<u32>>,
) -> impl IntoView {
    let area = NodeRef::<html::Textarea>::new();
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" && (ev.ctrl_key() || ev.meta_key()) {
            ev.prevent_default();
            on_run();
        }
    };
    Effect::new(move |_| {
        let (Some(line), Some(area)) = (reveal.get(), area.get_untracked()) else {
            return;
        };
        let text = area.value();
        let offset: usize = text
            .split_inclusive('\n')
            .take(line.saturating_sub(1) as usize)
            .map(|l| l.encode_utf16().count())
            .sum();
        let offset = u32::try_from(offset).unwrap_or(u32::MAX);
        let _ = area.focus();
        let _ = area.set_selection_range(offset, offset);
    });
    view! {
        <div class="editor-host" data-testid="editor">
            <textarea
                class="editor"
                spellcheck="false"
                aria-label="Python source"
                node_ref=area
                prop:value=move || source.get()
                on:input=move |ev| set_source.set(event_target_value(&ev))
                on:keydown=on_keydown
            ></textarea>
        </div>
    }
}

/// Puts the keyboard in the playground's editor (CodeMirror's content, or the text area).
pub fn focus() {
    crate::focus_selector(
        "main [data-testid=editor] .cm-content, main [data-testid=editor] textarea",
    );
}
