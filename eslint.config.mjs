import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "coverage/", "node_modules/", "test-results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}", "test/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, Office: "readonly", Excel: "readonly", CustomFunctions: "readonly" } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      // prettier wraps the code at 140; comments are wrapped by hand, texts and patterns stay whole
      "max-len": ["error", { code: 140, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true }],
    },
  },
  {
    // the custom functions' signatures are read by the metadata generator: `any[][]` is how Excel ranges are declared,
    // and each @param line is the argument's help as Excel shows it
    files: ["src/functions/**/*.ts", "src/kinds/*/functions/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off", "max-len": "off" },
  },
  {
    files: ["*.js", "scripts/**/*.mjs", "scripts/**/*.cjs", "test/**/*.mjs", "test/**/*.js", "test/**/*.cjs", ".ci/**/*.mjs"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // browser tests run in Node and hand callbacks to the page
    files: ["test/browser/**/*.mjs"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
