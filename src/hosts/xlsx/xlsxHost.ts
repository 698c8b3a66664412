import type ExcelJS from "exceljs";
import type { SheetGrid } from "../../sheets/read";
import { type SheetHost, type SheetMatcher, namesToRead } from "../host";
import { addCharts } from "./charts";
import { readWorksheet } from "./read";
import { chartsOf, writeWorksheet } from "./write";

/**
 * The .xlsx host: the same interface as the Excel host, over an ExcelJS workbook in memory (load it from a file
 * or buffer before, save it after). Selecting and watching have no meaning in a file and do nothing.
 */
export function createXlsxHost(wb: ExcelJS.Workbook): SheetHost {
  const find = (name: string) => wb.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase());
  const readSheets = async (names: readonly string[], matching?: SheetMatcher) =>
    new Map(
      namesToRead(
        names,
        wb.worksheets.map((w) => w.name),
        matching,
      ).map((n): [string, SheetGrid | null] => {
        const sheet = find(n);
        return [n, sheet ? readWorksheet(sheet) : null];
      }),
    );
  return {
    readSheets,
    writeSheet: async (spec, options = {}) => {
      writeWorksheet(wb, spec, options);
      return readSheets(options.readBack ?? [], options.readBackMatching);
    },
    select: async () => undefined,
    watch: async () => async () => undefined,
  };
}

/** The workbook's .xlsx bytes, with the charts of its sheets (ExcelJS writes none: they are added to its file). */
export async function saveWorkbook(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return addCharts(await wb.xlsx.writeBuffer(), chartsOf(wb));
}
