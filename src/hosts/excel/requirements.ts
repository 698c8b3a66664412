/** Optional Office.js requirement sets, checked at run time (the manifest demands only ExcelApi 1.8). */
export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export function officeRequirements(): Requirements {
  return {
    isSetSupported: (name, minVersion) => {
      const office = (globalThis as { Office?: typeof Office }).Office;
      return office?.context?.requirements?.isSetSupported(name, minVersion) ?? false;
    },
  };
}
