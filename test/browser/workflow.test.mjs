// The whole workflow in a real browser, per language, as a user would do it: the real task pane beside the
// preview's in-memory workbook. Run by `npm test` (test:browser); it needs Chromium and fails without it.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { SCREENSHOTS, browserSession, typeInto } from "./harness.mjs";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

// what the user sees in each language (sheet and pane in the same language here)
const L = {
  de: {
    create: "Checkliste anlegen",
    tabC: "Kompetenzen",
    tabT: "Aufgaben",
    createC: "Kompetenzbewertung anlegen",
    candidates: "Kandidaten hinzufügen",
    planWeak: "Aufgaben für schwache Voraussetzungen planen",
    sheetT: "Aufgaben",
    best: "Am besten geeignet: Anna",
    overdue: "überfällig",
    done: "Erledigt",
    oneDone: "1 von 8 erledigt",
    tabS: "Auswahl",
    customers: "Kunden hinzufügen",
    createS: "Key-Account-Auswahl anlegen",
    updateS: "Key-Account-Auswahl neu anlegen (Eingaben bleiben erhalten)",
    key: "Key Account",
    selectJansen: "Zeile von Jansen BV auswählen",
    planKeys: "Aufgaben für die Key Accounts planen",
  },
  nl: {
    create: "Checklist maken",
    tabC: "Competenties",
    tabT: "Taken",
    createC: "Competentiebeoordeling maken",
    candidates: "Kandidaten toevoegen",
    planWeak: "Taken plannen voor zwakke voorwaarden",
    sheetT: "Taken",
    best: "Meest geschikt: Anna",
    overdue: "te laat",
    done: "Afgerond",
    oneDone: "1 van 8 afgerond",
    tabS: "Selectie",
    customers: "Klanten toevoegen",
    createS: "Key-accountselectie maken",
    updateS: "Key-accountselectie opnieuw maken (invoer blijft bewaard)",
    key: "Key account",
    selectJansen: "Rij van Jansen BV selecteren",
    planKeys: "Taken plannen voor de key accounts",
  },
  en: {
    create: "Create readiness checklist",
    tabC: "Competences",
    tabT: "Tasks",
    createC: "Create competence assessment",
    candidates: "Add candidates",
    planWeak: "Plan tasks for weak conditions",
    sheetT: "Tasks",
    best: "Best fit: Anna",
    overdue: "overdue",
    done: "Done",
    oneDone: "1 of 8 done",
    tabS: "Selection",
    customers: "Add customers",
    createS: "Create key account selection",
    updateS: "Re-create key account selection (entries are kept)",
    key: "Key account",
    selectJansen: "Select the row of Jansen BV",
    planKeys: "Plan tasks for the key accounts",
  },
};

const session = browserSession({ dirs: ["de", "nl", "en"].map((lang) => `${SCREENSHOTS}${lang}/`) });

async function open(lang) {
  const page = await session.browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // the preview runs under the pane's Content Security Policy: a violation is an error too
  await page.exposeFunction("reportViolation", (v) => errors.push(`Content Security Policy: ${v}`));
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) => window.reportViolation(`${e.effectiveDirective} refused ${e.blockedURI}`)),
  );
  await page.goto(`${session.server.url}?lang=${lang}`);
  return { page, errors };
}

/** Waits until the pane shows `text` in the element with `testId` (it re-reads the sheet 0.4 s after a change). */
async function paneShows(page, testId, text) {
  await page.getByTestId(testId).filter({ hasText: text }).first().waitFor({ timeout: 10_000 });
}

async function cellFill(page, cell) {
  return page.locator(`[data-cell="${cell}"]`).getAttribute("data-fill");
}

async function accessibility(page) {
  // evaluated by the test, not as a script of the page: the page's policy refuses inline scripts
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    // Fluent's focus manager (tabster) places aria-hidden focus sentinels that forward focus at the edges of
    // groups such as the tab list; they are not content, so they are left out of the audit
    const r = await window.axe.run(
      { include: [['aside[aria-label="Task pane"]']], exclude: [["[data-tabster-dummy]"]] },
      { resultTypes: ["violations"] },
    );
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.length} × ${v.help} [${v.nodes.map((n) => n.html.slice(0, 160)).join(" | ")}]`);
  });
  assert.deepEqual(result, [], "no serious or critical accessibility violations in the task pane");
}

/** The README's screenshot of a screen, per language (docs/screenshots/<lang>/). */
async function shoot(page, lang, name) {
  await page.screenshot({ path: `${SCREENSHOTS}${lang}/${name}.png` });
}

for (const lang of ["de", "nl", "en"]) {
  const t = L[lang];
  describe(`the KAM workflow in ${lang}`, () => {
    it("readiness, competences and tasks, entered in the grid, read by the pane", async () => {
      const { page, errors } = await open(lang);
      const sheetLanguage = lang === "de" ? "Sprache des Blatts" : lang === "nl" ? "Taal van het blad" : "Sheet language";
      await page.getByLabel(sheetLanguage).selectOption(lang);
      await page.getByRole("button", { name: t.create }).click();
      await page.getByTestId("verdict").waitFor();

      // two weak conditions, the rest rated 4
      for (let row = 10; row <= 23; row++) await typeInto(page, `I${row}`, row === 10 ? 2 : row === 11 ? 1 : 4);
      await page.waitForFunction(() => document.querySelector('[data-testid="verdict"]')?.getAttribute("data-verdict") === "NOT_READY");
      const verdictCell = await page.locator('[data-cell="D8"]').textContent();
      assert.equal(await page.getByTestId("verdict").textContent(), verdictCell, "pane and sheet give the same verdict");
      assert.equal(await cellFill(page, "I10"), "#FFC7CE", "a weak score is red");
      assert.equal(await cellFill(page, "A11"), "#FFC7CE", "a weak row is red");
      assert.equal(await cellFill(page, "I12"), "#C6EFCE", "a strong score is green");
      assert.equal(await page.locator('[data-cell="D7"]').textContent(), "2", "KAM.WEAKCOUNT");

      // clicking a weak condition selects its row in the grid
      await page.getByTestId("weak").getByRole("button", { name: "R02" }).click();
      assert.match((await page.locator('[data-cell="A11"]').getAttribute("class")) ?? "", /selected/);

      // the grid refuses an invalid score with the sheet's message
      await typeInto(page, "I13", 7);
      await page.getByRole("alert").waitFor();
      assert.equal(await page.locator('[data-cell="I13"]').textContent(), "4");

      // a condition of the user's own in the first empty row below the table counts at once, on the sheet and
      // in the pane: validated, computed and coloured like the others
      await typeInto(page, "B24", "Own condition");
      await typeInto(page, "I24", 9);
      await page.getByRole("alert").waitFor();
      await typeInto(page, "I24", 1);
      await paneShows(page, "weak", "R15");
      assert.equal(await page.locator('[data-cell="D7"]').textContent(), "3", "KAM.WEAKCOUNT counts the own condition");
      assert.equal(await cellFill(page, "A24"), "#FFC7CE", "the own weak row is red");
      await accessibility(page);
      await shoot(page, lang, "readiness");
      // the profile chart below the table: a bar for each of the 14 scores, from the threshold
      const profile = page.locator('svg[data-chart="KAM_ReadinessProfile"]');
      await profile.scrollIntoViewIfNeeded();
      assert.equal(await profile.locator("rect").count(), 14, "a bar per score");
      await shoot(page, lang, "readiness-chart");

      // weak conditions become tasks
      await page.getByRole("button", { name: t.planWeak }).click();
      await page.getByTestId("planned").waitFor();

      // competences: two candidates, Anna meets everything, Bert misses C01 by two
      const pane = page.getByRole("complementary", { name: "Task pane" });
      await pane.getByRole("tab", { name: t.tabC }).click();
      await page.getByLabel(sheetLanguage).selectOption(lang);
      await page.getByLabel(t.candidates).fill("Anna, Bert");
      await page.getByRole("button", { name: t.createC }).click();
      await page.getByTestId("best").waitFor();
      for (let row = 10; row <= 17; row++) {
        await typeInto(page, `G${row}`, 4);
        await typeInto(page, `H${row}`, row === 10 ? 2 : 5);
      }
      await paneShows(page, "best", t.best);
      // an own competence typed in the first empty row counts at once: Bert now misses it too
      await typeInto(page, "B18", "Dutch");
      await typeInto(page, "G18", 4);
      await typeInto(page, "H18", 1);
      assert.equal(await cellFill(page, "H18"), "#F8696B", "the own competence's deficit of three is shaded");
      assert.equal(await page.locator('[data-cell="F18"]').textContent(), "1", "Met by counts the own competence");
      await paneShows(page, "deficits", "Dutch");
      assert.equal(await cellFill(page, "G9"), "#FFE699", "the best candidate's column is highlighted");
      assert.equal(await cellFill(page, "H10"), "#FF9B9B", "a deficit of two is shaded red");
      assert.equal(await page.locator('[data-cell="G8"]').textContent(), "1", "the rank");
      await accessibility(page);
      await shoot(page, lang, "competences");
      assert.equal(await page.locator('svg[data-chart="KAM_CandidateFit"] rect').count(), 2, "a fit column per candidate");

      // tasks: the planned tasks are linked, a past due date makes a task overdue
      await pane.getByRole("tab", { name: t.tabT }).click();
      await page.getByTestId("linked").waitFor();
      const linked = await page.getByTestId("linked").textContent();
      assert.match(linked, /R01/);
      assert.match(linked, /R02/);
      await page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: t.sheetT }).click();
      await typeInto(page, "F13", "2020-01-31");
      await paneShows(page, "overdue", "T01");
      assert.equal(await page.locator('[data-cell="K13"]').textContent(), t.overdue, "KAM.TASKSTATE");
      assert.equal(await cellFill(page, "C13"), "#FFC7CE", "an overdue task is red");
      await typeInto(page, "G14", t.done);
      await page.waitForFunction(() => document.querySelector('[data-cell="C10"]')?.textContent === "1");
      await paneShows(page, "phases", t.oneDone);
      await accessibility(page);
      await shoot(page, lang, "tasks");
      // the timeline: a task due in three days is an amber bar in this week's or the next one's column
      const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
      await typeInto(page, "F15", soon);
      await page.waitForFunction(() => document.querySelectorAll('[data-row="14"][data-fill="#9C5700"]').length > 0);
      assert.equal(
        await page.locator('[data-row="14"][data-col="11"]').getAttribute("data-fill"),
        null,
        "the column between is left alone",
      );
      await page.locator('[data-cell="M12"]').scrollIntoViewIfNeeded();
      await shoot(page, lang, "tasks-timeline");
      assert.deepEqual(errors, [], "no errors in the page");
      await page.close();
    });

    it("the key-account selection: customers pasted in the pane, scored in the grid, the portfolio on the sheet and in the pane", async () => {
      const { page, errors } = await open(lang);
      const sheetLanguage = lang === "de" ? "Sprache des Blatts" : lang === "nl" ? "Taal van het blad" : "Sheet language";
      const pane = page.getByRole("complementary", { name: "Task pane" });
      await pane.getByRole("tab", { name: t.tabS }).click();
      await page.getByLabel(sheetLanguage).selectOption(lang);
      await page.getByLabel(t.customers).fill("Müller GmbH;1200\nJansen BV;300");
      await page.getByRole("button", { name: t.createS }).click();
      await page.getByTestId("capacity").waitFor();

      // Müller scores 8 on every criterion (E to N), Jansen 2: a key account and an opportunistic one
      for (const col of "EFGHIJKLMN") {
        await typeInto(page, `${col}18`, 8);
        await typeInto(page, `${col}19`, 2);
      }
      await paneShows(page, "key-accounts", "Müller GmbH");
      assert.equal(await page.locator('[data-cell="Q18"]').textContent(), t.key, "the class on the sheet");
      assert.equal(await cellFill(page, "Q18"), "#C6EFCE", "a key account is green");
      assert.equal(await page.locator('[data-cell="O18"]').textContent(), "8.00", "the attractiveness");

      // the portfolio on the sheet: a bubble per scored customer, named
      const chart = page.locator('svg[data-chart="KAM_Portfolio"]');
      assert.equal(await chart.locator("circle").count(), 2, "a bubble per customer with a class");
      await chart.getByText("Müller GmbH").waitFor();
      // re-created with one more customer, it keeps the scores: wait for the new customer's row, then look
      await page.getByLabel(t.customers).fill("Orion");
      await page.getByRole("button", { name: t.updateS }).click();
      await page.waitForFunction(() => document.querySelector('[data-cell="B20"]')?.textContent === "Orion", null, { timeout: 30_000 });
      assert.equal(await page.locator('[data-cell="E18"]').textContent(), "8", "re-creating keeps the scores");

      // the pane's portfolio: a bubble selects its customer's row
      await page
        .getByTestId("portfolio")
        .getByRole("button", { name: new RegExp(t.selectJansen) })
        .click();
      await page.waitForFunction(() => document.querySelector('[data-cell="B19"]')?.classList.contains("selected"));
      await accessibility(page);
      await shoot(page, lang, "selection");
      // the chart spans T to V
      await page.locator('[data-cell="W1"]').scrollIntoViewIfNeeded();
      await shoot(page, lang, "selection-chart");

      // a task per key account
      await page.getByRole("button", { name: t.planKeys }).click();
      await page.getByTestId("planned").waitFor();
      assert.match(await page.getByTestId("planned").textContent(), /1/);
      assert.deepEqual(errors, [], "no errors in the page");
      await page.close();
    });
  });
}

describe("keyboard use", () => {
  it("creates the checklist and follows a weak condition with the keyboard alone, focus visible", async () => {
    const { page } = await open("en");
    const create = page.getByRole("button", { name: "Create readiness checklist" });
    for (let i = 0; i < 20 && !(await create.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    assert.ok(await create.evaluate((el) => el === document.activeElement), "the create button is reachable by Tab");
    const ring = await create.evaluate((el) => {
      const s = getComputedStyle(el, "::after");
      return el.hasAttribute("data-fui-focus-visible") || s.outlineStyle !== "none" || s.borderTopWidth !== "0px";
    });
    assert.ok(ring, "the focused button shows a focus indicator");
    await page.keyboard.press("Enter");
    await page.getByTestId("verdict").waitFor();

    // scores by keyboard in the grid: focus it, walk with the arrow keys, type, Enter
    // the checklist is made in the pane's language, English here
    await page.getByLabel("Sheet Readiness").focus();
    await page.locator('[data-cell="I10"]').dispatchEvent("mousedown");
    for (const score of ["1", "2"]) {
      await page.keyboard.type(score);
      await page.keyboard.press("Enter");
      await page.keyboard.press("ArrowDown");
    }
    await page.waitForFunction(() => document.querySelector('[data-testid="verdict"]')?.getAttribute("data-verdict") === "NOT_READY");

    // back in the pane, Tab reaches the weak condition R02 and Enter selects its row
    const r02 = page.getByTestId("weak").getByRole("button", { name: "R02" });
    await page.getByRole("tab", { name: "Readiness" }).first().focus();
    for (let i = 0; i < 40 && !(await r02.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    assert.ok(await r02.evaluate((el) => el === document.activeElement), "a weak condition is reachable by Tab");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector('[data-cell="A11"]')?.classList.contains("selected"));
    await page.close();
  });
});
