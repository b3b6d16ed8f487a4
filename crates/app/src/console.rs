//! The console: program output line by line, stderr set apart, each line with the clock
//! time and the task that printed it, under a label saying which network the run's HTTP
//! requests went to. Always text, never HTML.
//!
//! In stderr, a traceback's `File "main.py", line N` is a button that shows line N in the
//! editor (through `on_reveal`); its frames inside our frozen modules (asyncio's own
//! code) fold into one row that opens to show them, and its time and task are shown on
//! its first line only (`console/rows.rs`). The console follows new output while it is
//! scrolled to the bottom. Under the output, help for how the run ended (`hints.rs`),
//! with a button for a fix where there is one.
//!
//! Output can be a million lines: past a few hundred, only the rows in view (and a
//! screenful either side) are in the page, between two spacers that stand for the rest (`console/heights.rs`
//! keeps every row's height, measured once drawn; `console/draw.rs` builds a row).
//! Copying a selection copies every line it spans, drawn or not, folded ones too; Ctrl+A
//! in the console selects all of it; "Copy all" and "Download" give the whole output.

mod copy;
mod draw;
mod heights;
mod rows;
mod screen;

use crate::hints::Hint;
use crate::state::ConsoleLog;
use copy::{console_selection, download_text, select_contents, selected_text};
use leptos::prelude::*;
use screen::Screen;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// How close to the bottom (CSS pixels) counts as at the bottom, for following output.
const FOLLOW_SLACK: i32 = 8;

#[component]
pub fn Console(
    lines: ReadSignal<ConsoleLog>,
    /// Called with a 1-based line when a traceback's line reference is clicked.
    #[prop(optional)]
    on_reveal: Option<Callback<u32>>,
    /// Which network the run used ("simulated network").
    #[prop(optional)]
    network: Option<Signal<String>>,
    /// Help for how the run ended (`hints.rs`), shown under the output.
    #[prop(optional)]
    hints: Option<Signal<Vec<Hint>>>,
    /// Applies a hint's fix: the program it would become.
    #[prop(optional)]
    on_fix: Option<Callback<String>>,
) -> impl IntoView {
    let pre = NodeRef::<leptos::html::Pre>::new();
    let screen = Rc::new(RefCell::new(Screen::new(on_reveal.is_some())));
    let layout_now = {
        let screen = screen.clone();
        move || {
            if let Some(p) = pre.get_untracked() {
                lines.with_untracked(|log| screen.borrow_mut().layout(&p, log));
            }
        }
    };
    // Lays out after this turn's rendering (the hints under the console take their room
    // first), once however many updates come in the meantime.
    let queue_layout = {
        let screen = screen.clone();
        let layout_now = layout_now.clone();
        move || {
            let mut s = screen.borrow_mut();
            if !s.layout_queued {
                s.layout_queued = true;
                let screen = screen.clone();
                let layout_now = layout_now.clone();
                request_animation_frame(move || {
                    screen.borrow_mut().layout_queued = false;
                    layout_now();
                });
            }
        }
    };
    {
        let screen = screen.clone();
        let queue_layout = queue_layout.clone();
        let layout_now = layout_now.clone();
        Effect::new(move |_| {
            lines.with(|log| screen.borrow_mut().update(log));
            // Now, so the output shows with whatever else this update changes (the
            // status), and again once the page has settled around it.
            layout_now();
            queue_layout();
        });
    }
    let resized = {
        let queue_layout = queue_layout.clone();
        window_event_listener(leptos::ev::resize, move |_| queue_layout())
    };
    on_cleanup(move || resized.remove());
    let on_scroll = {
        let screen = screen.clone();
        let layout_now = layout_now.clone();
        move |_| {
            if let Some(p) = pre.get_untracked() {
                let at_bottom =
                    p.scroll_height() - p.scroll_top() - p.client_height() <= FOLLOW_SLACK;
                screen.borrow_mut().following = at_bottom;
                layout_now();
            }
        }
    };
    let on_copy = move |ev: web_sys::ClipboardEvent| {
        let Some(p) = pre.get_untracked() else {
            return;
        };
        let span = console_selection(&p);
        let Some(span) = span.dyn_ref::<js_sys::Array>() else {
            return;
        };
        let n = |i: u32| span.get(i).as_f64().unwrap_or(0.0) as i64;
        let text = lines.with_untracked(|log| {
            selected_text(log, n(0).max(0) as usize, n(1), n(2).max(0) as usize, n(3))
        });
        if let Some(data) = ev.clipboard_data() {
            if data.set_data("text/plain", &text).is_ok() {
                ev.prevent_default();
            }
        }
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        // Ctrl+A selects the console's output, all of it, not the page.
        if (ev.ctrl_key() || ev.meta_key()) && ev.key().eq_ignore_ascii_case("a") {
            if let Some(p) = pre.get_untracked() {
                ev.prevent_default();
                select_contents(&p);
            }
        }
    };
    let on_click = {
        let screen = screen.clone();
        let queue_layout = queue_layout.clone();
        move |ev: web_sys::MouseEvent| {
            let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
                return;
            };
            let number = |el: &Element, name: &str| {
                el.get_attribute(name).and_then(|v| v.parse::<usize>().ok())
            };
            let closest = |sel: &str| target.closest(sel).ok().flatten();
            if let Some(link) = closest(".source-link") {
                if let (Some(cb), Some(line)) = (on_reveal, number(&link, "data-target")) {
                    cb.run(line as u32);
                }
            } else if let Some(fold) = closest(".fold[data-fold]") {
                if closest(".fold-toggle").is_none() {
                    return;
                }
                let Some(first) = number(&fold, "data-fold") else {
                    return;
                };
                let open = {
                    let mut s = screen.borrow_mut();
                    if s.open.remove(&first) {
                        false
                    } else {
                        s.open.insert(first);
                        true
                    }
                };
                // Changed in place, so the toggle keeps focus; its new height is measured.
                if let Some(toggle) = closest(".fold-toggle") {
                    let _ =
                        toggle.set_attribute("aria-expanded", if open { "true" } else { "false" });
                    let title = if open {
                        "Hide these frames"
                    } else {
                        "Show these frames"
                    };
                    let _ = toggle.set_attribute("title", title);
                }
                if let Ok(Some(body)) = fold.query_selector(".fold-lines") {
                    let _ = body.toggle_attribute_with_force("hidden", !open);
                }
                queue_layout();
            } else if let Some(line_el) = closest(".line[data-line]") {
                let Some(line) = number(&line_el, "data-line") else {
                    return;
                };
                if closest(".cut-more").is_some() {
                    let mut s = screen.borrow_mut();
                    *s.shown.entry(line).or_insert(0) += draw::LINE_MORE;
                    if let Some(row) = s.row_of(line) {
                        lines.with_untracked(|log| s.redraw(row, log));
                    }
                    drop(s);
                    queue_layout();
                } else if closest(".cut-copy").is_some() {
                    let text = lines.with_untracked(|log| {
                        log.lines()
                            .get(line)
                            .map(|l| l.text.clone())
                            .unwrap_or_default()
                    });
                    crate::share::copy_to_clipboard(&text, |_| {});
                }
            }
        }
    };
    let (copied, set_copied) = signal(false);
    let copy_all = move |_| {
        let text = lines.with_untracked(ConsoleLog::all_text);
        crate::share::copy_to_clipboard(&text, move |ok| {
            if ok {
                set_copied.set(true);
                set_timeout(
                    move || set_copied.set(false),
                    std::time::Duration::from_millis(2000),
                );
            } else if let Some(p) = pre.get_untracked() {
                // The browser refused: select it all, for Ctrl+C.
                let _ = p.focus();
                select_contents(&p);
            }
        });
    };
    let download = move |_| {
        let text = lines.with_untracked(ConsoleLog::all_text);
        download_text("output.txt", &text);
    };
    let empty = move || lines.with(|l| l.lines().is_empty());
    let hint_view = move || {
        let hints = hints.map(|h| h.get()).unwrap_or_default();
        (!hints.is_empty()).then(|| {
            view! {
                <div class="hints" data-testid="hints" role="note" aria-label="Help">
                    {hints
                        .into_iter()
                        .map(|h| {
                            let fix = h.fix.map(|f| {
                                let source = f.source;
                                view! {
                                    <button
                                        class="mini hint-fix"
                                        data-testid="hint-fix"
                                        on:click=move |_| {
                                            if let Some(cb) = on_fix {
                                                cb.run(source.clone());
                                            }
                                        }
                                    >
                                        {f.label}
                                    </button>
                                }
                            });
                            view! {
                                <p class="hint">
                                    <span class="hint-text">{h.text}</span>
                                    " "
                                    {fix}
                                </p>
                            }
                        })
                        .collect_view()}
                </div>
            }
        })
    };
    view! {
        <section class="pane console-pane" aria-label="Console">
            <div class="pane-title console-head">
                <h2 class="console-heading">"Console"</h2>
                <span class="console-network" data-testid="network-mode">
                    {move || network.map(|n| n.get()).unwrap_or_default()}
                </span>
                <span class="console-tools">
                    <button
                        class="mini"
                        data-testid="console-copy"
                        title="Copy all the output"
                        disabled=empty
                        on:click=copy_all
                    >
                        {move || if copied.get() { "Copied ✓" } else { "Copy all" }}
                    </button>
                    <button
                        class="mini"
                        data-testid="console-download"
                        title=move || format!("Download all the output ({})", draw::size(lines.with(ConsoleLog::bytes)))
                        disabled=empty
                        on:click=download
                    >
                        "Download"
                    </button>
                </span>
            </div>
            // A live log: a screen reader hears new output while it follows the end;
            // keyboard users can scroll it. Rows are drawn by hand (`Screen`).
            <pre
                class="console"
                data-testid="console"
                role="log"
                aria-live="polite"
                aria-label="Program output"
                tabindex="0"
                node_ref=pre
                on:scroll=on_scroll
                on:copy=on_copy
                on:keydown=on_key
                on:click=on_click
            ></pre>
            {hint_view}
        </section>
    }
}
