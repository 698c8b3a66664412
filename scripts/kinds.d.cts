/** Types of kinds.cjs, for the tests that find the kinds' functions as the build does. */
export declare function kindFunctionModules(): string[];
export declare function kindFunctionTexts(): Record<string, Record<string, object>>;
