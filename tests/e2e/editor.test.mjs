// The CodeMirror editor in the built site: highlighting, keys, auto-indent, error lines,
// traceback links, task marks, and external changes that do not echo back.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, openPage, setCode, getCode } from "./support.mjs";

const site = useSite();

/** Opens the playground with its editor ready. */
async function open() {
  const { page, errors } = await openPage(site.browser, site.server.url);
  await page.waitForFunction(() => document.querySelector("[data-testid=editor]")?.loopscopeEditor, null, {
    timeout: 15000,
  });
  return { page, errors };
}

/** Waits until the run that was started is over; returns the status text. */
async function runEnds(page) {
  await page.waitForFunction(
    () => {
      const s = document.querySelector("[data-testid=status]").textContent;
      return s === "finished" || s.startsWith("exited");
    },
    null,
    { timeout: 20000 },
  );
  return page.locator("[data-testid=status]").innerText();
}

/** The 1-based line the cursor is on, and whether the editor has focus. */
function cursor(page) {
  return page.evaluate(() => {
    const { view } = document.querySelector("[data-testid=editor]").loopscopeEditor;
    return { line: view.state.doc.lineAt(view.state.selection.main.head).number, focused: view.hasFocus };
  });
}

/** Empties the editor and puts the cursor in it, ready for typing. */
async function typeFromScratch(page) {
  await setCode(page, "");
  await page.click("[data-testid=editor] .cm-content");
}

test("the editor is CodeMirror, with Python highlighted and line numbers", async () => {
  const { page, errors } = await open();
  assert.equal(await page.locator("[data-testid=editor] .cm-editor").count(), 1);
  assert.equal(await page.locator("[data-testid=editor] textarea").count(), 0, "no textarea fallback");
  const colours = await page.evaluate(() => {
    const content = document.querySelector(".cm-content");
    const colourOf = (word) => {
      const span = [...content.querySelectorAll(".cm-line span")].find((s) => s.textContent === word);
      return span ? getComputedStyle(span).color : null;
    };
    return {
      plain: getComputedStyle(content).color,
      keyword: colourOf("import"),
      def: colourOf("async"),
      string: colourOf('"start {name}"') ?? colourOf('f"start {name}"'),
      comment: colourOf("# stands in for a network call"),
    };
  });
  for (const kind of ["keyword", "def", "comment"]) {
    assert.ok(colours[kind], `a ${kind} token is wrapped in a span: ${JSON.stringify(colours)}`);
    assert.notEqual(colours[kind], colours.plain, `${kind} tokens are coloured`);
  }
  const gutter = await page.locator(".cm-lineNumbers .cm-gutterElement").allInnerTexts();
  assert.ok(gutter.includes("1") && gutter.includes("19"), `line numbers shown: ${gutter.slice(0, 5)}`);
  assert.deepEqual(errors, []);
});

test("typed code runs with Ctrl+Enter", async () => {
  const { page, errors } = await open();
  await typeFromScratch(page);
  await page.keyboard.type("print('typed', 6 * 7)");
  assert.equal(await getCode(page), "print('typed', 6 * 7)", "brackets and quotes close as typed");
  await page.keyboard.press("Control+Enter");
  assert.equal(await runEnds(page), "finished");
  assert.deepEqual(await page.locator("[data-testid=console] .line .text").allInnerTexts(), ["typed 42"]);
  assert.equal(await getCode(page), "print('typed', 6 * 7)", "Ctrl+Enter ran the program, it added no line");
  assert.deepEqual(errors, []);
});

test("Enter after a block header indents by four spaces; Tab indents, Escape then Tab leaves", async () => {
  const { page, errors } = await open();
  await typeFromScratch(page);
  await page.keyboard.type("async def f():");
  await page.keyboard.press("Enter");
  assert.equal(await getCode(page), "async def f():\n    ");
  await page.keyboard.type("return 1");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  assert.equal(await getCode(page), "async def f():\n    return 1\n        ", "Tab indents one unit more");
  await page.keyboard.press("Shift+Tab");
  assert.equal(await getCode(page), "async def f():\n    return 1\n    ", "Shift+Tab dedents");
  assert.ok((await cursor(page)).focused);
  await page.keyboard.press("Escape");
  await page.keyboard.press("Tab");
  assert.equal(await getCode(page), "async def f():\n    return 1\n    ", "after Escape, Tab inserts nothing");
  assert.equal((await cursor(page)).focused, false, "after Escape, Tab moves focus out of the editor");
  await page.keyboard.press("Control+z");
  assert.deepEqual(errors, []);
});

test("undo takes back typing", async () => {
  const { page, errors } = await open();
  const before = await getCode(page);
  await page.click("[data-testid=editor] .cm-content");
  await page.keyboard.press("Control+End");
  await page.keyboard.type("x = 1");
  assert.equal(await getCode(page), before + "x = 1");
  await page.keyboard.press("Control+z");
  assert.equal(await getCode(page), before);
  assert.deepEqual(errors, []);
});

test("a SyntaxError marks its line, with the message under it", async () => {
  const { page, errors } = await open();
  await setCode(page, "x = 1\nif x\n    pass\n");
  await page.click("[data-testid=run]");
  assert.equal(await runEnds(page), "exited with status 1");
  assert.deepEqual(await page.locator(".cm-error-line").allInnerTexts(), ["if x"]);
  assert.deepEqual(await page.locator(".cm-error-message").allInnerTexts(), ["SyntaxError: expected ':'"]);
  // The next run starts clean.
  await setCode(page, "print('ok')\n");
  await page.click("[data-testid=run]");
  assert.equal(await runEnds(page), "finished");
  assert.equal(await page.locator(".cm-error-line").count(), 0);
  assert.deepEqual(errors, []);
});

test("a traceback's line references are links that reveal the line", async () => {
  const { page, errors } = await open();
  const code = [
    "import asyncio", // 1
    "",
    "async def g():",
    "    return 1 / 0", // 4
    "",
    "async def main():",
    "    await g()", // 7
    "",
    "asyncio.run(main())", // 9
    "",
  ].join("\n");
  await setCode(page, code);
  await page.click("[data-testid=run]");
  assert.equal(await runEnds(page), "exited with status 1");
  assert.deepEqual(await page.locator(".cm-error-line").allInnerTexts(), ["    return 1 / 0"], "the last program frame");
  assert.deepEqual(await page.locator(".cm-error-message").allInnerTexts(), ["ZeroDivisionError: division by zero"]);
  const links = page.locator("[data-testid=console] [data-testid=source-link]");
  assert.deepEqual(await links.allInnerTexts(), [
    'File "main.py", line 9',
    'File "main.py", line 7',
    'File "main.py", line 4',
  ]);
  const frameLine = await page.locator("[data-testid=console] .line.stderr .text").nth(1).innerText();
  assert.equal(frameLine, '  File "main.py", line 9, in <module>', "the link sits in the line's own text");
  await links.nth(1).click();
  assert.deepEqual(await cursor(page), { line: 7, focused: true });
  await links.nth(0).click();
  assert.deepEqual(await cursor(page), { line: 9, focused: true });
  assert.equal(await page.locator(".cm-flash-line").count(), 1, "the revealed line flashes");
  assert.deepEqual(errors, []);
});

test("after Stop, each unfinished task's line is marked with its name", async () => {
  const { page, errors } = await open();
  const code = [
    "import asyncio", // 1
    "",
    "async def worker():",
    "    await asyncio.sleep(30)", // 4
    "",
    "async def main():",
    "    await asyncio.gather(worker(), worker())", // 7
    "",
    "asyncio.run(main())",
    "",
  ].join("\n");
  await setCode(page, code);
  await page.click("[data-testid=run-live]");
  await page.waitForTimeout(300);
  await page.click("[data-testid=stop]");
  assert.equal(await runEnds(page), "exited with status 130");
  const marked = await page.locator(".cm-task-line").evaluateAll((lines) =>
    lines.map((l) => {
      const label = l.querySelector(".cm-task-label");
      return [l.textContent.slice(0, l.textContent.length - (label?.textContent.length ?? 0)), label?.textContent];
    }),
  );
  assert.deepEqual(marked, [
    ["    await asyncio.sleep(30)", "Task-2, Task-3"],
    ["    await asyncio.gather(worker(), worker())", "Task-1"],
  ]);
  assert.deepEqual(errors, []);
});

test("edits flow out once; changes from outside do not echo back", async () => {
  const { page, errors } = await open();
  // Count the app's calls into the editor while a person types: an echo would show here.
  await page.evaluate(() => {
    const handle = document.querySelector("[data-testid=editor]").loopscopeEditor;
    const setValue = handle.setValue.bind(handle);
    window.setValueCalls = 0;
    handle.setValue = (text) => {
      window.setValueCalls += 1;
      setValue(text);
    };
  });
  await page.click("[data-testid=editor] .cm-content");
  await page.keyboard.press("Control+End");
  await page.keyboard.type("print('more')");
  assert.equal(await page.evaluate(() => window.setValueCalls), 0, "typing is never sent back in");
  await page.keyboard.press("Control+Enter");
  await runEnds(page);
  assert.ok((await page.locator("[data-testid=console] .line .text").allInnerTexts()).includes("more"), "the app ran the typed code");

  // A second editor wired as the app wires its own: every change goes back in by setValue.
  const counts = await page.evaluate(() => {
    const parent = document.createElement("div");
    document.body.append(parent);
    let changes = 0;
    const handle = window.LoopscopeEditor.create(parent, {
      doc: "a = 1\n",
      onChange(text) {
        changes += 1;
        handle.setValue(text);
      },
    });
    handle.setValue("b = 2\n");
    const afterSet = { changes, text: handle.getValue() };
    handle.view.dispatch({ changes: { from: 0, insert: "# hi\n" }, userEvent: "input.type" });
    const afterEdit = { changes, text: handle.getValue() };
    handle.destroy();
    parent.remove();
    return { afterSet, afterEdit, kept: parent.loopscopeEditor === undefined };
  });
  assert.deepEqual(counts.afterSet, { changes: 0, text: "b = 2\n" }, "setValue does not report a change");
  assert.deepEqual(counts.afterEdit, { changes: 1, text: "# hi\nb = 2\n" }, "an edit is reported once");
  assert.ok(counts.kept, "destroy forgets the handle");
  assert.deepEqual(errors, []);
});
