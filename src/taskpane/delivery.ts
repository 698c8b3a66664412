/**
 * How a portable copy reaches the user, by platform. A download through the browser works in Excel on the web
 * (and in the preview), but not in Excel for Mac, whose task pane blocks blob downloads (office-js issues 2700,
 * 3385): the pane would say "downloaded" and nothing would arrive. So the desktop opens the copy as a new workbook
 * (Excel.createWorkbook, ExcelApi 1.8, which the manifest requires), for the user to save where they like. Excel
 * for Mac opens that window behind the current one (office-js issue 6943): the pane says where to find it.
 */
export type DeliveryKind = "download" | "newWorkbook" | "newWorkbookBehind";

export interface Delivery {
  readonly kind: DeliveryKind;
  deliver(bytes: ArrayBuffer, file: string): Promise<void>;
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Saves bytes as a file through the browser (the task pane is a web page). */
export const BROWSER_DOWNLOAD: Delivery = {
  kind: "download",
  async deliver(bytes, file) {
    const url = URL.createObjectURL(new Blob([bytes], { type: XLSX_TYPE }));
    const a = document.createElement("a");
    a.href = url;
    a.download = file;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};

/** An .xlsx file as the base64 text Excel.createWorkbook takes (in slices: one argument list per call is bounded). */
export function toBase64(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let text = "";
  for (let i = 0; i < view.length; i += 0x8000) text += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(text);
}

/** Opens the copy as a new workbook; `behind`: the platform places its window behind this one (Mac). */
export function newWorkbook(createWorkbook: (base64: string) => Promise<unknown>, behind: boolean): Delivery {
  return {
    kind: behind ? "newWorkbookBehind" : "newWorkbook",
    async deliver(bytes) {
      await createWorkbook(toBase64(bytes));
    },
  };
}

/** The delivery for the Office platform at hand (Office.context.platform). */
export function deliveryFor(platform: Office.PlatformType | undefined, createWorkbook: (base64: string) => Promise<unknown>): Delivery {
  // compared as text, so that no Office global is needed outside Office
  const name = platform === undefined || platform === null ? "" : String(platform);
  if (name === "" || name === "OfficeOnline") return BROWSER_DOWNLOAD;
  return newWorkbook(createWorkbook, name === "Mac");
}
