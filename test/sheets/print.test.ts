/** How every sheet prints: the header and footer a user sees on paper, and the file format's code for them. */
import { headerFooterCode, printSetup } from "../../src/sheets/print";

const AREA = { row: 0, col: 0, rows: 20, cols: 9 };

describe("a sheet's print setup", () => {
  it("prints an ampersand in the title as one, not as a header code", () => {
    const setup = printSetup("R&D key accounts", "en", { area: AREA, headerRow: 8 });
    expect(setup.header).toEqual({ center: "&BR&&D key accounts" });
    expect(setup.footer).toEqual({ left: "&A", center: "Page &P of &N", right: "&D" });
    expect(setup.titleRows).toEqual({ from: 8, to: 8 });
  });

  it("scales and repeats columns only when asked: no empty settings that a host would apply", () => {
    const plain = printSetup("Plan", "de", { area: AREA, headerRow: 3 });
    expect(Object.keys(plain)).not.toContain("fit");
    expect(Object.keys(plain)).not.toContain("titleColumns");
    const fitted = printSetup("Plan", "de", { area: AREA, headerRow: 3, fit: { wide: 1 }, titleColumns: { from: 0, to: 2 } });
    expect(fitted.fit).toEqual({ wide: 1 });
    expect(fitted.titleColumns).toEqual({ from: 0, to: 2 });
  });
});

describe("a header or footer in the file format", () => {
  it("starts each part that is there with its code, &L, &C or &R, and leaves out those that are not", () => {
    expect(headerFooterCode({ left: "&A", center: "Seite &P von &N", right: "&D" })).toBe("&L&A&CSeite &P von &N&R&D");
    expect(headerFooterCode({ center: "&BTitle" })).toBe("&C&BTitle");
    expect(headerFooterCode({ left: "x" })).toBe("&Lx");
    expect(headerFooterCode({ right: "y" })).toBe("&Ry");
    expect(headerFooterCode({})).toBe("");
  });
});
