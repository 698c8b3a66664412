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
    tabP: "Pläne",
    createMissing: "Pläne für Key Accounts ohne Plan anlegen ({count})",
    createPlans: "Account-Pläne anlegen",
    accounts: "Key Accounts",
    openPlan: "Plan öffnen",
    planTasks: "Maßnahmen und offene Fragen als Aufgaben planen",
    share: "Lieferanteil {year}: {share}",
    gaps: "Ohne gute Beziehung: {list}",
    late: "Überfällige Maßnahmen: {count}",
    objectives: "Ziele: {onTrack} im Plan, {behind} hinter Plan",
    sSpend: "Ausgaben des Kunden und unser Lieferanteil",
    sContacts: "Kontaktmatrix",
    sObjectives: "Ziele für die nächsten 12 Monate (SMART)",
    sActions: "Maßnahmenplan: Wer macht was bis wann?",
    noCover: "Lücke",
    tactical: "Taktisch",
    decider: "Entscheider",
    neutral: "Neutral",
    quantitative: "Quantitativ",
    open: "Offen",
    planned: "Geplante Aufgaben: {count};",
    myObjective: "Lieferanteil auf 30 % steigern",
    myMeasure: "Lieferanteil in %",
    myAction: "Service-Review beim Finanzvorstand vorstellen",
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
    tabP: "Plannen",
    createMissing: "Plannen maken voor key accounts zonder plan ({count})",
    createPlans: "Accountplannen maken",
    accounts: "Key accounts",
    openPlan: "Plan openen",
    planTasks: "Acties en open vragen als taken plannen",
    share: "Aandeel in de besteding {year}: {share}",
    gaps: "Zonder goede relatie: {list}",
    late: "Te late acties: {count}",
    objectives: "Doelstellingen: {onTrack} op schema, {behind} achter op schema",
    sSpend: "Besteding van het account en ons aandeel",
    sContacts: "Contactmatrix",
    sObjectives: "Doelstellingen voor de komende 12 maanden (SMART)",
    sActions: "Actieplan: wie doet wat en wanneer?",
    noCover: "Niet gedekt",
    tactical: "Tactisch",
    decider: "Beslisser",
    neutral: "Neutraal",
    quantitative: "Kwantitatief",
    open: "Open",
    planned: "Geplande taken: {count};",
    myObjective: "Aandeel in de besteding naar 30 % verhogen",
    myMeasure: "Aandeel in %",
    myAction: "Servicereview aan de financieel directeur presenteren",
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
    tabP: "Plans",
    createMissing: "Create plans for key accounts without a plan ({count})",
    createPlans: "Create account plans",
    accounts: "Key accounts",
    openPlan: "Open plan",
    planTasks: "Plan actions and open questions as tasks",
    share: "Share of wallet {year}: {share}",
    gaps: "Without a good relationship: {list}",
    late: "Overdue actions: {count}",
    objectives: "Objectives: {onTrack} on track, {behind} behind plan",
    sSpend: "The account's spend and our share of wallet",
    sContacts: "Contact matrix",
    sObjectives: "Objectives for the next 12 months (SMART)",
    sActions: "Action plan: who does what, and when?",
    noCover: "Gap",
    tactical: "Tactical",
    decider: "Decider",
    neutral: "Neutral",
    quantitative: "Quantitative",
    open: "Open",
    planned: "Tasks planned: {count};",
    myObjective: "Raise our share of wallet to 30 %",
    myMeasure: "Share of wallet in %",
    myAction: "Present the service review to the CFO",
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

/**
 * A key account selection of two customers pasted into the pane and scored in the grid: Müller GmbH 8 on every
 * criterion (E to N), a key account; Jansen BV 2, an opportunistic one.
 */
const sheetLanguageOf = (lang) => (lang === "de" ? "Sprache des Blatts" : lang === "nl" ? "Taal van het blad" : "Sheet language");

async function scoreSelection(page, lang, t) {
  const sheetLanguage = sheetLanguageOf(lang);
  const pane = page.getByRole("complementary", { name: "Task pane" });
  await pane.getByRole("tab", { name: t.tabS }).click();
  await page.getByLabel(sheetLanguage).selectOption(lang);
  await page.getByLabel(t.customers).fill("Müller GmbH;1200\nJansen BV;300");
  await page.getByRole("button", { name: t.createS }).click();
  await page.getByTestId("capacity").waitFor();
  for (const col of "EFGHIJKLMN") {
    await typeInto(page, `${col}18`, 8);
    await typeInto(page, `${col}19`, 2);
  }
  await paneShows(page, "key-accounts", "Müller GmbH");
}

/** The README's screenshot of a screen, per language (docs/screenshots/<lang>/). */
async function shoot(page, lang, name) {
  await page.screenshot({ path: `${SCREENSHOTS}${lang}/${name}.png` });
}

/** A pane text with its {placeholders} filled in, as the pane fills them. */
function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
}

/** The day `days` from today as a user types it into a date cell (2026-03-31). */
function isoDay(days) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The row number (as in a cell's address) of the cell in column A that shows `text`: a section's title on the sheet. */
async function rowOf(page, text) {
  const row = await page.waitForFunction(
    (title) => {
      const cell = [...document.querySelectorAll('[data-col="0"]')].find((td) => td.textContent === title);
      return cell === undefined ? null : Number(cell.getAttribute("data-row")) + 1;
    },
    text,
    { timeout: 30_000 },
  );
  return row.jsonValue();
}

/** Waits until the grid's `cell` shows text matching `pattern` (the sheet recalculates after each entry). */
async function cellShows(page, cell, pattern) {
  await page.locator(`[data-cell="${cell}"]`, { hasText: pattern }).waitFor({ timeout: 10_000 });
}

for (const lang of ["de", "nl", "en"]) {
  const t = L[lang];
  describe(`the KAM workflow in ${lang}`, () => {
    it("readiness, competences and tasks, entered in the grid, read by the pane", async () => {
      const { page, errors } = await open(lang);
      await page.getByLabel(sheetLanguageOf(lang)).selectOption(lang);
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
      await page.getByLabel(sheetLanguageOf(lang)).selectOption(lang);
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
      await scoreSelection(page, lang, t);
      assert.equal(await page.locator('[data-cell="Q18"]').textContent(), t.key, "the class on the sheet");
      assert.equal(await cellFill(page, "Q18"), "#C6EFCE", "a key account is green");
      // numbers as Excel shows them in the language's region
      assert.equal(await page.locator('[data-cell="O18"]').textContent(), lang === "en" ? "8.00" : "8,00", "the attractiveness");

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

    it("the account plans: created from the key accounts, filled in the grid, read by the pane, actions planned as tasks", async () => {
      const { page, errors } = await open(lang);
      const pane = page.getByRole("complementary", { name: "Task pane" });
      // German and English plan for the key account of a selection; Dutch names its account by hand, without one
      const byName = lang === "nl";
      const account = byName ? "Jansen BV" : "Müller GmbH";
      if (!byName) await scoreSelection(page, lang, t);

      // the Plans tab: one plan, for the key account without one or for the account named
      await pane.getByRole("tab", { name: t.tabP }).click();
      await page.getByLabel(sheetLanguageOf(lang)).selectOption(lang);
      if (byName) {
        await page.getByLabel(t.accounts, { exact: true }).fill(account);
        await page.getByRole("button", { name: t.createPlans, exact: true }).click();
      } else {
        await page.getByRole("button", { name: fill(t.createMissing, { count: 1 }), exact: true }).click();
      }
      const card = page.getByTestId("plan").filter({ hasText: account });
      await card.waitFor({ timeout: 30_000 });
      // the key account's number from the selection beside its name; the tasks are linked by it, else by the name
      const id = byName ? account : /\((A\d+)\)/.exec(await card.textContent())?.[1];
      assert.ok(id !== undefined, "the plan names the key account's number");
      await card.getByRole("button", { name: t.openPlan, exact: true }).click();
      await page.getByLabel(`Sheet Plan ${account}`, { exact: true }).waitFor();

      // spend: the new plan lists the last three years; the two before this one get spend and revenue, our share
      // rises from 20 % to 25 %
      // each table's rows found from its title on the sheet: the title, the header, then the entries
      const spend = (await rowOf(page, t.sSpend)) + 2;
      const year = await page.locator(`[data-cell="A${spend + 1}"]`).textContent();
      assert.match(year, /^\d{4}$/, "the new plan lists the years");
      await typeInto(page, `B${spend}`, 1000000);
      await typeInto(page, `C${spend}`, 200000);
      await typeInto(page, `B${spend + 1}`, 1200000);
      await typeInto(page, `C${spend + 1}`, 300000);
      await cellShows(page, `D${spend + 1}`, /^25[.,]0\s?%$/);

      // the contact matrix: a member of our team, a decider she knows only a little: a coverage gap
      // (the matrix's legend between its title and its header, the team's names in the header from G)
      const team = (await rowOf(page, t.sContacts)) + 2;
      const contact = team + 1;
      await typeInto(page, `G${team}`, "Eva Brandt");
      for (const [col, value] of [
        ["A", "Petra Wolf"],
        ["B", "CFO"],
        ["C", t.tactical],
        ["D", t.decider],
        ["E", t.neutral],
        ["F", isoDay(-10)],
        ["G", 1],
      ])
        await typeInto(page, `${col}${contact}`, value);
      const gap = page.locator(`[data-row="${contact - 1}"]`, { hasText: new RegExp(`^${t.noCover}$`) });
      await gap.waitFor({ timeout: 10_000 });
      assert.equal(await gap.getAttribute("data-fill"), "#FFC7CE", "a coverage gap is red");

      // an objective, measurable, on track
      const objective = (await rowOf(page, t.sObjectives)) + 2;
      for (const [col, value] of [
        ["A", "O01"],
        ["B", t.myObjective],
        ["C", t.myMeasure],
        ["D", t.quantitative],
        ["E", 25],
        ["F", 30],
        ["G", 26],
        ["H", isoDay(200)],
        ["I", "Eva Brandt"],
      ])
        await typeInto(page, `${col}${objective}`, value);
      await cellShows(page, `J${objective}`, /^20\s?%$/);

      // an action for it, open and due a month ago: overdue, its days counted in red
      const action = (await rowOf(page, t.sActions)) + 2;
      for (const [col, value] of [
        ["A", "M01"],
        ["B", t.myAction],
        ["C", "Eva Brandt"],
        ["D", isoDay(-60)],
        ["E", isoDay(-30)],
        ["F", t.open],
        ["G", "O01"],
      ])
        await typeInto(page, `${col}${action}`, value);
      await cellShows(page, `H${action}`, /^\d+$/);
      assert.equal(await cellFill(page, `E${action}`), "#FFC7CE", "an overdue action's due date is red");
      // the plan's figures in its head (G3 to G9): one gap, one overdue action
      await cellShows(page, "G7", /^1$/);
      assert.equal(await page.locator('[data-cell="G4"]').textContent(), "1", "the gaps on the sheet");

      // the pane reads what the sheet says: the share of wallet, the gap, the objective, the overdue action
      await card.filter({ hasText: fill(t.late, { count: 1 }) }).waitFor({ timeout: 10_000 });
      const summary = await card.textContent();
      assert.ok(summary.includes(fill(t.share, { year, share: "" })), `the latest year's share of wallet: ${summary}`);
      assert.match(summary, new RegExp(`${year}: 25\\s?%`), "the share of wallet, 25 %");
      assert.ok(summary.includes(fill(t.gaps, { list: "Petra Wolf" })), `one coverage gap: ${summary}`);
      assert.ok(summary.includes(fill(t.objectives, { onTrack: 1, behind: 0 })), `the objective on track: ${summary}`);
      assert.ok(summary.includes(fill(t.late, { count: 1 })), `one overdue action: ${summary}`);
      await accessibility(page);
      // the sheet from its head (the plan's figures) beside the pane, scrolled back to its first column
      const grid = page.getByLabel(`Sheet Plan ${account}`, { exact: true });
      await card.getByRole("button", { name: t.openPlan, exact: true }).click();
      await page.waitForFunction(() => document.querySelector('[data-cell="A1"]')?.classList.contains("selected"));
      await grid.evaluate((el) => el.scrollTo(0, 0));
      await shoot(page, lang, "plans");

      // the spend chart beside the table: spend and revenue of the two years, a column each; table and chart side
      // by side take a screen as wide as the sheet up to the chart's right edge
      const chart = page.locator('svg[data-chart="KAM_AccountSpend"]');
      const box = await chart.boundingBox();
      await page.setViewportSize({ width: Math.ceil(box.x + box.width + 40), height: 900 });
      await chart.scrollIntoViewIfNeeded();
      await grid.evaluate((el) => el.scrollTo({ left: 0 }));
      assert.equal(await chart.locator("rect").count(), 4, "a column per year with figures and series");
      await shoot(page, lang, "plan-sheet");
      await page.setViewportSize({ width: 1440, height: 900 });

      // the action becomes a task, linked by the account and its number; planning again adds nothing
      const planTasks = page.getByRole("button", { name: t.planTasks, exact: true });
      const planned = page.getByTestId("planned");
      await planTasks.click();
      await planned.filter({ hasText: new RegExp(`^${fill(t.planned, { count: 1 })}`) }).waitFor({ timeout: 30_000 });
      await planTasks.click();
      await planned.filter({ hasText: new RegExp(`^${fill(t.planned, { count: 0 })}`) }).waitFor({ timeout: 30_000 });

      const link = `${id}/M01`;
      await pane.getByRole("tab", { name: t.tabT }).click();
      const linked = page.getByTestId("linked").locator("li").filter({ hasText: link });
      await linked.first().waitFor({ timeout: 30_000 });
      assert.equal(await linked.count(), 1, "one task for the action");
      assert.match(await linked.textContent(), new RegExp(t.myAction), "the task says what to do");
      await page.getByTestId("overdue").filter({ hasText: t.myAction }).waitFor({ timeout: 10_000 });
      await page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: t.sheetT, exact: true }).click();
      await page.getByLabel(`Sheet ${t.sheetT}`, { exact: true }).waitFor();
      const rows = await page.evaluate(
        (l) => [...document.querySelectorAll("[data-cell]")].filter((td) => td.textContent === l).length,
        link,
      );
      assert.equal(rows, 1, "the task overview has the action's task once");
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
