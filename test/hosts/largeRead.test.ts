/**
 * Excel on the web answers no request with more than 5 MB (ResponsePayloadSizeLimitExceeded), and the double refuses
 * such an answer as Excel does. A sheet whose entries are larger than that is read in parts: every cell arrives,
 * no answer is over the limit, and a sheet that fits still takes its usual round trips.
 */
import { cellAddress } from "../../src/sheets/address";
import { RESPONSE_LIMIT } from "../office/context";
import { excelOnDouble } from "./setup";

jest.setTimeout(120_000);

/** A sheet of `rows` × `cols` texts of `length` characters, each naming its cell. */
function filled(rows: number, cols: number, length: number) {
  const { excel, host } = excelOnDouble();
  const sheet = excel.workbook.addSheet("Notes");
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) sheet.setCell(cellAddress(r, c), `${cellAddress(r, c)} ${"x".repeat(length)}`);
  excel.resetCount();
  return { excel, host };
}

async function expectWhole(rows: number, cols: number, length: number) {
  const { excel, host } = filled(rows, cols, length);
  const grid = (await host.readSheets(["Notes"])).get("Notes")!;
  const cells = grid.values.flatMap((line) => line.filter((v) => v !== undefined));
  expect(cells).toHaveLength(rows * cols);
  expect(grid.values[rows - 1]![cols - 1]).toBe(`${cellAddress(rows - 1, cols - 1)} ${"x".repeat(length)}`);
  expect(excel.largestResponse).toBeLessThanOrEqual(RESPONSE_LIMIT);
  return excel;
}

describe("reading a sheet larger than Excel on the web answers at once", () => {
  it("reads a used range it loads whole (under 100,000 cells) in parts when its content is over 5 MB", async () => {
    // 3,000 × 10 notes of 200 characters: about 12 MB as values and formulas
    const excel = await expectWhole(3_000, 10, 200);
    expect(excel.bytesReceived).toBeGreaterThan(RESPONSE_LIMIT * 2);
    expect(excel.syncCount).toBeLessThanOrEqual(12);
  });

  it("reads a large sheet's entries area by area, in parts when they are over 5 MB", async () => {
    // 11,000 × 10 cells (over 100,000: read by its entries' areas), about 13 MB
    const excel = await expectWhole(11_000, 10, 50);
    expect(excel.syncCount).toBeLessThanOrEqual(14);
  });

  it("still reads a sheet that fits in two round trips", async () => {
    const excel = await expectWhole(300, 10, 200);
    expect(excel.syncCount).toBe(2);
  });
});
