/*
 * Entry of the custom functions bundle. It must run in Excel's JavaScript-only runtime (no DOM, no window):
 * import nothing that touches the DOM or React. CustomFunctionsMetadataPlugin appends the
 * CustomFunctions.associate calls to each functions module at build time.
 */
export * from "./readiness";
export * from "./competences";
export * from "./tasks";
