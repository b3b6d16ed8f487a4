//! The comparison: how long the program takes as written, next to the same work done
//! sequentially — an authored sequential version from the gallery when there is one,
//! otherwise a "what if sequential" run in which `gather`, `create_task` and `TaskGroup`
//! children run one after another. Both on the virtual clock, so the figures are exact.

use leptos::prelude::*;

/// One side of a comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Measured {
    pub label: String,
    /// Seconds on the run's clock; `None` when it did not finish cleanly.
    pub seconds: Option<f64>,
    /// Why it has no figure (its last stderr line).
    pub problem: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Comparison {
    None,
    Running,
    Done {
        concurrent: Measured,
        sequential: Measured,
    },
}

/// "2.0× faster", or what kept the comparison from a figure.
pub fn verdict(concurrent: &Measured, sequential: &Measured) -> String {
    match (concurrent.seconds, sequential.seconds) {
        (Some(c), Some(s)) if c > 0.0 => {
            let ratio = s / c;
            if ratio >= 1.05 {
                format!("as written it is {ratio:.1}× faster than sequential")
            } else if ratio <= 0.95 {
                format!(
                    "as written it is {:.1}× slower than sequential",
                    1.0 / ratio
                )
            } else {
                "about the same: this program gains nothing from concurrency".into()
            }
        }
        (Some(_), Some(_)) => "both finish at once".into(),
        (_, None) => format!(
            "the sequential version did not finish: {}",
            sequential.problem.clone().unwrap_or_default()
        ),
        (None, _) => format!(
            "the program did not finish: {}",
            concurrent.problem.clone().unwrap_or_default()
        ),
    }
}

#[component]
pub fn Compare(
    state: Signal<Comparison>,
    /// The authored sequential version's title, when the program has one.
    authored: Signal<Option<String>>,
    on_compare: impl Fn() + Copy + 'static,
) -> impl IntoView {
    let bar = |m: Measured, longest: f64, class: &'static str| {
        let width = m.seconds.map_or(0.0, |s| {
            if longest > 0.0 {
                s / longest * 100.0
            } else {
                0.0
            }
        });
        let figure = m.seconds.map_or("—".to_string(), |s| format!("{s:.3} s"));
        view! {
            <div class=format!("bar-row {class}")>
                <span class="bar-label">{m.label}</span>
                <span class="bar-track">
                    <span class="bar" style=format!("width:{width:.2}%")></span>
                </span>
                <span class="bar-figure" data-testid=format!("compare-{class}")>{figure}</span>
            </div>
        }
    };
    view! {
        <div class="compare" data-testid="compare">
            <div class="inspector-bar">
                <button
                    data-testid="compare-run"
                    disabled=move || state.get() == Comparison::Running
                    on:click=move |_| on_compare()
                >
                    "Compare with sequential"
                </button>
                <span class="hint">
                    {move || match authored.get() {
                        Some(title) => format!("against the gallery's sequential version: {title}"),
                        None => "against a “what if sequential” run: each child task starts when the one before it has finished".into(),
                    }}
                </span>
            </div>
            {move || match state.get() {
                Comparison::None => view! { <p class="empty">"Both runs use the virtual clock, so the times are exact and instant."</p> }.into_any(),
                Comparison::Running => view! { <p class="empty">"Running both versions…"</p> }.into_any(),
                Comparison::Done { concurrent, sequential } => {
                    let longest = concurrent.seconds.unwrap_or(0.0).max(sequential.seconds.unwrap_or(0.0));
                    let text = verdict(&concurrent, &sequential);
                    view! {
                        <div class="bars">
                            {bar(concurrent, longest, "concurrent")}
                            {bar(sequential, longest, "sequential")}
                        </div>
                        <p class="verdict" data-testid="compare-verdict">{text}</p>
                    }
                    .into_any()
                }
            }}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(seconds: Option<f64>) -> Measured {
        Measured {
            label: String::new(),
            seconds,
            problem: Some("RuntimeError: deadlock".into()),
        }
    }

    #[test]
    fn verdicts_name_the_speed_up_or_the_problem() {
        assert_eq!(
            verdict(&m(Some(0.3)), &m(Some(0.6))),
            "as written it is 2.0× faster than sequential"
        );
        assert_eq!(
            verdict(&m(Some(1.0)), &m(Some(1.0))),
            "about the same: this program gains nothing from concurrency"
        );
        assert!(verdict(&m(Some(1.0)), &m(None)).contains("deadlock"));
    }
}
