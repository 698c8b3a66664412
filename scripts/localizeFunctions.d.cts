/** Types of localizeFunctions.cjs, for the tests that run the build's own localizing step. */
export declare const LOCALIZED: readonly ("de" | "nl")[];
export declare function metadataFile(lang: "de" | "nl" | "en"): string;
export declare function localizeMetadata<T extends { functions: readonly object[] }>(english: T, lang: string): T;
export declare class LocalizedFunctionsPlugin {
  apply(compiler: unknown): void;
}
