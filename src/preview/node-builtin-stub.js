/* global module */
// Stands in for Node built-ins (node:fs, node:zlib, …) that src/cli modules import, in the browser bundle only.
// The preview uses the CLI's ExcelJS cell conversion on bytes it already holds; the CLI functions that read files
// or unzip packages are never called there (webpack.config.js applies this stub to imports from src/cli only).
// Not an object literal: webpack then treats its exports as unknown instead of warning about each name used.
module.exports = Object.freeze(Object.create(null));
