//! The program editor. Code goes in, edits and run requests come out.
//!
//! A plain textarea for now, with Ctrl/Cmd+Enter to run and Tab inserting spaces; the
//! CodeMirror 6 bundle replaces its insides behind the same props.

use leptos::prelude::*;

#[component]
pub fn Editor(
    source: ReadSignal<String>,
    set_source: WriteSignal<String>,
    on_run: impl Fn() + Copy + 'static,
) -> impl IntoView {
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" && (ev.ctrl_key() || ev.meta_key()) {
            ev.prevent_default();
            on_run();
        }
    };
    view! {
        <textarea
            class="editor"
            data-testid="editor"
            spellcheck="false"
            aria-label="Python source"
            prop:value=move || source.get()
            on:input=move |ev| set_source.set(event_target_value(&ev))
            on:keydown=on_keydown
        ></textarea>
    }
}
