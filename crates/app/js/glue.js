// The page glue of loopscope-app: the JavaScript its Rust modules call through
// `#[wasm_bindgen(module = "/js/glue.js")]` (one module, fetched once, rather than an
// `inline_js` file per Rust module).

// ---- <loopscope-example> (embed.rs) ----

export function define_loopscope_example(mount) {
  if (customElements.get('loopscope-example')) return;
  customElements.define('loopscope-example', class extends HTMLElement {
    connectedCallback() {
      if (this.dataset.mounted) return;
      this.dataset.mounted = 'true';
      mount(this);
    }
  });
}

// ---- copying from the console (console/copy.rs) ----

// Where a selection point falls among the console's lines: [line, UTF-16 offset into its
// text], -1 for the line's end. A point outside the drawn lines stands for the lines the
// spacers stand for: before the first drawn row, the start of everything; after the last,
// the end of everything (line 2^31).
function point(pre, node, offset) {
  if (!pre.contains(node)) {
    const here = document.createRange();
    here.setStart(node, offset);
    return here.comparePoint(pre, 0) >= 0 ? [0, 0] : [2147483647, -1];
  }
  const el = node.nodeType === 1 ? node : node.parentElement;
  const line = el.closest('.line[data-line]');
  if (line) {
    const n = Number(line.dataset.line);
    if (el.closest('.cut')) return [n, -1];
    const text = line.querySelector('.text');
    if (!text.contains(node)) return [n, 0];
    const part = document.createRange();
    part.selectNodeContents(text);
    part.setEnd(node, offset);
    return [n, part.toString().length];
  }
  const here = document.createRange();
  here.setStart(node, offset);
  const top = pre.querySelector(':scope > .console-space-top');
  const first = top && top.nextElementSibling;
  if (!first || first.classList.contains('console-space-bottom') || here.comparePoint(first, 0) >= 0) {
    return [0, 0];
  }
  const lines = pre.querySelectorAll('.line[data-line]');
  for (const l of lines) {
    if (here.comparePoint(l, 0) >= 0) return [Number(l.dataset.line), 0];
  }
  const bottom = pre.querySelector(':scope > .console-space-bottom');
  if (bottom && here.comparePoint(bottom, 0) >= 0 && lines.length) {
    return [Number(lines[lines.length - 1].dataset.line), -1];
  }
  return [2147483647, -1];
}

export function console_selection(pre) {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!range.intersectsNode(pre)) return null;
  const start = point(pre, range.startContainer, range.startOffset);
  const end = point(pre, range.endContainer, range.endOffset);
  // Inside one line's shown text the browser copies the right text itself.
  if (start[0] === end[0] && start[1] >= 0 && end[1] >= 0) {
    const el = range.commonAncestorContainer;
    const inside = (el.nodeType === 1 ? el : el.parentElement).closest('.line[data-line] .text');
    if (inside) return null;
  }
  return [start[0], start[1], end[0], end[1]];
}

export function select_contents(el) {
  const range = document.createRange();
  range.selectNodeContents(el);
  const sel = window.getSelection();
  sel.removeAllRanges();
  sel.addRange(range);
}

export function download_text(name, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}
