// The WPS install script (shipped as dist/wps/install.js) on a temporary jsaddons folder: offline and centrally
// hosted installs, re-install, uninstall, and other add-ins' records left alone.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the script is plain CommonJS for end users
const installer = require('../../scripts/wps-install.js') as {
  defaultJsaddons(env: Record<string, string>, platform: string): string;
};

const SCRIPT = join(__dirname, '../../scripts/wps-install.js');
const OTHER = '<jsplugin name="wps-zotero" type="wps" url="http://127.0.0.1:3889/" version="1.0"/>';

let root: string;
let dist: string;
let jsaddons: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'selfeval-wps-install-'));
  dist = join(root, 'dist', 'wps');
  jsaddons = join(root, 'home', 'jsaddons');
  mkdirSync(join(dist, 'selfeval_0.1.0', 'images'), { recursive: true });
  writeFileSync(join(dist, 'selfeval_0.1.0', 'ribbon.xml'), '<customUI/>');
  writeFileSync(join(dist, 'selfeval_0.1.0', 'index.html'), '<html></html>');
  copyFileSync(SCRIPT, join(dist, 'install.js'));
  mkdirSync(jsaddons, { recursive: true });
  writeFileSync(
    join(jsaddons, 'publish.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  ${OTHER}\n</jsplugins>\n`,
  );
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const run = (...args: string[]) =>
  execFileSync(process.execPath, [join(dist, 'install.js'), '--jsaddons', jsaddons, ...args], {
    encoding: 'utf8',
  });
const read = (name: string) => readFileSync(join(jsaddons, name), 'utf8');
const count = (text: string, needle: string) => text.split(needle).length - 1;

describe('install.js', () => {
  it('installs offline: copies the folder and registers it in publish.xml, jsplugins.xml and authwebsite.xml', () => {
    run();
    expect(existsSync(join(jsaddons, 'selfeval_0.1.0', 'ribbon.xml'))).toBe(true);
    expect(read('publish.xml')).toContain(OTHER);
    expect(read('publish.xml')).toContain(
      '<jsplugin name="selfeval" type="et" url="selfeval_0.1.0" version="0.1.0" enable="enable_dev" install="null" customDomain=""/>',
    );
    expect(read('jsplugins.xml')).toContain(
      '<jsplugin name="selfeval" type="et" url="selfeval_0.1.0" version="0.1.0"/>',
    );
    expect(read('authwebsite.xml')).toContain('<website origin="null" name="selfeval" status="enable"/>');
  });

  it('installs again without duplicating its records, and replaces an older version', () => {
    mkdirSync(join(jsaddons, 'selfeval_0.0.9'));
    run();
    run();
    expect(count(read('publish.xml'), 'name="selfeval"')).toBe(1);
    expect(count(read('jsplugins.xml'), 'name="selfeval"')).toBe(1);
    expect(existsSync(join(jsaddons, 'selfeval_0.0.9'))).toBe(false);
  });

  it('registers a centrally hosted copy by URL, copying nothing', () => {
    run('--url', 'https://czj.example.gov.cn/selfeval/wps/');
    expect(existsSync(join(jsaddons, 'selfeval_0.1.0'))).toBe(false);
    expect(read('publish.xml')).toContain(
      '<jspluginonline name="selfeval" type="et" url="https://czj.example.gov.cn/selfeval/wps/" enable="enable_dev" install="null" customDomain=""/>',
    );
    expect(read('jsplugins.xml')).toContain(
      '<jspluginonline name="selfeval" type="et" url="https://czj.example.gov.cn/selfeval/wps/"/>',
    );
  });

  it('uninstalls: its folder and records go, the other add-in stays', () => {
    run();
    run('--uninstall');
    expect(existsSync(join(jsaddons, 'selfeval_0.1.0'))).toBe(false);
    expect(read('publish.xml')).not.toContain('selfeval');
    expect(read('publish.xml')).toContain(OTHER);
  });

  it('refuses a URL that does not end with /, changing nothing', () => {
    const before = read('publish.xml');
    expect(() => run('--url', 'https://czj.example.gov.cn/selfeval')).toThrow();
    expect(read('publish.xml')).toBe(before);
  });

  it("finds the current user's jsaddons folder on Windows and Linux", () => {
    expect(installer.defaultJsaddons({ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32')).toMatch(
      /kingsoft[\\/]wps[\\/]jsaddons$/,
    );
    expect(installer.defaultJsaddons({ HOME: '/home/u' }, 'linux')).toBe(
      '/home/u/.local/share/Kingsoft/wps/jsaddons',
    );
  });
});
