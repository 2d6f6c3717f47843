// The build pieces the Excel add-in (webpack.config.js) and the WPS add-in (webpack.wps.js) share, so the two
// bundles compile TypeScript and split React and Fluent out the same way.

/** TypeScript through ts-loader as ES modules so webpack can drop unused Fluent components; types are checked
 * by `npm run typecheck`. */
const typescriptRules = [
  {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: 'ts-loader',
      options: { transpileOnly: true, compilerOptions: { module: 'es2020', target: 'es2020' } },
    },
  },
];

/** React and Fluent UI in chunks of their own, cached across releases of the add-in's own code. */
const vendorCacheGroups = {
  react: {
    test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
    name: 'react',
    priority: 20,
  },
  fluent: {
    test: /[\\/]node_modules[\\/]@(fluentui|griffel|floating-ui|swc)[\\/]/,
    name: 'fluent',
    priority: 10,
  },
};

/** The settings every bundle of ours takes, for `production` or development builds. */
function commonConfig(production) {
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: { rules: typescriptRules },
    performance: { hints: false }, // bundle sizes are measured by scripts/bench-pane.ts instead
  };
}

module.exports = { commonConfig, vendorCacheGroups };
