/**
 * The preview outside Excel (`npm run preview`) and its build for the browser tests. Dev tooling only: it bundles
 * the test double and HyperFormula (GPL-3.0), so it never writes into dist/.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

module.exports = (_env, options) => ({
  mode: options.mode ?? "development",
  devtool: options.mode === "production" ? false : "source-map",
  entry: { preview: path.resolve(__dirname, "index.tsx") },
  output: { path: path.resolve(__dirname, "../../test-results/preview"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
      { test: /\.css$/, type: "asset/source" },
    ],
  },
  performance: { hints: false },
  plugins: [new HtmlWebpackPlugin({ template: path.resolve(__dirname, "preview.html") })],
  devServer: { port: Number(process.env.PREVIEW_PORT || 3001), open: false, hot: false, static: false },
});
