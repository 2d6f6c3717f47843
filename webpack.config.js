// Builds the add-in: the task pane, the ribbon commands' function file, and the browser preview.
// env ADDIN_BASE_URL: where the add-in is hosted (default https://localhost:3000); written into dist/manifest.xml.
// env OFFICE_JS=local: serve office.js from beside the pane instead of Microsoft's CDN (intranets without the CDN).
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyPlugin = require('copy-webpack-plugin');
const webpack = require('webpack');
const { commonConfig, vendorCacheGroups } = require('./webpack.common.js');

const CLI_DIR = path.resolve(__dirname, 'src/cli') + path.sep;
const NODE_BUILTIN_STUB = path.resolve(__dirname, 'src/preview/node-builtin-stub.js');

const DEV_BASE_URL = 'https://localhost:3000';
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_DIST = path.dirname(require.resolve('@microsoft/office-js/package.json')) + '/dist';

function baseUrl() {
  const url = (process.env.ADDIN_BASE_URL || DEV_BASE_URL).replace(/\/+$/, '');
  if (!/^https:\/\//.test(url))
    throw new Error(`ADDIN_BASE_URL must be an https:// URL (Office requires it), got ${url}`);
  return url;
}

/** The files office.js loads next to itself for Excel; the other hosts' scripts and most locales stay out. */
const LOCAL_OFFICE_JS = [
  'office.js',
  'o15apptofilemappingtable.js',
  'es6-promise.js',
  'excel*.js',
  'telemetry/**',
  'ariatelemetry/**',
  'zh-cn/**',
  'en-us/**',
];

async function httpsOptions() {
  try {
    const devCerts = require('office-addin-dev-certs');
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    // Installing the CA into the system store needs admin rights; the certificate files may exist all the same
    // (trust the CA by hand, or sideload where it is already trusted).
    const defaults = require('office-addin-dev-certs/lib/defaults');
    const fs = require('fs');
    const files = [defaults.caCertificatePath, defaults.localhostCertificatePath, defaults.localhostKeyPath];
    if (files.every((file) => fs.existsSync(file))) {
      console.warn(
        `office-addin-dev-certs: ${error.message.trim()}; using ${defaults.certificateDirectory} anyway.`,
      );
      const [ca, cert, key] = files.map((file) => fs.readFileSync(file));
      return { ca, cert, key };
    }
    console.warn(
      `office-addin-dev-certs could not provide a certificate (${error.message.trim()}); serving over http.`,
    );
    return undefined;
  }
}

const wpsConfig = require('./webpack.wps.js');

module.exports = async (_env, argv) => [await addinConfig(argv), wpsConfig(argv.mode === 'production')];

async function addinConfig(argv) {
  const production = argv.mode === 'production';
  const officeJsLocal = process.env.OFFICE_JS === 'local';
  const officeJsSrc = officeJsLocal ? 'office-js/office.js' : OFFICE_JS_CDN;
  const url = baseUrl();
  const serving = process.env.WEBPACK_SERVE === 'true';
  const https = serving ? await httpsOptions() : undefined;

  const page = (name, chunk, title) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: `./src/${chunk === 'preview' ? 'preview' : chunk}/${name}.html`,
      chunks: [chunk],
      templateParameters: { officeJsSrc, title },
      scriptLoading: 'defer',
    });

  return {
    ...commonConfig(production),
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      preview: './src/preview/index.tsx',
      'wps-preview': './src/preview/wps-index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: { keep: /^(cli|wps)\// }, // the CLI's tsc output and the WPS add-in (webpack.wps.js) share dist/
    },
    optimization: {
      splitChunks: {
        chunks: 'all',
        cacheGroups: vendorCacheGroups,
      },
    },
    plugins: [
      page('taskpane', 'taskpane', 'Self-assessment checker'),
      page('commands', 'commands', 'Self-assessment checker commands'),
      page('preview', 'preview', 'selfeval preview'),
      new HtmlWebpackPlugin({
        filename: 'wps-preview.html',
        template: './src/preview/preview.html',
        chunks: ['wps-preview'],
        templateParameters: { officeJsSrc, title: 'selfeval WPS preview' },
        scriptLoading: 'defer',
      }),
      // The preview reads a chosen .xlsx with the CLI's cell conversion (src/preview/xlsx-state.ts); the CLI
      // modules it pulls in import Node built-ins for file reading it never calls in a browser. Only imports
      // made from src/cli are stubbed, so Node code reaching the pane from anywhere else still fails the build.
      new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
        if ((resource.contextInfo?.issuer ?? '').startsWith(CLI_DIR)) resource.request = NODE_BUILTIN_STUB;
      }),
      new CopyPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // The preview's sample workbooks, read in the browser when a reviewer picks one.
          { from: 'samples/*.xlsx', to: 'samples/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => content.toString().split(DEV_BASE_URL).join(url),
          },
          ...(officeJsLocal
            ? LOCAL_OFFICE_JS.map((pattern) => ({
                from: pattern,
                context: OFFICE_JS_DIST,
                to: 'office-js/',
                globOptions: { ignore: ['**/*.debug.js'] },
                info: { minimized: true }, // already minified by Microsoft; terser would spend minutes on 9 MB
              }))
            : []),
        ],
      }),
    ],
    devServer: {
      port: Number(process.env.PORT || 3000),
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: https ? { type: 'https', options: https } : { type: 'http' },
      static: false,
      hot: false,
    },
  };
}
