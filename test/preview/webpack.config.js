/**
 * The preview outside Excel (`npm run preview`) and its build for the browser tests. Dev tooling only: it bundles
 * the test double and HyperFormula (GPL-3.0), so it never writes into dist/. The second entry, office-stand-in.js,
 * stands in for Office.js when the browser tests load the shipped page (dist/taskpane.html).
 */
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

/** The task pane's Content Security Policy (src/taskpane/taskpane.html): the preview runs the pane under it too. */
const PANE_CSP = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
  fs.readFileSync(path.resolve(__dirname, "../../src/taskpane/taskpane.html"), "utf8"),
)?.[1];
if (PANE_CSP === undefined) throw new Error("src/taskpane/taskpane.html has no Content-Security-Policy");

module.exports = (_env, options) => ({
  mode: options.mode ?? "development",
  devtool: options.mode === "production" ? false : "source-map",
  entry: { preview: path.resolve(__dirname, "index.tsx"), "office-stand-in": path.resolve(__dirname, "officeStandIn.ts") },
  output: { path: path.resolve(__dirname, "../../test-results/preview"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
      { test: /\.css$/, type: "asset/source" },
    ],
  },
  performance: { hints: false },
  plugins: [
    new HtmlWebpackPlugin({
      template: path.resolve(__dirname, "preview.html"),
      chunks: ["preview"],
      meta: { csp: { "http-equiv": "Content-Security-Policy", content: PANE_CSP } },
    }),
  ],
  devServer: { port: Number(process.env.PREVIEW_PORT || 3001), open: false, hot: false, static: false },
});
