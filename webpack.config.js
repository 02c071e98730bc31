// Builds the task pane into dist/, following the `yo office` template: one page (taskpane.html)
// that loads office.js from Microsoft's CDN with a <script> tag (never bundled), the assets, the
// privacy and terms pages, both manifests (manifest.xml, and the unified manifest.json with its
// Japanese file) with the development URL replaced by the production one, and the app package an
// admin uploads to Integrated Apps (ndr-explainer.zip).
//
//   npm run build                                    -> dist/ for https://localhost:3000/
//   ADDIN_BASE_URL=https://addins.example.org/ndr/ npm run build
//                                                    -> dist/ to host at that URL, manifests included
//   npm start                                        -> dev server on https://localhost:3000
//                                                       (http if no dev certificate can be installed)
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const AdmZip = require("adm-zip");

const DEV_URL = "https://localhost:3000/";
const OFFICE_JS_HOST = "https://appsforoffice.microsoft.com";
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** The base URL the production manifest points to: ADDIN_BASE_URL, https only, ending in "/". */
function productionUrl() {
  const raw = process.env.ADDIN_BASE_URL;
  if (!raw) return DEV_URL;
  const url = new URL(raw);
  if (url.protocol !== "https:") throw new Error(`ADDIN_BASE_URL must be https (got ${raw})`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** The manifests, each written to dist/ with its URLs rewritten. */
const MANIFESTS = ["manifest.xml", "manifest.json", "manifest.ja-jp.json"];
const APP_PACKAGE = "ndr-explainer.zip";

/** Rewrites every development URL in a manifest (XML or JSON) to the production base URL. */
function rewriteManifest(content, baseUrl) {
  return content.toString().split(DEV_URL).join(baseUrl);
}

/**
 * The files of the app package, as the unified manifest names them: itself, its localization
 * files, and its colour and outline icons (paths relative to the package root, as in dist/).
 */
function appPackageFiles(manifest) {
  const languages = manifest.localizationInfo?.additionalLanguages ?? [];
  return [
    "manifest.json",
    ...languages.map((language) => language.file),
    manifest.icons.color,
    manifest.icons.outline,
  ];
}

/** Zips the app package from the files already in the build's output. */
class AppPackagePlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("AppPackage", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "AppPackage", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          const read = (name) => {
            const asset = compilation.getAsset(name);
            if (!asset) throw new Error(`${APP_PACKAGE}: ${name} is not in the build`);
            return asset.source.buffer();
          };
          const zip = new AdmZip();
          for (const file of appPackageFiles(JSON.parse(read("manifest.json").toString()))) {
            zip.addFile(file, read(file));
          }
          compilation.emitAsset(APP_PACKAGE, new sources.RawSource(zip.toBuffer()));
        },
      );
    });
  }
}

/**
 * The page's Content-Security-Policy: scripts from this site and Microsoft's office.js CDN only, no
 * inline script, no eval. Fluent UI writes its styles at run time, hence style-src 'unsafe-inline'.
 * The dev server also needs its live-reload socket.
 */
function contentSecurityPolicy(dev) {
  const connect = dev ? "'self' ws://localhost:* wss://localhost:*" : "'self'";
  return [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_JS_HOST}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** https with office-addin-dev-certs where they can be installed, else plain http with a notice. */
async function devServerTransport() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { server: { type: "https", options }, url: `https://localhost:${PORT}/` };
  } catch (error) {
    console.warn(
      `\nCould not install a trusted localhost certificate (${error.message.split("\n")[0]}).\n` +
        `Serving over plain http instead: fine for the standalone analyzer in a browser, but\n` +
        `Outlook needs https (run \`npx office-addin-dev-certs install\` and restart).\n`,
    );
    return { server: { type: "http" }, url: `http://localhost:${PORT}/` };
  }
}

/**
 * The lazy chunk groups the entry starts loading at once: "ui" (React, Fluent UI, the pane's
 * shell) and "engine" (the engine, its catalog and the cards), in that order.
 */
const PRELOADED_GROUPS = ["ui", "engine"];

/**
 * Adds <link rel="preload"> for the chunks of the PRELOADED_GROUPS to the page, so they download
 * beside the entry chunk (and office.js) instead of after the entry has run.
 */
class PreloadChunksPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("PreloadChunks", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap("PreloadChunks", (data) => {
        const chunks = PRELOADED_GROUPS.flatMap(
          (name) => compilation.namedChunkGroups.get(name)?.chunks ?? [],
        );
        const files = [...new Set(chunks.flatMap((chunk) => [...chunk.files]))].filter((file) =>
          file.endsWith(".js"),
        );
        const links = files.map((href) =>
          HtmlWebpackPlugin.createHtmlTagObject("link", { rel: "preload", as: "script", href }),
        );
        data.headTags.unshift(...links);
        return data;
      });
    });
  }
}

module.exports = async (_env, argv) => {
  const dev = argv.mode !== "production";
  const serving = process.env.WEBPACK_SERVE === "true";
  const transport = serving ? await devServerTransport() : undefined;
  const baseUrl = dev ? DEV_URL : productionUrl();
  if (transport) {
    console.log(
      `\nNDR Explainer: open ${transport.url}taskpane.html (standalone analyzer in a browser),`,
    );
    console.log(`or sideload manifest.xml in Outlook (see README).\n`);
  }

  return {
    mode: dev ? "development" : "production",
    // Source maps without eval, so the page's CSP holds in development too.
    devtool: dev ? "source-map" : false,
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // The .msg reader's only Node dependency; the shim decodes with TextDecoder instead.
      alias: { "iconv-lite": path.resolve(__dirname, "src/msg/iconv-lite-shim.ts") },
    },
    module: {
      rules: [
        // The provider tables load when a bounce names them (see the loader).
        {
          test: path.resolve(__dirname, "src/core/catalog/providers/index.ts"),
          enforce: "pre",
          loader: path.resolve(__dirname, "scripts/provider-index-loader.cjs"),
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { onlyCompileBundledFiles: true, transpileOnly: true },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/office/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: {
          csp: contentSecurityPolicy(dev),
          officeJs: `${OFFICE_JS_HOST}/lib/1/hosted/office.js`,
        },
      }),
      new PreloadChunksPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/pages/*.html", to: "[name][ext]" },
          ...MANIFESTS.map((file) => ({
            from: file,
            to: file,
            transform: (content) => rewriteManifest(content, baseUrl),
          })),
        ],
      }),
      new AppPackagePlugin(),
    ],
    devServer: {
      host: "localhost",
      port: PORT,
      hot: false,
      liveReload: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      ...(transport ? { server: transport.server } : {}),
    },
  };
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.appPackageFiles = appPackageFiles;
module.exports.productionUrl = productionUrl;
