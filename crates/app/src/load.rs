//! The Load panel: N requests to the run's server all at once, and how they fared — how
//! many succeeded, by status; latency min / p50 / p90 / p99 / max; the wall time of the
//! whole volley; one bar per request. The lesson: a `time.sleep` in an `async def`
//! endpoint makes the requests wait for each other (a staircase of bars, a wall time of
//! N × the sleep), where a `def` endpoint (threads) or a truly async one overlaps them;
//! each request is a task on the timeline, so the lanes show it too.

use crate::requests::{duration, port_for, target_of, MethodAndPath, ServingNote};
use leptos::prelude::*;
use loopscope_web::{HttpRequest, RunHandle};
use std::cell::RefCell;
use std::rc::Rc;

/// How many requests a volley sends unless told otherwise, and at most.
pub const DEFAULT_COUNT: usize = 20;
pub const MAX_COUNT: usize = 500;

/// What came of one request: its status and latency (ms), or why there was no answer
/// and when that was known.
pub type Outcome = Result<(u16, f64), (String, f64)>;

/// A volley and what came of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Volley {
    pub method: String,
    pub target: String,
    /// In the order the requests were sent.
    pub outcomes: Vec<Outcome>,
    /// From sending the first request to the last answer (ms).
    pub wall_ms: f64,
}

/// A volley's figures.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// Answered with a 2xx status.
    pub succeeded: usize,
    /// Answers by status, lowest status first.
    pub by_status: Vec<(u16, usize)>,
    /// Requests with no answer at all, and the first reason.
    pub failed: usize,
    pub first_failure: Option<String>,
    /// Latency over the answered requests (ms): min, p50, p90, p99, max.
    pub latency: Option<[f64; 5]>,
}

/// The nearest-rank percentile `q` (0–1) of sorted `values`.
pub fn percentile(sorted: &[f64], q: f64) -> f64 {
    let n = sorted.len();
    let rank = (q * n as f64).ceil() as usize;
    sorted[rank.clamp(1, n) - 1]
}

pub fn summarize(outcomes: &[Outcome]) -> Summary {
    let mut by_status: Vec<(u16, usize)> = Vec::new();
    let mut latencies = Vec::new();
    let mut failed = 0;
    let mut first_failure = None;
    for outcome in outcomes {
        match outcome {
            Ok((status, ms)) => {
                match by_status.iter_mut().find(|(s, _)| s == status) {
                    Some((_, n)) => *n += 1,
                    None => by_status.push((*status, 1)),
                }
                latencies.push(*ms);
            }
            Err((why, _)) => {
                failed += 1;
                first_failure.get_or_insert_with(|| why.clone());
            }
        }
    }
    by_status.sort_unstable();
    latencies.sort_by(f64::total_cmp);
    let latency = (!latencies.is_empty()).then(|| {
        [
            latencies[0],
            percentile(&latencies, 0.5),
            percentile(&latencies, 0.9),
            percentile(&latencies, 0.99),
            latencies[latencies.len() - 1],
        ]
    });
    Summary {
        succeeded: by_status
            .iter()
            .filter(|(s, _)| (200..300).contains(s))
            .map(|(_, n)| n)
            .sum(),
        by_status,
        failed,
        first_failure,
        latency,
    }
}

/// The count box's text as a volley's size: 1 to `MAX_COUNT`.
pub fn count_of(text: &str) -> usize {
    text.trim()
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite())
        .map_or(DEFAULT_COUNT, |n| {
            (n.round().max(1.0) as usize).min(MAX_COUNT)
        })
}

#[component]
pub fn Load(
    handle: StoredValue<RunHandle, LocalStorage>,
    serving: Signal<Vec<u16>>,
    running: Signal<bool>,
    run_number: Signal<u32>,
    /// Shows the timeline, where each request's task has its lane.
    on_timeline: Callback<()>,
) -> impl IntoView {
    let method = RwSignal::new("GET".to_string());
    let path = RwSignal::new("/".to_string());
    let count_text = RwSignal::new(DEFAULT_COUNT.to_string());
    let picked = RwSignal::new(None::<u16>);
    // While a volley is out: answered so far, and how many were sent.
    let progress = RwSignal::new(None::<(usize, usize)>);
    let result = RwSignal::new(None::<Volley>);
    Effect::new(move |_| {
        run_number.track();
        progress.set(None);
        result.set(None);
    });
    let port = move || port_for(&serving.get(), picked.get());

    let fire = move || {
        let Some(port) = untrack(port) else {
            return;
        };
        if progress.get_untracked().is_some() {
            return;
        }
        let n = count_of(&count_text.get_untracked());
        count_text.set(n.to_string());
        let method_now = method.get_untracked();
        let request = HttpRequest {
            method: method_now.clone(),
            target: target_of(&path.get_untracked()),
            headers: Vec::new(),
            body: Vec::new(),
        };
        result.set(None);
        progress.set(Some((0, n)));
        let run = run_number.get_untracked();
        let slots: Rc<RefCell<Vec<Option<Outcome>>>> = Rc::new(RefCell::new(vec![None; n]));
        let began = js_sys::Date::now();
        let handle = handle.get_value();
        for i in 0..n {
            let (handle, request, slots, method_now) = (
                handle.clone(),
                request.clone(),
                slots.clone(),
                method_now.clone(),
            );
            leptos::task::spawn_local(async move {
                let outcome = match loopscope_web::request(&handle, port, &request).await {
                    Ok(answer) => Ok((answer.status, answer.elapsed_ms)),
                    Err(why) => Err((why, js_sys::Date::now() - began)),
                };
                if run_number.try_get_untracked() != Some(run) {
                    return;
                }
                let answered = {
                    let mut slots = slots.borrow_mut();
                    slots[i] = Some(outcome);
                    slots.iter().filter(|s| s.is_some()).count()
                };
                if answered < n {
                    progress.try_set(Some((answered, n)));
                    return;
                }
                let outcomes = slots.borrow_mut().drain(..).flatten().collect();
                result.try_set(Some(Volley {
                    method: method_now,
                    target: request.target,
                    outcomes,
                    wall_ms: js_sys::Date::now() - began,
                }));
                progress.try_set(None);
            });
        }
    };

    view! {
        <div class="load" data-testid="load">
            <ServingNote serving=serving running=running picked=picked who="load" />
            <form
                class="request-form"
                aria-label="Load"
                on:submit=move |ev| {
                    ev.prevent_default();
                    fire();
                }
            >
                <div class="request-line">
                    <MethodAndPath method=method path=path testid="load" />
                    <label class="field">
                        <span class="field-name">"Requests"</span>
                        <input
                            type="number"
                            class="count"
                            data-testid="load-count"
                            min="1"
                            max=MAX_COUNT.to_string()
                            prop:value=move || count_text.get()
                            on:input=move |ev| count_text.set(event_target_value(&ev))
                        />
                    </label>
                    <button
                        type="submit"
                        class="run"
                        data-testid="load-fire"
                        disabled=move || port().is_none() || progress.get().is_some()
                    >
                        "Fire"
                    </button>
                </div>
                <p class="hint">
                    "All the requests go at once, each on a connection of its own. A blocking call such as "
                    <code>"time.sleep"</code>
                    " in an "
                    <code>"async def"</code>
                    " endpoint makes them wait for each other; a "
                    <code>"def"</code>
                    " endpoint (run on threads) or one that awaits overlaps them."
                </p>
            </form>
            <p class="hint" data-testid="load-progress" role="status">
                {move || {
                    progress
                        .get()
                        .map(|(done, n)| format!("{done} of {n} answered…"))
                        .unwrap_or_default()
                }}
            </p>
            {move || result.get().map(|volley| volley_view(volley, on_timeline))}
        </div>
    }
}

/// A volley's figures and bars.
fn volley_view(volley: Volley, on_timeline: Callback<()>) -> impl IntoView {
    let summary = summarize(&volley.outcomes);
    let n = volley.outcomes.len();
    let statuses = summary
        .by_status
        .iter()
        .map(|(s, k)| format!("{s} ×{k}"))
        .collect::<Vec<_>>()
        .join(", ");
    let failed = (summary.failed > 0).then(|| {
        format!(
            "; {} without an answer ({})",
            summary.failed,
            summary.first_failure.clone().unwrap_or_default()
        )
    });
    let figures = summary.latency.map(|l| {
        ["min", "p50", "p90", "p99", "max"]
            .into_iter()
            .zip(l)
            .map(|(name, ms)| {
                view! {
                    <div class="figure">
                        <dt>{name}</dt>
                        <dd data-testid=format!("load-{name}") data-ms=format!("{ms:.1}")>
                            {duration(ms)}
                        </dd>
                    </div>
                }
            })
            .collect_view()
    });
    // One bar a request, in the order they were sent, as tall as its latency.
    let longest = volley
        .outcomes
        .iter()
        .map(|o| match o {
            Ok((_, ms)) | Err((_, ms)) => *ms,
        })
        .fold(0.0, f64::max)
        .max(1.0);
    let bars = volley
        .outcomes
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let (ms, tip, class) = match o {
                Ok((status, ms)) => (
                    *ms,
                    format!("#{}: {status} in {}", i + 1, duration(*ms)),
                    if (200..400).contains(status) {
                        "req-bar"
                    } else {
                        "req-bar warn"
                    },
                ),
                Err((why, ms)) => (*ms, format!("#{}: no answer ({why})", i + 1), "req-bar bad"),
            };
            let height = (ms / longest * 100.0).max(1.0);
            view! { <span class=class style=format!("height: {height:.1}%") title=tip></span> }
        })
        .collect_view();
    let described = format!(
        "{n} requests in the order sent, each bar as tall as its latency; the longest took {}",
        duration(longest)
    );
    view! {
        <section class="volley" aria-label="Load results" data-testid="load-results">
            <p class="volley-head">
                <span data-testid="load-summary">
                    {format!(
                        "{} {}: {} of {n} succeeded",
                        volley.method,
                        volley.target,
                        summary.succeeded,
                    )}
                </span>
                {(!statuses.is_empty()).then(|| {
                    view! {
                        " · by status: "
                        <span data-testid="load-statuses">{statuses}</span>
                    }
                })}
                {failed}
                " · all in "
                <strong data-testid="load-total" data-ms=format!("{:.1}", volley.wall_ms)>
                    {duration(volley.wall_ms)}
                </strong>
            </p>
            <dl class="figures" aria-label="Latency">
                {figures}
            </dl>
            <div class="load-bars" data-testid="load-bars" role="img" aria-label=described>
                {bars}
            </div>
            <p class="hint">
                "Each request ran as a task of the program: "
                <button type="button" class="link-button" data-testid="load-to-timeline" on:click=move |_| on_timeline.run(())>
                    "see them on the timeline"
                </button>
                " — side by side when they overlapped, one after another when they waited for each other."
            </p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_by_nearest_rank() {
        let v: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!(percentile(&v, 0.5), 50.0);
        assert_eq!(percentile(&v, 0.9), 90.0);
        assert_eq!(percentile(&v, 0.99), 99.0);
        assert_eq!(percentile(&[7.0], 0.99), 7.0);
        let ten: Vec<f64> = (1..=10).map(f64::from).collect();
        assert_eq!(percentile(&ten, 0.99), 10.0);
        assert_eq!(percentile(&ten, 0.5), 5.0);
    }

    #[test]
    fn a_volley_summed_up() {
        let s = summarize(&[
            Ok((200, 30.0)),
            Ok((500, 10.0)),
            Err(("refused".into(), 5.0)),
            Ok((200, 20.0)),
        ]);
        assert_eq!(s.succeeded, 2);
        assert_eq!(s.by_status, [(200, 2), (500, 1)]);
        assert_eq!((s.failed, s.first_failure.as_deref()), (1, Some("refused")));
        assert_eq!(s.latency, Some([10.0, 20.0, 30.0, 30.0, 30.0]));
        assert_eq!(summarize(&[Err(("x".into(), 1.0))]).latency, None);
    }

    #[test]
    fn counts_are_kept_in_range() {
        assert_eq!(count_of("10"), 10);
        assert_eq!(count_of(""), DEFAULT_COUNT);
        assert_eq!(count_of("0"), 1);
        assert_eq!(count_of("9999"), MAX_COUNT);
        assert_eq!(count_of("2.6"), 3);
    }
}
