//! The console's rows on screen: beyond a few hundred rows, only those in view and a
//! screenful either side are in the page, between two spacers that stand for the rest. Rows not drawn yet have an
//! estimated height (their lines at the console's width); drawn rows are measured, and
//! the row at the top of the view stays put when heights above it change (or the end
//! stays in view while the console follows the output).

use super::draw;
use super::heights::Heights;
use super::rows::{ConsoleRow, Rows};
use crate::state::ConsoleLog;
use std::collections::{HashMap, HashSet};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// How far beyond the visible part rows are drawn, above and below (CSS pixels).
const OVERSCAN: f64 = 400.0;
/// The most rows drawn at once, however short they are.
const MAX_DRAWN: usize = 400;
/// Output of up to this many rows is drawn whole, as a page would hold it: the browser's
/// find-in-page sees all of it.
const DRAW_ALL: usize = 300;
/// A line's height and a character's width in the console's font (13px/1.5 monospace),
/// for estimating rows not drawn yet; drawn rows are measured.
const LINE_HEIGHT: f64 = 19.5;
const CHAR_WIDTH: f64 = 7.8;
/// The width of the time and task columns and their gaps (9 rem).
const COLUMNS_WIDTH: f64 = 144.0;

/// What the console has drawn and knows of its rows.
pub struct Screen {
    rows: Rows,
    heights: Heights,
    /// Rows `first..first + drawn.len()` are in the page, in order between the spacers.
    first: usize,
    drawn: Vec<Element>,
    top: Option<HtmlElement>,
    bottom: Option<HtmlElement>,
    /// Folds opened (by their first line), and how much more of long lines to show.
    pub(super) open: HashSet<usize>,
    pub(super) shown: HashMap<usize, usize>,
    pub(super) following: bool,
    /// Characters per visual line, for estimates.
    columns: usize,
    epoch: u64,
    links: bool,
    pub(super) layout_queued: bool,
}

impl Screen {
    pub fn new(links: bool) -> Screen {
        Screen {
            rows: Rows::default(),
            heights: Heights::default(),
            first: 0,
            drawn: Vec::new(),
            top: None,
            bottom: None,
            open: HashSet::new(),
            shown: HashMap::new(),
            following: true,
            columns: 80,
            epoch: 0,
            links,
            layout_queued: false,
        }
    }

    /// A row's estimated height before it is drawn: its lines at this width.
    fn estimate(&self, row: &ConsoleRow, log: &ConsoleLog) -> f64 {
        let visual = |line: usize| {
            log.lines().get(line).map_or(1, |l| {
                let shown = draw::shown_bytes(l, self.shown.get(&line).copied().unwrap_or(0));
                shown.div_ceil(self.columns.max(1)).max(1)
            })
        };
        let lines = match row {
            ConsoleRow::Line { line, .. } => visual(*line),
            ConsoleRow::Folded { lines, .. } if self.open.contains(&lines.start) => {
                1 + lines.clone().map(visual).sum::<usize>()
            }
            ConsoleRow::Folded { .. } => 1,
        };
        lines as f64 * LINE_HEIGHT
    }

    /// Takes in the log's new lines: rows that changed are dropped from the page and
    /// estimated again.
    pub fn update(&mut self, log: &ConsoleLog) {
        if log.epoch() != self.epoch {
            self.epoch = log.epoch();
            self.open.clear();
            self.shown.clear();
            self.following = true;
        }
        let from = self.rows.update(log);
        self.forget_from(from);
        let rows = self.rows.rows();
        let estimates: Vec<f64> = rows[from..].iter().map(|r| self.estimate(r, log)).collect();
        for h in estimates {
            self.heights.push(h);
        }
    }

    /// Forgets the heights and elements of rows `from..`.
    fn forget_from(&mut self, from: usize) {
        self.heights.truncate(from);
        let keep = from.saturating_sub(self.first).min(self.drawn.len());
        for el in self.drawn.drain(keep..) {
            el.remove();
        }
        if self.drawn.is_empty() {
            self.first = self.first.min(from);
        }
    }

    /// Makes the spacers the first time the console is laid out.
    fn spacers(&mut self, pre: &HtmlElement) -> Option<(HtmlElement, HtmlElement)> {
        if self.top.is_none() {
            let doc = pre.owner_document()?;
            let make = |class: &str| -> Option<HtmlElement> {
                let el = doc.create_element("div").ok()?;
                el.set_class_name(class);
                let _ = el.set_attribute("aria-hidden", "true");
                let _ = pre.append_child(&el);
                el.dyn_into::<HtmlElement>().ok()
            };
            self.top = make("console-space console-space-top");
            self.bottom = make("console-space console-space-bottom");
        }
        Some((self.top.clone()?, self.bottom.clone()?))
    }

    /// Draws the rows in view and measures them, until the rows drawn are the rows in
    /// view at their measured heights; keeps the row at the top of the view where it was
    /// (or the bottom in view, while following).
    pub fn layout(&mut self, pre: &HtmlElement, log: &ConsoleLog) {
        let Some((top, bottom)) = self.spacers(pre) else {
            return;
        };
        let text_width = f64::from(pre.client_width()) - 24.0 - COLUMNS_WIDTH;
        let columns = ((text_width / CHAR_WIDTH) as usize).max(20);
        if columns != self.columns {
            // A new width: every estimate changes; drawn rows are measured again below.
            self.columns = columns;
            self.reestimate(log);
        }
        for _ in 0..6 {
            let pad = f64::from(top.offset_top());
            let scroll = f64::from(pre.scroll_top()) - pad;
            let anchor = self.heights.row_at(scroll.max(0.0));
            let into = scroll - self.heights.offset(anchor);
            let measured = self.measure();
            self.place_spacers(&top, &bottom);
            if self.following {
                pre.set_scroll_top(pre.scroll_height());
            } else if measured {
                let want = (pad + self.heights.offset(anchor) + into.max(0.0)).round() as i32;
                if (want - pre.scroll_top()).abs() >= 1 {
                    pre.set_scroll_top(want);
                }
            }
            let scroll = f64::from(pre.scroll_top()) - pad;
            let (from, to) = self.window(scroll, f64::from(pre.client_height()));
            if !measured && from == self.first && to == self.first + self.drawn.len() {
                break;
            }
            self.draw(pre, &top, &bottom, log, from, to);
        }
        let live = if self.following { "polite" } else { "off" };
        let _ = pre.set_attribute("aria-live", live);
    }

    /// The rows to draw for a view of `height` pixels from `scroll`.
    fn window(&self, scroll: f64, height: f64) -> (usize, usize) {
        let n = self.heights.len();
        if n <= DRAW_ALL {
            return (0, n);
        }
        let from = self.heights.row_at((scroll - OVERSCAN).max(0.0));
        let to = (self.heights.row_at(scroll + height + OVERSCAN) + 1).min(n);
        (from, to.min(from + MAX_DRAWN))
    }

    /// Measures the drawn rows; true when a height changed.
    fn measure(&mut self) -> bool {
        let mut changed = false;
        for (k, el) in self.drawn.iter().enumerate() {
            let height = el.get_bounding_client_rect().height();
            let row = self.first + k;
            if height > 0.0 && (height - self.heights.get(row)).abs() > 0.05 {
                self.heights.set(row, height);
                changed = true;
            }
        }
        changed
    }

    fn place_spacers(&self, top: &HtmlElement, bottom: &HtmlElement) {
        let above = self.heights.offset(self.first);
        let below = self.heights.total() - self.heights.offset(self.first + self.drawn.len());
        let _ = top.style().set_property("height", &format!("{above}px"));
        let _ = bottom
            .style()
            .set_property("height", &format!("{}px", below.max(0.0)));
    }

    /// Puts rows `from..to` in the page, keeping the elements of rows already there.
    fn draw(
        &mut self,
        pre: &HtmlElement,
        top: &HtmlElement,
        bottom: &HtmlElement,
        log: &ConsoleLog,
        from: usize,
        to: usize,
    ) {
        let Some(doc) = pre.owner_document() else {
            return;
        };
        let mut old: Vec<Option<Element>> = std::mem::take(&mut self.drawn)
            .into_iter()
            .map(Some)
            .collect();
        let old_first = self.first;
        let mut drawn = Vec::with_capacity(to.saturating_sub(from));
        for row in from..to {
            let kept = row
                .checked_sub(old_first)
                .and_then(|k| old.get_mut(k))
                .and_then(Option::take);
            let el = kept.or_else(|| self.make_row(&doc, row, log));
            match el {
                Some(el) => drawn.push(el),
                None => break,
            }
        }
        for el in old.into_iter().flatten() {
            el.remove();
        }
        // In order after the top spacer; rows kept are already in order.
        let mut prev: web_sys::Node = top.clone().into();
        for el in &drawn {
            if el.previous_sibling().as_ref() != Some(&prev) {
                let _ = pre.insert_before(el, prev.next_sibling().as_ref());
            }
            prev = el.clone().into();
        }
        self.first = from;
        self.drawn = drawn;
        self.place_spacers(top, bottom);
    }

    fn make_row(&self, doc: &web_sys::Document, row: usize, log: &ConsoleLog) -> Option<Element> {
        let open = |line: usize| self.open.contains(&line);
        let shown = |line: usize| self.shown.get(&line).copied().unwrap_or(0);
        let look = draw::Look {
            open: &open,
            shown: &shown,
            links: self.links,
        };
        draw::row(doc, self.rows.rows().get(row)?, log.lines(), &look)
    }

    /// Estimates every row again (a new width).
    fn reestimate(&mut self, log: &ConsoleLog) {
        let estimates: Vec<f64> = self
            .rows
            .rows()
            .iter()
            .map(|r| self.estimate(r, log))
            .collect();
        self.heights = Heights::default();
        for h in estimates {
            self.heights.push(h);
        }
    }

    /// Draws row `row` again (a fold opened, more of a line shown).
    pub fn redraw(&mut self, row: usize, log: &ConsoleLog) {
        let Some(k) = row
            .checked_sub(self.first)
            .filter(|k| *k < self.drawn.len())
        else {
            return;
        };
        let Some(doc) = self.drawn[k].owner_document() else {
            return;
        };
        if let Some(el) = self.make_row(&doc, row, log) {
            let _ = self.drawn[k].replace_with_with_node_1(&el);
            self.drawn[k] = el;
        }
    }

    /// The row that holds line `line`.
    pub fn row_of(&self, line: usize) -> Option<usize> {
        let rows = self.rows.rows();
        let at = rows.partition_point(|r| r.lines().end <= line);
        (at < rows.len()).then_some(at)
    }
}
