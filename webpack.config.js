const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { kindFunctionModules } = require("./scripts/kinds.cjs");
const { LocalizedFunctionsPlugin } = require("./scripts/localizeFunctions.cjs");

const DEV_URL = "https://localhost:3000/";
/** Where the built add-in is hosted; the manifest's dev URLs are replaced with it (all of them, not just the first). */
const PUBLIC_URL = process.env.ADDIN_PUBLIC_URL || DEV_URL;

async function httpsOptions() {
  try {
    // the Office dev certificates are trusted by Office once installed; outside Office a self-signed one will do
    const devCerts = require("office-addin-dev-certs");
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    console.warn(`office-addin-dev-certs unavailable (${error.message}); serving with a self-signed certificate.`);
    return undefined;
  }
}

/**
 * The custom functions: each kind's module (src/kinds/<kind>/functions/<kind>.ts), found in the kinds' folders.
 * Together they are the functions bundle, which must run in Excel's JavaScript-only runtime (no DOM, no window):
 * they import nothing that touches the DOM or React.
 */
const KIND_FUNCTIONS = kindFunctionModules();

/** The command line (`kam`): a Node bundle of the same domain, sheets, .xlsx host and workflows. */
const cli = {
  name: "cli",
  target: "node",
  entry: { cli: "./src/cli/main.ts" },
  output: { path: path.resolve(__dirname, "dist/cli"), filename: "[name].js", library: { type: "commonjs2" } },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  externals: { exceljs: "commonjs exceljs" },
  module: { rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }] },
  plugins: [
    // the kinds' descriptors name their pane panels (loaded lazily): the command line never loads them, and must
    // not ship React and Fluent UI
    new webpack.IgnorePlugin({ resourceRegExp: /[\\/]taskpane[\\/]/ }),
    // one file: the kinds' workflows, which the pane loads lazily, are all needed here
    new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
  ],
  devtool: false,
};

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const addin = {
    devtool: dev ? "source-map" : false,
    entry: {
      // the custom functions are their own bundle: Excel may load it into a JavaScript-only runtime
      functions: KIND_FUNCTIONS,
      taskpane: "./src/taskpane/index.tsx",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: { keep: /^cli[\\/]/ } },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        // type checking is `npm run typecheck`; the build only transpiles
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    // ExcelJS is a chunk of its own, loaded only for "download a portable workbook"
    performance: {
      maxAssetSize: 600000,
      maxEntrypointSize: 600000,
      assetFilter: (file) => file.endsWith(".js") && !file.startsWith("exceljs"),
    },
    plugins: [
      // one functions module per kind; each gets its CustomFunctions.associate calls appended
      new CustomFunctionsMetadataPlugin({
        input: KIND_FUNCTIONS,
        output: "functions.json",
      }),
      // functions-de.json and functions-nl.json: the same functions with German and Dutch names and help
      new LocalizedFunctionsPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // one page, one shared runtime: the pane and the functions load together
        chunks: ["functions", "taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // the support page the manifest names (SupportUrl, LearnMoreUrl): static, in de, nl and en
          { from: "src/help/help.html", to: "help.html" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform: (content) =>
              dev ? content : content.toString().replace(new RegExp(DEV_URL.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"), "g"), PUBLIC_URL),
          },
        ],
      }),
    ],
    devServer: {
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_SERVE ? await httpsOptions() : undefined },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      static: { directory: path.resolve(__dirname, "dist") },
    },
  };
  // the dev server serves the add-in only
  return env.WEBPACK_SERVE ? addin : [addin, { ...cli, mode: options.mode }];
};
