//! The timeline panel: a lane per task, thread, HTTP fetch and the loop, drawn from a
//! run's trace. Running spans are solid, waiting spans light and labelled with what the
//! task awaits where they are wide enough (hover says more), blocked spans red, fetches
//! half-tone; ticks mark cancellations, exceptions and results. A lane is named by its
//! task and the coroutine it runs; a legend says what the colours mean.
//!
//! Drawn on a canvas, only the lanes in view, so thousands of tasks stay smooth. Zoom
//! with Ctrl/⌘ + wheel or the buttons, pan by dragging (or Shift + wheel), double-click
//! to fit. During a live run the picture grows; it follows the run until you zoom.
//!
//! A compact timeline (embedded examples, Compare's pair) keeps its legend behind a
//! "Legend" button and gives lane names a narrower column. Several timelines can share
//! one time scale (`scale`): each is drawn over that many seconds, so a shorter run ends
//! short of the right edge.

pub mod model;

use leptos::prelude::*;
use model::{Lane, MarkKind, SpanKind, Timeline as Model};
use wasm_bindgen::JsCast;

/// Height of one lane, and of the time axis above them (CSS pixels).
const ROW: f64 = 22.0;
const AXIS: f64 = 20.0;
/// Width of the lane names' column; narrower in a compact timeline.
const NAMES: f64 = 150.0;
const COMPACT_NAMES: f64 = 112.0;
/// Narrowest view, in seconds (100 µs), so zooming in always shows something.
const MIN_SPAN: f64 = 1e-4;

/// The visible window of time.
#[derive(Clone, Copy, Debug, PartialEq)]
struct View {
    t0: f64,
    t1: f64,
    /// False once the person zoomed or panned: stop following the run.
    follow: bool,
}

impl View {
    fn fit(end: f64) -> View {
        View {
            t0: 0.0,
            t1: end.max(MIN_SPAN),
            follow: true,
        }
    }

    /// Zooms by `factor` (< 1: in) keeping time `at` under the same pixel.
    fn zoom(self, factor: f64, at: f64, end: f64) -> View {
        let span = ((self.t1 - self.t0) * factor).clamp(MIN_SPAN, end.max(MIN_SPAN) * 1.05);
        let frac = if self.t1 > self.t0 {
            (at - self.t0) / (self.t1 - self.t0)
        } else {
            0.5
        };
        let t0 = at - frac * span;
        View {
            t0,
            t1: t0 + span,
            follow: false,
        }
        .clamped(end)
    }

    fn pan(self, dt: f64, end: f64) -> View {
        View {
            t0: self.t0 + dt,
            t1: self.t1 + dt,
            follow: false,
        }
        .clamped(end)
    }

    fn clamped(self, end: f64) -> View {
        let span = self.t1 - self.t0;
        let max_t0 = (end - span).max(0.0);
        let t0 = self.t0.clamp(0.0, max_t0.max(0.0));
        View {
            t0,
            t1: t0 + span,
            follow: self.follow,
        }
    }
}

/// Tick spacing for about `target` ticks across `span` seconds: 1, 2 or 5 × 10ⁿ.
fn tick_step(span: f64, target: f64) -> f64 {
    let raw = (span / target).max(1e-9);
    let base = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * base)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * base)
}

/// The visible window, with as many decimals as tell its ends apart.
fn range_text(t0: f64, t1: f64) -> String {
    let span = (t1 - t0).max(1e-9);
    let decimals = ((-span.log10()).ceil() as i32 + 2).clamp(3, 9) as usize;
    format!("{t0:.decimals$} – {t1:.decimals$} s")
}

fn format_time(t: f64, step: f64) -> String {
    let decimals = (-step.log10().floor()).clamp(0.0, 6.0) as usize;
    format!("{t:.decimals$} s")
}

/// What is under the pointer in a lane at time `t`, within `slack` seconds.
fn describe_at(lane: &Lane, t: f64, slack: f64) -> Option<String> {
    if let Some(m) = lane.marks.iter().find(|m| (m.at - t).abs() <= slack) {
        return Some(format!("{}: {} at {:.3} s", lane.name, m.text, m.at));
    }
    let hit = |kind: &SpanKind| {
        lane.spans
            .iter()
            .filter(|s| &s.kind == kind)
            .find(|s| s.start - slack <= t && t <= s.end + slack)
    };
    let span = hit(&SpanKind::Blocked)
        .or_else(|| hit(&SpanKind::Running))
        .or_else(|| hit(&SpanKind::Fetch))
        .or_else(|| hit(&SpanKind::GilWait))
        .or_else(|| hit(&SpanKind::Waiting))?;
    Some(format!(
        "{}: {} ({:.3}–{:.3} s)",
        lane.name, span.label, span.start, span.end
    ))
}

struct Colors {
    accent: String,
    blocked: String,
    text: String,
    muted: String,
    track: String,
    /// Text on a solid span.
    on_accent: String,
    /// A result's tick.
    ok: String,
    /// Waiting for the GIL; a cancellation's tick.
    warn: String,
}

fn colors(el: &web_sys::Element) -> Colors {
    let style = web_sys::window().and_then(|w| w.get_computed_style(el).ok().flatten());
    let get = |name: &str, fallback: &str| {
        style
            .as_ref()
            .and_then(|s| s.get_property_value(name).ok())
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| fallback.to_string())
    };
    Colors {
        accent: get("--ls-accent", "#2f6fde"),
        blocked: get("--ls-stderr", "#b42318"),
        text: get("--ls-text", "#1d1d1f"),
        muted: get("--ls-muted", "#6b6b70"),
        track: get("--ls-border", "#dcdcd8"),
        on_accent: "#ffffff".to_string(),
        ok: get("--ls-ok", "#2d7a36"),
        warn: get("--ls-warn", "#a8520b"),
    }
}

/// `text` cut to `width` pixels, with an ellipsis when it was cut.
fn fit_text(ctx: &web_sys::CanvasRenderingContext2d, text: &str, width: f64) -> String {
    let w = |s: &str| ctx.measure_text(s).map_or(0.0, |m| m.width());
    if w(text) <= width {
        return text.to_string();
    }
    let mut cut: String = text.to_string();
    while cut.pop().is_some() {
        let shown = format!("{cut}…");
        if w(&shown) <= width {
            return shown;
        }
    }
    String::new()
}

/// Draws the lanes in view on `canvas`, names in the first `names` pixels.
fn draw(canvas: &web_sys::HtmlCanvasElement, m: &Model, view: View, scroll_top: f64, names: f64) {
    let Some(ctx) = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
    else {
        return;
    };
    let dpr = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio());
    let width = f64::from(canvas.client_width());
    let height = f64::from(canvas.client_height());
    let (pw, ph) = ((width * dpr) as u32, (height * dpr) as u32);
    if canvas.width() != pw || canvas.height() != ph {
        canvas.set_width(pw);
        canvas.set_height(ph);
    }
    let _ = ctx.set_transform(dpr, 0.0, 0.0, dpr, 0.0, 0.0);
    ctx.clear_rect(0.0, 0.0, width, height);
    if m.lanes.is_empty() {
        return;
    }
    let c = colors(canvas);
    let track_w = (width - names - 8.0).max(10.0);
    let span = (view.t1 - view.t0).max(MIN_SPAN);
    let x_of = |t: f64| names + (t - view.t0) / span * track_w;
    ctx.set_font("11px ui-monospace, Menlo, Consolas, monospace");
    ctx.set_text_baseline("middle");

    // Notebook cells: a faint line across every lane where each one begins.
    ctx.set_global_alpha(0.35);
    ctx.set_fill_style_str(&c.text);
    for mark in m.lanes.iter().flat_map(|l| &l.marks) {
        if mark.kind == MarkKind::Cell && mark.at >= view.t0 && mark.at <= view.t1 {
            ctx.fill_rect(x_of(mark.at) - 0.5, AXIS, 1.0, height - AXIS);
        }
    }
    ctx.set_global_alpha(1.0);
    let first = ((scroll_top / ROW).floor() as usize).min(m.lanes.len());
    let visible = ((height - AXIS) / ROW).ceil() as usize + 1;
    for (i, lane) in m.lanes.iter().enumerate().skip(first).take(visible) {
        let y = AXIS + i as f64 * ROW - scroll_top;
        ctx.set_global_alpha(0.35);
        ctx.set_fill_style_str(&c.track);
        ctx.fill_rect(names, y + 4.0, track_w, ROW - 8.0);
        for s in &lane.spans {
            if s.end < view.t0 || s.start > view.t1 {
                continue;
            }
            let (x0, x1) = (x_of(s.start).max(names), x_of(s.end).min(names + track_w));
            let (color, alpha) = match s.kind {
                SpanKind::Running => (&c.accent, 1.0),
                SpanKind::Waiting => (&c.accent, 0.22),
                SpanKind::Blocked => (&c.blocked, 1.0),
                SpanKind::Fetch => (&c.accent, 0.55),
                SpanKind::GilWait => (&c.warn, 0.4),
            };
            ctx.set_global_alpha(alpha);
            ctx.set_fill_style_str(color);
            ctx.fill_rect(x0, y + 4.0, (x1 - x0).max(1.0), ROW - 8.0);
            // What a wait or a block is, written in it when it fits.
            let text = match s.kind {
                SpanKind::Waiting => s.label.strip_prefix("awaiting ").unwrap_or(&s.label),
                SpanKind::Blocked => s.label.as_str(),
                SpanKind::Running | SpanKind::Fetch | SpanKind::GilWait => "",
            };
            if !text.is_empty() && x1 - x0 > 24.0 {
                let fits = ctx
                    .measure_text(text)
                    .is_ok_and(|m| m.width() + 8.0 <= x1 - x0);
                if fits {
                    ctx.set_global_alpha(1.0);
                    let ink = if s.kind == SpanKind::Blocked {
                        &c.on_accent
                    } else {
                        &c.text
                    };
                    ctx.set_fill_style_str(ink);
                    let _ = ctx.fill_text(text, x0 + 4.0, y + ROW / 2.0);
                }
            }
        }
        // Ticks: a result green, an exception red, a cancellation amber; a cancel
        // request is a short amber tick above the lane's middle.
        ctx.set_global_alpha(1.0);
        for m in &lane.marks {
            if m.at < view.t0 || m.at > view.t1 {
                continue;
            }
            let (color, top, height) = match m.kind {
                MarkKind::Result => (&c.ok, 1.0, ROW - 2.0),
                MarkKind::Exception => (&c.blocked, 1.0, ROW - 2.0),
                MarkKind::Cancelled => (&c.warn, 1.0, ROW - 2.0),
                MarkKind::CancelRequested => (&c.warn, 1.0, ROW / 2.0 - 1.0),
                MarkKind::Stuck => (&c.blocked, 1.0, ROW - 2.0),
                MarkKind::Cell => (&c.text, 0.0, ROW),
                MarkKind::Slow => (&c.blocked, ROW / 2.0 + 1.0, ROW / 2.0 - 2.0),
            };
            ctx.set_fill_style_str(color);
            ctx.fill_rect(x_of(m.at) - 1.5, y + top, 3.0, height);
            if m.kind == MarkKind::Stuck {
                // A deadlock: a bar across the end of the lane, to be found at a glance.
                ctx.fill_rect(x_of(m.at) - 7.0, y + ROW / 2.0 - 1.5, 14.0, 3.0);
            }
        }
        // The name, then what runs in the lane (a task's coroutine) as far as it fits.
        ctx.set_fill_style_str(&c.text);
        let _ = ctx.fill_text_with_max_width(&lane.name, 4.0, y + ROW / 2.0, names - 12.0);
        let name_w = ctx.measure_text(&lane.name).map_or(names, |m| m.width());
        let room = names - 12.0 - name_w - 6.0;
        if !lane.detail.is_empty() && room > 20.0 {
            ctx.set_fill_style_str(&c.muted);
            let detail = fit_text(&ctx, &lane.detail, room);
            let _ = ctx.fill_text(&detail, 4.0 + name_w + 6.0, y + ROW / 2.0);
        }
    }

    // The time axis, drawn last so lanes scroll under it.
    ctx.set_global_alpha(1.0);
    ctx.clear_rect(0.0, 0.0, width, AXIS);
    // Round steps about 90 px apart, further when the labels are wider than that (a run
    // that lasts microseconds needs many decimals).
    let mut step = tick_step(span, (track_w / 90.0).max(2.0));
    let widest = ctx
        .measure_text(&format_time(view.t1, step))
        .map_or(0.0, |m| m.width());
    if (widest + 16.0) > step / span * track_w {
        step = tick_step(span, (track_w / (widest + 24.0)).max(1.0));
    }
    let mut t = (view.t0 / step).ceil() * step;
    ctx.set_fill_style_str(&c.muted);
    let mut drawn_to = f64::NEG_INFINITY;
    while t <= view.t1 + 1e-12 {
        let x = x_of(t);
        ctx.fill_rect(x, AXIS - 5.0, 1.0, 5.0);
        let label = format_time(t, step);
        // The last label would run off the right edge: it ends at the tick instead.
        let w = ctx.measure_text(&label).map_or(0.0, |m| m.width());
        let lx = if x + 3.0 + w > width {
            x - 3.0 - w
        } else {
            x + 3.0
        };
        if lx < drawn_to + 6.0 {
            t += step;
            continue;
        }
        drawn_to = lx + w;
        let _ = ctx.fill_text(&label, lx, AXIS / 2.0);
        t += step;
    }
}

/// The legend: what the colours and ticks mean.
fn legend() -> impl IntoView {
    view! {
        <span class="timeline-legend" aria-label="Legend">
            <span class="key running">"running"</span>
            <span class="key waiting">"waiting"</span>
            <span class="key gil">"waiting for the GIL"</span>
            <span class="key blocked">"loop blocked"</span>
            <span class="key fetch">"request"</span>
            <span class="key mark result">"returned"</span>
            <span class="key mark raised">"raised"</span>
            <span class="key mark cancelled">"cancelled"</span>
            <span class="key mark stuck">"stuck (deadlock)"</span>
            <span class="key mark slow">"slow callback (debug mode)"</span>
            <span class="key mark cell">"notebook cell begins"</span>
        </span>
    }
}

#[component]
pub fn Timeline(
    model: Signal<Model>,
    /// False while another view's tab is showing (the canvas has no size then).
    visible: Signal<bool>,
    /// Seconds the fitted view spans when the run is shorter: timelines side by side
    /// share a scale, so a shorter run visibly ends earlier.
    #[prop(optional, into)]
    scale: Option<Signal<f64>>,
    /// The legend behind a toggle and a narrower names column, for small spaces.
    #[prop(optional)]
    compact: bool,
    /// The `data-testid` of the timeline (default `timeline`).
    #[prop(optional)]
    testid: Option<&'static str>,
) -> impl IntoView {
    let names = if compact { COMPACT_NAMES } else { NAMES };
    // The time a fitted view spans: the run's, or the shared scale when that is longer.
    let full = move |end: f64| scale.map_or(end, |s| s.get().max(end));
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    let scroller = NodeRef::<leptos::html::Div>::new();
    let (view, set_view) = signal(View::fit(0.0));
    let (scroll_top, set_scroll_top) = signal(0.0f64);
    let (resized, set_resized) = signal(0u32);
    let (tip, set_tip) = signal(None::<(f64, f64, String)>);
    let drag = StoredValue::new(None::<(f64, View)>);

    // Follow the run (fit to its end) until the person takes over.
    Effect::new(move |_| {
        let end = full(model.with(|m| m.end));
        if view.get_untracked().follow {
            set_view.set(View::fit(end));
        }
    });
    let handle =
        window_event_listener(leptos::ev::resize, move |_| set_resized.update(|n| *n += 1));
    on_cleanup(move || handle.remove());
    Effect::new(move |_| {
        resized.track();
        if !visible.get() {
            return;
        }
        let top = scroll_top.get();
        let v = view.get();
        if let (Some(c), Some(sc)) = (canvas.get(), scroller.get()) {
            // The canvas fills the scroller's viewport and stays put (sticky) while the
            // lanes scroll under it.
            let height = format!("{}px", sc.client_height());
            let style = web_sys::HtmlElement::style(&c);
            if style.get_property_value("height").ok().as_deref() != Some(height.as_str()) {
                let _ = style.set_property("height", &height);
            }
            model.with(|m| draw(&c, m, v, top, names));
        }
    });

    let end = move || untrack(|| full(model.with(|m| m.end)));
    let time_at = move |x: f64| -> Option<f64> {
        let c = canvas.get_untracked()?;
        let track_w = (f64::from(c.client_width()) - names - 8.0).max(10.0);
        let v = view.get_untracked();
        Some(v.t0 + (x - names) / track_w * (v.t1 - v.t0))
    };
    let on_wheel = move |ev: leptos::ev::WheelEvent| {
        let end = end();
        if ev.ctrl_key() || ev.meta_key() {
            ev.prevent_default();
            let at = time_at(f64::from(ev.offset_x())).unwrap_or(0.0);
            let factor = if ev.delta_y() < 0.0 { 0.8 } else { 1.25 };
            set_view.update(|v| *v = v.zoom(factor, at, end));
        } else if ev.shift_key() || ev.delta_x().abs() > ev.delta_y().abs() {
            ev.prevent_default();
            let v = view.get_untracked();
            let delta = if ev.delta_x() != 0.0 {
                ev.delta_x()
            } else {
                ev.delta_y()
            };
            let dt = delta / 600.0 * (v.t1 - v.t0);
            set_view.set(v.pan(dt, end));
        }
    };
    let on_down = move |ev: leptos::ev::MouseEvent| {
        if f64::from(ev.offset_x()) > names {
            drag.set_value(Some((f64::from(ev.client_x()), view.get_untracked())));
        }
    };
    let on_move = move |ev: leptos::ev::MouseEvent| {
        let (x, y) = (f64::from(ev.offset_x()), f64::from(ev.offset_y()));
        if let Some((x0, v0)) = drag.get_value() {
            if let Some(c) = canvas.get_untracked() {
                let track_w = (f64::from(c.client_width()) - names - 8.0).max(10.0);
                let dt = -(f64::from(ev.client_x()) - x0) / track_w * (v0.t1 - v0.t0);
                set_view.set(v0.pan(dt, end()));
            }
            return;
        }
        let row = ((y - AXIS + scroll_top.get_untracked()) / ROW).floor();
        let text = (y > AXIS && x > names && row >= 0.0)
            .then(|| {
                let t = time_at(x)?;
                let v = view.get_untracked();
                let slack = 3.0 / 1000.0f64.max(1.0) * (v.t1 - v.t0);
                model.with_untracked(|m| {
                    m.lanes
                        .get(row as usize)
                        .and_then(|lane| describe_at(lane, t, slack))
                })
            })
            .flatten();
        set_tip.set(text.map(|t| (x, y, t)));
    };
    let stop_drag = move |_| drag.set_value(None);
    let zoom_by = move |factor: f64| {
        let v = view.get_untracked();
        let mid = (v.t0 + v.t1) / 2.0;
        set_view.set(v.zoom(factor, mid, end()));
    };

    view! {
        <div
            class="timeline"
            class:compact=compact
            data-testid=testid.unwrap_or("timeline")
            data-lane-count=move || model.with(|m| m.lanes.len())
            data-end=move || model.with(|m| format!("{:.6}", m.end))
            data-scale=move || format!("{:.6}", full(model.with(|m| m.end)))
            data-names=names
        >
            <div class="view-tools">
                {if compact {
                    view! {
                        <details class="legend-toggle" data-testid="legend-toggle">
                            <summary>"Legend"</summary>
                            {legend()}
                        </details>
                    }
                    .into_any()
                } else {
                    legend().into_any()
                }}
                <span class="timeline-tools">
                    <span class="timeline-end" data-testid="timeline-range">
                        {move || {
                            let v = view.get();
                            let (empty, end) = model.with(|m| (m.lanes.is_empty(), m.end));
                            if empty {
                                String::new()
                            } else if end < 0.001 {
                                // A run that never waited (a deadlock at once, plain code):
                                // only its instructions' cost passed.
                                format!("the whole run took {:.0} µs", (end * 1e6).max(1.0))
                            } else {
                                range_text(v.t0, v.t1)
                            }
                        }}
                    </span>
                    <button class="mini" title="Zoom in (Ctrl/⌘ + wheel)" data-testid="zoom-in" on:click=move |_| zoom_by(0.5)>"+"</button>
                    <button class="mini" title="Zoom out" data-testid="zoom-out" on:click=move |_| zoom_by(2.0)>"−"</button>
                    <button class="mini" title="Fit the whole run (double-click)" data-testid="zoom-fit" on:click=move |_| set_view.set(View::fit(end()))>"Fit"</button>
                </span>
            </div>
            <Show when=move || model.with(|m| m.lanes.is_empty())>
                <p class="empty">"Run a program to see its tasks interleave."</p>
            </Show>
            <div
                class="timeline-scroll"
                node_ref=scroller
                on:scroll=move |_| {
                    if let Some(s) = scroller.get_untracked() {
                        set_scroll_top.set(f64::from(s.scroll_top()));
                    }
                }
            >
                <div
                    class="timeline-spacer"
                    style=move || format!("height:{}px", AXIS + model.with(|m| m.lanes.len()) as f64 * ROW)
                >
                    <canvas
                        class="timeline-canvas"
                        node_ref=canvas
                        aria-label="Task lanes over time"
                        on:wheel=on_wheel
                        on:mousedown=on_down
                        on:mousemove=on_move
                        on:mouseup=stop_drag
                        on:mouseleave=move |ev| {
                            stop_drag(ev);
                            set_tip.set(None);
                        }
                        on:dblclick=move |_| set_view.set(View::fit(end()))
                    ></canvas>
                </div>
                {move || {
                    tip.get()
                        .map(|(x, y, text)| {
                            let style = format!("left:{}px;top:{}px", x + 12.0, y + 14.0);
                            view! { <div class="timeline-tip" data-testid="timeline-tip" style=style>{text}</div> }
                        })
                }}
            </div>
            <LaneTable model=model />
        </div>
    }
}

/// Most lanes the table lists; a run with more says how many it left out.
const TABLE_LANES: usize = 200;

/// The timeline in words (its text alternative): a row per lane with the time it spent
/// in each state and what happened in it.
#[component]
fn LaneTable(model: Signal<Model>) -> impl IntoView {
    let secs = |x: f64| {
        if x > 0.0 {
            format!("{x:.3}")
        } else {
            String::new()
        }
    };
    view! {
        <Show when=move || model.with(|m| !m.lanes.is_empty())>
            <details class="timeline-table" data-testid="timeline-table">
                <summary>"Timeline as a table"</summary>
                <table>
                    <caption>
                        {move || model.with(|m| {
                            let more = m.lanes.len().saturating_sub(TABLE_LANES);
                            let rest = if more > 0 { format!(" (the first {TABLE_LANES}; {more} more not listed)") } else { String::new() };
                            format!("{} lanes over {:.3} s, in seconds{rest}", m.lanes.len(), m.end)
                        })}
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">"Lane"</th>
                            <th scope="col">"Runs"</th>
                            <th scope="col">"Running"</th>
                            <th scope="col">"Waiting"</th>
                            <th scope="col">"Waiting for the GIL"</th>
                            <th scope="col">"Loop blocked"</th>
                            <th scope="col">"Request"</th>
                            <th scope="col">"Events"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || model.with(|m| {
                            m.lanes
                                .iter()
                                .take(TABLE_LANES)
                                .map(|lane| {
                                    let sum = lane.summary();
                                    view! {
                                        <tr>
                                            <th scope="row">{lane.name.clone()}</th>
                                            <td>{lane.detail.clone()}</td>
                                            <td>{secs(sum.running)}</td>
                                            <td>{secs(sum.waiting)}</td>
                                            <td>{secs(sum.gil_wait)}</td>
                                            <td>{secs(sum.blocked)}</td>
                                            <td>{secs(sum.requests)}</td>
                                            <td>{sum.events.join("; ")}</td>
                                        </tr>
                                    }
                                })
                                .collect_view()
                        })}
                    </tbody>
                </table>
            </details>
        </Show>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zoom_keeps_the_time_under_the_pointer_and_stays_inside_the_run() {
        let v = View::fit(10.0);
        let z = v.zoom(0.5, 2.0, 10.0);
        assert!((z.t1 - z.t0 - 5.0).abs() < 1e-9);
        assert!(
            (z.t0 - 1.0).abs() < 1e-9,
            "2 s was 20% across and still is: {z:?}"
        );
        assert!(!z.follow);
        let p = z.pan(-100.0, 10.0);
        assert_eq!(p.t0, 0.0, "no panning before the run began");
        let q = z.pan(100.0, 10.0);
        assert!((q.t1 - 10.0).abs() < 1e-9, "nor past its end");
    }

    #[test]
    fn a_short_window_gets_enough_decimals() {
        assert_eq!(range_text(0.0, 2.5), "0.000 – 2.500 s");
        assert_eq!(range_text(0.0, 0.00012), "0.000000 – 0.000120 s");
    }

    #[test]
    fn ticks_are_round_numbers() {
        assert_eq!(tick_step(1.0, 5.0), 0.2);
        assert_eq!(tick_step(0.3, 3.0), 0.1);
        assert_eq!(format_time(0.25, 0.05), "0.25 s");
    }
}
