#!/usr/bin/env node
// Installs selfeval for WPS 表格 for the current user (no administrator rights), on Windows and Linux.
// Shipped as dist/wps/install.js beside the add-in folder (selfeval_<version>/).
//
//   node install.js                     offline: copy the add-in into jsaddons and register it
//   node install.js --url <URL>         centrally hosted: register the add-in a bureau serves at URL (ends with /)
//   node install.js --uninstall         remove selfeval's folders and records
//   options: --jsaddons <dir> (another jsaddons folder), --dry-run (say what would change, change nothing)
//
// What it writes follows WPS's own toolkit and a shipped open-source add-in (see src/wps/README.md): the folder
// jsaddons/<name>_<version>/, a <jsplugin> (or <jspluginonline>) record in jsaddons/publish.xml and in
// jsaddons/jsplugins.xml, and an authwebsite.xml entry. Other add-ins' records are kept as they are.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const NAME = 'selfeval';

function usage(message) {
  if (message) console.error(message);
  console.error('usage: node install.js [--url <URL>] [--uninstall] [--jsaddons <dir>] [--dry-run]');
  process.exit(2);
}

function parseArgs(argv) {
  const options = { url: null, uninstall: false, jsaddons: null, dryRun: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--url') options.url = argv[++i];
    else if (arg === '--uninstall' || arg === '-u') options.uninstall = true;
    else if (arg === '--jsaddons') options.jsaddons = argv[++i];
    else if (arg === '--dry-run') options.dryRun = true;
    else if (arg === '--help' || arg === '-h') usage();
    else usage(`unknown option: ${arg}`);
  }
  if (options.url !== null && !/^https?:\/\/.+\/$/.test(options.url || ''))
    usage(`--url must be an http(s) URL ending with /, got ${options.url}`);
  return options;
}

/** %APPDATA%\kingsoft\wps\jsaddons on Windows, ~/.local/share/Kingsoft/wps/jsaddons on Linux (capital K). */
function defaultJsaddons(env = process.env, platform = process.platform) {
  if (platform === 'win32') {
    const appData = env.APPDATA || path.join(env.USERPROFILE || os.homedir(), 'AppData', 'Roaming');
    return path.join(appData, 'kingsoft', 'wps', 'jsaddons');
  }
  if (platform === 'darwin')
    return path.join(
      env.HOME || os.homedir(),
      'Library/Containers/com.kingsoft.wpsoffice.mac/Data/.kingsoft/wps/jsaddons',
    );
  return path.join(env.HOME || os.homedir(), '.local', 'share', 'Kingsoft', 'wps', 'jsaddons');
}

/** The add-in folder beside this script: selfeval_<version>/ holding ribbon.xml. */
function findPackage(dir) {
  const folders = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && new RegExp(`^${NAME}_\\d`).test(entry.name))
    .filter((entry) => fs.existsSync(path.join(dir, entry.name, 'ribbon.xml')))
    .map((entry) => entry.name);
  if (folders.length !== 1)
    throw new Error(
      `expected one ${NAME}_<version> folder with ribbon.xml beside install.js in ${dir}, found ${folders.length}`,
    );
  return { folder: folders[0], version: folders[0].slice(NAME.length + 1) };
}

const escapeAttr = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The file's text without any record naming selfeval, then `records` added inside <root>. */
function mergeRecords(text, root, records) {
  const declaration = text === null ? '<?xml version="1.0" encoding="UTF-8"?>\n' : '';
  let body = text ?? `${declaration}<${root}>\n</${root}>\n`;
  if (!new RegExp(`<${root}[\\s>]`).test(body) && !new RegExp(`<${root}/>`).test(body))
    body += `<${root}>\n</${root}>\n`;
  body = body.replace(new RegExp(`<${root}\\s*/>`), `<${root}>\n</${root}>`);
  // Remove earlier selfeval records (any element whose name attribute is selfeval), keep everything else.
  body = body.replace(
    new RegExp(`[ \\t]*<[A-Za-z]+\\b[^>]*\\bname="${NAME}"[^>]*/>[ \\t]*\\r?\\n?`, 'g'),
    '',
  );
  if (records.length === 0) return body;
  const close = body.lastIndexOf(`</${root}>`);
  return body.slice(0, close) + records.map((record) => `  ${record}\n`).join('') + body.slice(close);
}

function plan(options, sourceDir) {
  const jsaddons = options.jsaddons || defaultJsaddons();
  const files = {
    publish: path.join(jsaddons, 'publish.xml'),
    jsplugins: path.join(jsaddons, 'jsplugins.xml'),
    authwebsite: path.join(jsaddons, 'authwebsite.xml'),
  };
  const read = (file) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null);
  const oldFolders = fs.existsSync(jsaddons)
    ? fs
        .readdirSync(jsaddons, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && entry.name.startsWith(`${NAME}_`))
        .map((entry) => path.join(jsaddons, entry.name))
    : [];
  let copy = null;
  let publishRecords = [];
  let jspluginsRecords = [];
  let auth = [];
  if (!options.uninstall) {
    if (options.url) {
      const url = escapeAttr(options.url);
      publishRecords = [
        `<jspluginonline name="${NAME}" type="et" url="${url}" enable="enable_dev" install="null" customDomain=""/>`,
      ];
      jspluginsRecords = [`<jspluginonline name="${NAME}" type="et" url="${url}"/>`];
    } else {
      const { folder, version } = findPackage(sourceDir);
      copy = { from: path.join(sourceDir, folder), to: path.join(jsaddons, folder) };
      publishRecords = [
        `<jsplugin name="${NAME}" type="et" url="${folder}" version="${version}" enable="enable_dev" install="null" customDomain=""/>`,
      ];
      jspluginsRecords = [`<jsplugin name="${NAME}" type="et" url="${folder}" version="${version}"/>`];
    }
    auth = [`<website origin="null" name="${NAME}" status="enable"/>`];
  }
  return {
    jsaddons,
    removeFolders: oldFolders,
    copy,
    writes: [
      [files.publish, mergeRecords(read(files.publish), 'jsplugins', publishRecords)],
      [files.jsplugins, mergeRecords(read(files.jsplugins), 'jsplugins', jspluginsRecords)],
      [files.authwebsite, mergeRecords(read(files.authwebsite), 'websites', auth)],
    ],
  };
}

function apply(steps, log = console.log) {
  fs.mkdirSync(steps.jsaddons, { recursive: true });
  for (const folder of steps.removeFolders) {
    log(`remove ${folder}`);
    fs.rmSync(folder, { recursive: true, force: true });
  }
  if (steps.copy) {
    log(`copy ${steps.copy.from} -> ${steps.copy.to}`);
    fs.cpSync(steps.copy.from, steps.copy.to, { recursive: true });
  }
  for (const [file, text] of steps.writes) {
    log(`write ${file}`);
    fs.writeFileSync(file, text, 'utf8');
  }
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  if (
    process.platform !== 'win32' &&
    typeof process.getuid === 'function' &&
    process.getuid() === 0 &&
    !options.jsaddons
  )
    usage(
      'Run this as the user who uses WPS, not as root: WPS reads the add-ins of each user from their home folder.',
    );
  const steps = plan(options, __dirname);
  if (options.dryRun) {
    console.log(JSON.stringify({ ...steps, writes: steps.writes.map(([file]) => file) }, null, 2));
    return;
  }
  apply(steps);
  console.log(
    options.uninstall
      ? 'selfeval removed. Restart WPS 表格.'
      : 'Done. Quit WPS completely and start WPS 表格 again; allow the add-in if WPS asks (then restart once more). ' +
          'The tab 绩效自评 appears on the ribbon.\n完成。请完全退出 WPS 后重新打开 WPS 表格；如提示是否允许加载项运行，请允许（然后再重启一次）。功能区会出现"绩效自评"选项卡。',
  );
}

module.exports = { defaultJsaddons, mergeRecords, plan, apply, findPackage };

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(`selfeval install: ${error.message}`);
    process.exit(1);
  }
}
