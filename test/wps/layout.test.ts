// The WPS side's layout promises, checked on the source: the simulated WPS host borrows nothing from the code it
// tests; the WPS adapter calls only WPS (no Office.js, no pane), and shares marking, plans and records with Excel.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '../../src');

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);

function offending(folder: string, forbidden: RegExp, skip: RegExp = /^$/): string[] {
  return filesUnder(join(SRC, folder))
    .filter((file) => !skip.test(relative(SRC, file)))
    .flatMap((file) =>
      importsOf(file)
        .filter((source) => forbidden.test(`/${source.replace(/^(\.\.?\/)+/, '')}/`))
        .map((source) => `${relative(SRC, file)} imports ${source}`),
    );
}

describe('WPS layout', () => {
  it('src/simwps imports nothing from src/engine, src/host or src/wps', () => {
    expect(offending('simwps', /\/(engine|host|wps|excel|app)\//)).toEqual([]);
  });

  it('src/wps (the adapter) imports no Office.js adapter, pane, or simulation', () => {
    expect(offending('wps', /\/(excel|taskpane|simhost|simwps|commands)\//, /^wps\/addin\//)).toEqual([]);
    for (const file of filesUnder(join(SRC, 'wps')))
      expect({
        file: relative(SRC, file),
        office: /\bExcel\.run\b|\bOffice\.context\b/.test(readFileSync(file, 'utf8')),
      }).toEqual({
        file: relative(SRC, file),
        office: false,
      });
  });

  it('src/wps takes its marking, highlight plan, records and own-write tracking from src/host', () => {
    const sources = filesUnder(join(SRC, 'wps')).flatMap(importsOf);
    for (const module of [
      'marking',
      'highlight-plan',
      'highlight-record',
      'insert-record',
      'own-writes',
      'note-text',
    ])
      expect(sources).toContain(`../host/${module}`);
  });
});
