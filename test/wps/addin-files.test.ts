// The files WPS reads to load the add-in: ribbon.xml (as WPS's publish page checks it), the ribbon callbacks it
// names, and the icons they return.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ribbon } from '../../src/wps/addin/ribbon';

const ADDIN = join(__dirname, '../../src/wps/addin');
const xml = readFileSync(join(ADDIN, 'ribbon.xml'), 'utf8');
const buttons = [...xml.matchAll(/<button\b([^>]*)\/>/g)].map((match) => {
  const attributes = Object.fromEntries([...match[1].matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
  return attributes as Record<string, string>;
});

describe('the WPS add-in files', () => {
  it("ribbon.xml starts with <customUI (WPS's publish page checks a hosted add-in by exactly that)", () => {
    expect(xml.startsWith('<customUI xmlns="http://schemas.microsoft.com/office/2006/01/customui"')).toBe(
      true,
    );
    expect(xml).toContain('onLoad="ribbon.OnAddinLoad"');
  });

  it('has the four buttons, each wired to the ribbon object with an icon that exists', () => {
    expect(buttons.map((button) => button.label)).toEqual(['校验本表', '清除标记', '显示窗格', '插入指标']);
    for (const button of buttons) {
      expect(button.onAction).toBe('ribbon.OnAction');
      expect(button.getImage).toBe('ribbon.GetImage');
      const image = ribbon.GetImage({ Id: button.id });
      expect({ id: button.id, image, exists: existsSync(join(ADDIN, image)) }).toEqual({
        id: button.id,
        image: expect.stringMatching(/^images\/\w+\.svg$/) as unknown as string,
        exists: true,
      });
    }
  });

  it('names only callbacks the ribbon object has', () => {
    const named = [...xml.matchAll(/="ribbon\.(\w+)"/g)].map((match) => match[1]);
    for (const name of new Set(named))
      expect(typeof (ribbon as Record<string, unknown>)[name]).toBe('function');
    expect(ribbon.OnAddinLoad({ Invalidate: () => undefined, InvalidateControl: () => undefined })).toBe(
      true,
    );
  });
});
