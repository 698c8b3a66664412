/** Builds the benchmark (Node) and its reference page (React + Fluent, one button) with the add-in's settings. */
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const ts = { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } };
const out = (dir) => path.resolve(__dirname, "../../test-results", dir);

/** A reference page built like the pane: production mode, the same loader. */
const floor = (name, entry, dir) => ({
  name,
  mode: "production",
  entry: { floor: path.resolve(__dirname, "floor", entry) },
  output: { path: out(dir), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: { rules: [ts] },
  devtool: false,
  performance: { hints: false },
  plugins: [new HtmlWebpackPlugin({ template: path.resolve(__dirname, "floor/index.html") })],
});

module.exports = [
  {
    name: "bench",
    mode: "production",
    target: "node",
    entry: { bench: path.resolve(__dirname, "bench.ts") },
    output: { path: out("bench"), filename: "[name].js" },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    externals: { hyperformula: "commonjs hyperformula", exceljs: "commonjs exceljs", "playwright-core": "commonjs playwright-core" },
    module: { rules: [ts] },
    // the kinds' descriptors name their pane panels: the bench never loads them (as the command line does not)
    plugins: [new webpack.IgnorePlugin({ resourceRegExp: /[\\/]taskpane[\\/]/ })],
    optimization: { minimize: false },
    devtool: false,
    performance: { hints: false },
  },
  floor("floor", "index.tsx", "bench-floor"),
  // the floor with the one Fluent control the pane's first render adds to it: the sheet tabs
  floor("floor-tabs", "tabs.tsx", "bench-floor-tabs"),
];
