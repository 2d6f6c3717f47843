// The layout's promises, checked on the source: the host-neutral core names no host API, the ribbon does not
// lean on the pane, and the simulated host does not borrow the engine code the adapter tests check.
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
  [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((match) => match[1]);

describe('source layout', () => {
  it.each(['host', 'app'])('src/%s names no Excel or WPS object', (folder) => {
    const files = filesUnder(join(SRC, folder));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect({
        file: relative(SRC, file),
        excel: /\bExcel\.[A-Za-z]|\bOffice\.(?!js\b)[A-Za-z]/.test(text),
      }).toEqual({
        file: relative(SRC, file),
        excel: false,
      });
      expect({ file: relative(SRC, file), wps: /\bApplication\b/.test(text) }).toEqual({
        file: relative(SRC, file),
        wps: false,
      });
    }
  });

  it.each([
    ['host', /\/(app|excel|taskpane|commands|cli|simhost)\//],
    ['app', /\/(excel|taskpane|commands|cli|simhost)\//],
    ['commands', /\/taskpane\//],
  ])('src/%s imports nothing above it', (folder, forbidden) => {
    for (const file of filesUnder(join(SRC, folder)))
      for (const source of importsOf(file))
        expect({
          file: relative(SRC, file),
          source,
          ok: !forbidden.test(`/${source.replace(/^(\.\.?\/)+/, '')}/`),
        }).toEqual({
          file: relative(SRC, file),
          source,
          ok: true,
        });
  });

  it('src/simhost takes no formatter or formula arithmetic from the engine', () => {
    for (const file of filesUnder(join(SRC, 'simhost')))
      for (const source of importsOf(file))
        if (source.includes('engine/'))
          expect({ file: relative(SRC, file), source }).toEqual({
            file: relative(SRC, file),
            source: expect.stringMatching(/engine\/grid\/(a1|types)$/),
          });
  });
});
