//! The gallery: our own examples for the five tutorials, grouped by document and section,
//! and the compact picker that loads one into the editor.
//!
//! The table comes from `examples/gallery.json` through `build.rs`, with each program and
//! CPython's output embedded; coming examples (network, process pool) are listed too, greyed
//! and not runnable, so a reader sees what is on its way.

use leptos::prelude::*;

/// Whether an example runs today or arrives with later work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Runs,
    Coming,
}

/// An authored pair: the same work written sequentially and concurrently.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pair {
    pub sequential: &'static str,
    pub concurrent: &'static str,
}

/// One of the five tutorials, in our words.
#[derive(Debug, PartialEq, Eq)]
pub struct Document {
    pub id: &'static str,
    pub title: &'static str,
}

/// One gallery entry; `source` is embedded for runnable examples. CPython's output
/// (`.exp`, `.err`) stays in `examples/`: only tests read it.
#[derive(Debug, PartialEq, Eq)]
pub struct Example {
    pub id: &'static str,
    /// The `Document::id` it belongs to.
    pub document: &'static str,
    pub section: &'static str,
    pub title: &'static str,
    /// One line: what the example teaches.
    pub lesson: &'static str,
    /// Its path under `examples/`.
    pub file: &'static str,
    pub status: Status,
    /// Why a coming example does not run yet (`network`, `process pool`).
    pub reason: Option<&'static str>,
    pub pair: Option<Pair>,
    /// Runs as a notebook (`"mode": "notebook"`): `# %%` cells on a running loop.
    pub notebook: bool,
    pub source: Option<&'static str>,
}

include!(concat!(env!("OUT_DIR"), "/gallery_table.rs"));

impl Example {
    /// Can be loaded and run now.
    pub fn runnable(&self) -> bool {
        self.status == Status::Runs && self.source.is_some()
    }

    /// `"sequential"` or `"concurrent"` for a member of an authored pair.
    pub fn pair_role(&self) -> Option<&'static str> {
        let pair = self.pair?;
        if pair.sequential == self.id {
            Some("sequential")
        } else if pair.concurrent == self.id {
            Some("concurrent")
        } else {
            None
        }
    }

    /// The other half of its pair.
    pub fn partner(&self) -> Option<&'static Example> {
        let pair = self.pair?;
        find(if pair.sequential == self.id {
            pair.concurrent
        } else {
            pair.sequential
        })
    }
}

/// The example with this id.
pub fn find(id: &str) -> Option<&'static Example> {
    EXAMPLES.iter().find(|e| e.id == id)
}

/// A section's title and its examples, in manifest order.
pub type Section = (&'static str, Vec<&'static Example>);

/// Documents in manifest order, each with its sections.
pub fn grouped() -> Vec<(&'static Document, Vec<Section>)> {
    DOCUMENTS
        .iter()
        .map(|doc| {
            let mut sections: Vec<Section> = Vec::new();
            for e in EXAMPLES.iter().filter(|e| e.document == doc.id) {
                match sections.last_mut() {
                    Some((title, list)) if *title == e.section => list.push(e),
                    _ => sections.push((e.section, vec![e])),
                }
            }
            (doc, sections)
        })
        .collect()
}

/// One entry of the picker: a button, disabled for coming examples.
fn entry(e: &'static Example, pick: impl Fn(&'static Example) + Copy + 'static) -> impl IntoView {
    let runnable = e.runnable();
    let pair_tag = e.pair_role().map(|role| {
        let hint = match e.partner() {
            Some(p) => format!("the {role} half of a pair; the other is “{}”", p.title),
            None => format!("the {role} half of a pair"),
        };
        let seq = if role == "sequential" { "on" } else { "" };
        let conc = if role == "concurrent" { "on" } else { "" };
        view! {
            <span class="pair-tag" title=hint>
                <span class=seq>"sequential"</span>" / "<span class=conc>"concurrent"</span>
            </span>
        }
    });
    let badge = (!runnable).then(|| {
        let why = e.reason.unwrap_or("later");
        view! { <span class="coming-badge">{format!("coming: {why}")}</span> }
    });
    view! {
        <li>
            <button
                class="gallery-entry"
                class:coming=!runnable
                data-example-id=e.id
                disabled=!runnable
                title=e.lesson
                on:click=move |_| pick(e)
            >
                <span class="entry-head">
                    <span class="entry-title">{e.title}</span>
                    {pair_tag}
                    {badge}
                </span>
                <span class="entry-lesson">{e.lesson}</span>
            </button>
        </li>
    }
}

/// The picker: a button that opens the gallery, grouped by document and section. Picking
/// a runnable example closes it and hands the example to `on_pick`.
#[component]
pub fn Gallery(on_pick: impl Fn(&'static Example) + Copy + 'static) -> impl IntoView {
    let (open, set_open) = signal(false);
    let (picked, set_picked) = signal(None::<&'static str>);
    let pick = move |e: &'static Example| {
        set_picked.set(Some(e.id));
        set_open.set(false);
        on_pick(e);
    };
    let label = move || {
        picked
            .get()
            .and_then(find)
            .map(|e| e.title)
            .unwrap_or("Examples")
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            set_open.set(false);
        }
    };
    view! {
        <div class="gallery" data-testid="gallery" on:keydown=on_keydown>
            <button
                class="gallery-toggle"
                data-testid="gallery-toggle"
                aria-haspopup="true"
                aria-expanded=move || open.get().to_string()
                on:click=move |_| set_open.update(|o| *o = !*o)
            >
                <span class="gallery-label">{label}</span>
                " ▾"
            </button>
            <nav
                class="gallery-panel"
                data-testid="gallery-panel"
                aria-label="Examples"
                hidden=move || !open.get()
            >
                    {grouped()
                        .into_iter()
                        .map(|(doc, sections)| {
                            view! {
                                <section class="gallery-doc" data-document=doc.id>
                                    <h3>{doc.title}</h3>
                                    {sections
                                        .into_iter()
                                        .map(|(title, examples)| {
                                            view! {
                                                <div class="gallery-section">
                                                    <h4>{title}</h4>
                                                    <ul>
                                                        {examples
                                                            .into_iter()
                                                            .map(|e| entry(e, pick))
                                                            .collect_view()}
                                                    </ul>
                                                </div>
                                            }
                                        })
                                        .collect_view()}
                                </section>
                            }
                        })
                        .collect_view()}
            </nav>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_runnable_example_carries_its_program_and_output() {
        assert!(EXAMPLES.len() > 50, "the whole gallery is embedded");
        for e in EXAMPLES {
            match e.status {
                Status::Runs => {
                    let exp = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                        .join("../../examples")
                        .join(e.file)
                        .with_extension("exp");
                    assert!(e.source.is_some() && exp.exists(), "{}", e.id);
                    assert!(e.runnable());
                }
                Status::Coming => {
                    assert!(e.reason.is_some() && e.source.is_none(), "{}", e.id);
                    assert!(!e.runnable());
                }
            }
        }
    }

    #[test]
    fn find_and_pairs() {
        let gather = find("tour-gather-three").expect("the gather example");
        assert!(gather.source.unwrap().contains("asyncio.gather"));
        assert_eq!(gather.pair_role(), Some("concurrent"));
        assert_eq!(
            gather.partner().map(|p| p.id),
            Some("tour-one-after-another")
        );
        assert_eq!(find("no-such-example"), None);
        let fetch = find("loop-fetch-pages").expect("the aiohttp example");
        assert!(
            fetch.runnable(),
            "network examples run on the simulated network"
        );
        assert_eq!(fetch.reason, None);
    }

    #[test]
    fn grouping_keeps_every_example_once_in_order() {
        let groups = grouped();
        assert_eq!(groups.len(), DOCUMENTS.len());
        let flat: Vec<&str> = groups
            .iter()
            .flat_map(|(_, sections)| sections.iter().flat_map(|(_, list)| list.iter()))
            .map(|e| e.id)
            .collect();
        let table: Vec<&str> = EXAMPLES.iter().map(|e| e.id).collect();
        assert_eq!(flat, table);
    }
}
