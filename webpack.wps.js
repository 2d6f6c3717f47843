// Builds the WPS 表格 add-in (WPS 加载项) into dist/wps/:
//   dist/wps/selfeval_<version>/   the add-in: index.html (ribbon page), ribbon.xml, taskpane.html, images/, scripts
//   dist/wps/publish.xml           the offline record (what install.js merges into the user's jsaddons/publish.xml)
//   dist/wps/online/               jsplugins.xml and publish.xml for a centrally hosted copy at WPS_ADDIN_URL
//   dist/wps/install.js            installs for the current user on Windows and Linux (see README "WPS 表格")
// env WPS_ADDIN_URL: where a finance bureau serves the add-in folder (default http://127.0.0.1:3889/, the port
// `npm run wps:serve` and WPS's own wpsjs debug server use).
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyPlugin = require('copy-webpack-plugin');
const { commonConfig, vendorCacheGroups } = require('./webpack.common.js');
const { name: NAME, version: VERSION } = require('./package.json');

const FOLDER = `${NAME}_${VERSION}`;
const WPS_DIST = path.resolve(__dirname, 'dist', 'wps');

/** dist/wps holds one version only: install.js copies the one add-in folder it finds there. */
class CleanWpsDist {
  apply(compiler) {
    compiler.hooks.beforeRun.tap('CleanWpsDist', () => fs.rmSync(WPS_DIST, { recursive: true, force: true }));
  }
}
const DEFAULT_URL = 'http://127.0.0.1:3889/';

function addinUrl() {
  const url = process.env.WPS_ADDIN_URL || DEFAULT_URL;
  if (!/^https?:\/\/.+\/$/.test(url))
    throw new Error(`WPS_ADDIN_URL must be an http(s) URL ending with /, got ${url}`);
  return url;
}

function fillIn(content, url) {
  return content
    .toString()
    .replace(/\{\{NAME\}\}/g, NAME)
    .replace(/\{\{VERSION\}\}/g, VERSION)
    .replace(/\{\{FOLDER\}\}/g, FOLDER)
    .replace(/\{\{URL\}\}/g, url);
}

module.exports = (production) => {
  const url = addinUrl();
  return {
    name: 'wps',
    ...commonConfig(production),
    entry: {
      ribbon: './src/wps/addin/ribbon.ts',
      taskpane: './src/wps/addin/taskpane.tsx',
    },
    output: {
      path: path.join(WPS_DIST, FOLDER),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      // Relative to the pages beside them: the same files work from jsaddons/ on disk and from a bureau's URL.
      publicPath: '',
    },
    optimization: {
      splitChunks: {
        chunks: (chunk) => chunk.name === 'taskpane',
        cacheGroups: vendorCacheGroups,
      },
    },
    plugins: [
      new CleanWpsDist(),
      // WPS calls window.ribbon.* as soon as it has read ribbon.xml: a classic, blocking script in <head>.
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './src/wps/addin/index.html',
        chunks: ['ribbon'],
        inject: 'head',
        scriptLoading: 'blocking',
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/wps/addin/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
      }),
      new CopyPlugin({
        patterns: [
          { from: 'src/wps/addin/ribbon.xml', to: 'ribbon.xml' },
          { from: 'src/wps/addin/images/*.svg', to: 'images/[name][ext]' },
          {
            from: 'src/wps/addin/registry/publish.xml',
            to: '../publish.xml',
            transform: (c) => fillIn(c, url),
          },
          {
            from: 'src/wps/addin/registry/online-jsplugins.xml',
            to: '../online/jsplugins.xml',
            transform: (c) => fillIn(c, url),
          },
          {
            from: 'src/wps/addin/registry/online-publish.xml',
            to: '../online/publish.xml',
            transform: (c) => fillIn(c, url),
          },
          { from: 'scripts/wps-install.js', to: '../install.js' },
        ],
      }),
    ],
  };
};
