/**
 * Unit and component tests. ts-jest transpiles only (the type check is `npm run typecheck`); the `.tsx` pane
 * tests choose jsdom per file with a docblock.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { isolatedModules: true, jsx: "react-jsx", module: "commonjs", esModuleInterop: true, target: "ES2022" } },
    ],
  },
  setupFilesAfterEnv: ["<rootDir>/test/setup.ts"],
  globalSetup: "<rootDir>/test/globalSetup.js",
};
