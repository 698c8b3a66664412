// Every screen of the pane at the widths Excel gives it: 320 px (the narrowest task pane) and 400 px, in German,
// Dutch and English. Nothing scrolls sideways, no text is cut or sticks out of its box, and after each action the
// keyboard focus is where the user continues. Run by `npm test` (test:browser); it needs Chromium.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { SCREENSHOTS, browserSession, typeInto } from "./harness.mjs";

/** The README shows the pane at 320 px per language (docs/screenshots/<lang>/narrow-*.png). */
const OUT = (lang) => `${SCREENSHOTS}${lang}/`;

const L = {
  de: {
    language: "Sprache des Blatts",
    create: "Checkliste anlegen",
    tabC: "Kompetenzen",
    tabT: "Aufgaben",
    createC: "Kompetenzbewertung anlegen",
    candidates: "Kandidaten hinzufügen",
    planWeak: "Aufgaben für schwache Voraussetzungen planen",
    sheetT: "Aufgaben",
  },
  nl: {
    language: "Taal van het blad",
    create: "Checklist maken",
    tabC: "Competenties",
    tabT: "Taken",
    createC: "Competentiebeoordeling maken",
    candidates: "Kandidaten toevoegen",
    planWeak: "Taken plannen voor zwakke voorwaarden",
    sheetT: "Taken",
  },
  en: {
    language: "Sheet language",
    create: "Create readiness checklist",
    tabC: "Competences",
    tabT: "Tasks",
    createC: "Create competence assessment",
    candidates: "Add candidates",
    planWeak: "Plan tasks for weak conditions",
    sheetT: "Tasks",
  },
};

const session = browserSession({ dirs: ["de", "nl", "en"].map(OUT) });

/**
 * What does not fit in the pane: the pane scrolling sideways, a box reaching past the pane's right edge, and a
 * text wider than a box that hides what overflows (cut, or cut with an ellipsis).
 */
async function misfits(page) {
  return page.evaluate(() => {
    const pane = document.querySelector('aside[aria-label="Task pane"]');
    const found = [];
    if (pane.scrollWidth > pane.clientWidth + 1)
      found.push(`the pane scrolls sideways (${pane.scrollWidth} px content in ${pane.clientWidth} px)`);
    const edge = pane.getBoundingClientRect().right;
    const describe = (el) =>
      `<${el.tagName.toLowerCase()}${el.getAttribute("role") ? ` role=${el.getAttribute("role")}` : ""}> "${(el.textContent ?? "").trim().slice(0, 50)}"`;
    for (const el of pane.querySelectorAll("*")) {
      if (el.closest("[data-tabster-dummy], option, select")) continue;
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden") continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right > edge + 1) found.push(`${describe(el)} reaches ${Math.round(box.right - edge)} px past the pane`);
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim() !== "");
      if (ownText && style.overflowX !== "visible" && el.scrollWidth > el.clientWidth + 1)
        found.push(`${describe(el)} is cut: ${el.scrollWidth} px of text in ${el.clientWidth} px`);
    }
    return found;
  });
}

async function fits(page, screen) {
  assert.deepEqual(await misfits(page), [], `${screen}: everything fits the pane and reads fully`);
}

/** The focused element's accessible text, for the message of a failed focus check. */
async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el === null || el === document.body ? "<body>" : `<${el.tagName.toLowerCase()}> ${(el.textContent ?? "").trim().slice(0, 60)}`;
  });
}

async function focusIsOn(page, locator, what) {
  await page
    .waitForFunction((el) => el === document.activeElement, await locator.elementHandle(), { timeout: 10_000 })
    .catch(() => undefined);
  assert.ok(
    await locator.evaluate((el) => el === document.activeElement),
    `after ${what}, focus is on its result, not on ${await focused(page)}`,
  );
}

for (const width of [320, 400]) {
  for (const lang of ["de", "nl", "en"]) {
    const t = L[lang];
    describe(`the pane at ${width} px in ${lang}`, () => {
      it("fits every screen, and keeps the focus where the user continues", async () => {
        const page = await session.browser.newPage({ viewport: { width: width + 640, height: 900 } });
        const errors = [];
        page.on("pageerror", (e) => errors.push(e.message));
        await page.goto(`${session.server.url}?lang=${lang}&pane=${width}`);
        const pane = page.getByRole("complementary", { name: "Task pane" });
        const shoot = (name) =>
          width === 320
            ? page.screenshot({ path: `${OUT(lang)}narrow-${name}.png`, clip: { x: 0, y: 0, width: width + 2, height: 900 } })
            : undefined;

        await pane.getByRole("button", { name: t.create }).waitFor();
        await fits(page, "the first screen");
        await pane.getByRole("button", { name: t.create }).click();
        await page.getByTestId("verdict").waitFor();
        await focusIsOn(page, pane.getByRole("heading", { level: 2 }).first(), "creating the checklist");
        for (let row = 10; row <= 23; row++) await typeInto(page, `I${row}`, row === 10 ? 2 : row === 11 ? 1 : 4);
        await page.waitForFunction(() => document.querySelector('[data-testid="verdict"]')?.getAttribute("data-verdict") === "NOT_READY");
        await fits(page, "the readiness results");
        await shoot("readiness");
        await pane.getByRole("button", { name: t.planWeak }).click();
        await page.getByTestId("planned").waitFor();
        await fits(page, "the tasks planned for weak conditions");

        await pane.getByRole("tab", { name: t.tabC }).click();
        await page.getByLabel(t.candidates).waitFor();
        await fits(page, "the competence form");
        await page.getByLabel(t.language).selectOption(lang);
        await page.getByLabel(t.candidates).fill("Anna Schneider-Hoffmann, Bert, Cem");
        await pane.getByRole("button", { name: t.createC }).click();
        await page.getByTestId("best").waitFor();
        await focusIsOn(page, pane.getByRole("heading", { level: 2 }).first(), "creating the assessment");
        for (let row = 10; row <= 17; row++) {
          await typeInto(page, `G${row}`, 4);
          await typeInto(page, `H${row}`, row === 10 ? 2 : 5);
          await typeInto(page, `I${row}`, row === 10 ? 4 : 3);
        }
        await page.getByTestId("deficits").getByRole("button").first().waitFor({ timeout: 10_000 });
        await fits(page, "the competence results");
        await shoot("competences");

        await pane.getByRole("tab", { name: t.tabT }).click();
        await page.getByTestId("linked").waitFor();
        await page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: t.sheetT }).click();
        await typeInto(page, "F13", "2020-01-31");
        await typeInto(page, "F14", new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10));
        await page.getByTestId("overdue").waitFor({ timeout: 10_000 });
        await fits(page, "the task results");
        await shoot("tasks");
        assert.deepEqual(errors, [], "no errors in the page");
        await page.close();
      });
    });
  }
}
