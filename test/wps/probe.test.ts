// ribbon.Probe() — the report a developer runs in a real WPS to settle the open points — run here on the simulated
// host: it reports what the simulation does, and leaves the clerk's workbook exactly as it was.
import { installSimWps } from '../../src/simwps';
import { probeWps } from '../../src/wps/probe';
import { SEED_FILES, wpsBookFromXlsx } from './seed-books';

describe('the WPS probe', () => {
  it('reports Value2 shapes, fills, merges and comments, and leaves the workbook as it was', async () => {
    const host = installSimWps(await wpsBookFromXlsx(SEED_FILES[0]));
    try {
      const before = host.serialize();
      const report = probeWps();
      expect(report['value2.singleCell']).toBe(1);
      expect(report['value2.emptyCell C1']).toBeNull();
      expect(report['value2.singleRow A1:C1']).toEqual({ array: [{ array: [1, 'text', null] }] });
      expect(report['value2.errorCell A2']).toBeNull(); // the simulation does not calculate; WPS gives a CVErr code
      expect(report['interior.unfilled C1 Pattern']).toBe(-4142);
      expect(report['interior.filled C3 Color']).toBe(0xcec7ff);
      expect(report['numberFormat.mixed A1:B2']).toBeNull();
      expect(report['mergeArea.B5']).toBe('A5:B5');
      expect(report['comment.add+Text()']).toBe('[selfeval] probe');
      expect(report['comment.second AddComment']).toHaveProperty('threw');
      expect(report['comment.none']).toBeNull();
      expect(report['font.set A1 Name 宋体']).toBe('宋体');
      expect(report['pageSetup.default Zoom']).toBe(100);
      expect(report['pageSetup.apply (sheet-style.ts)']).toBe('done');
      expect(report['pageSetup.applied Zoom']).toBe(false);
      expect(report['pageSetup.applied FitToPagesTall']).toBe(false);
      expect(report['pageSetup.applied PrintTitleRows']).toBe('$2:$3');
      expect(report['pageSetup.applied TopMargin']).toBe(43);
      expect(report.aborted).toBeUndefined();
      expect(report.cleanup).toBeUndefined();
      expect(host.serialize()).toBe(before);
    } finally {
      host.uninstall();
    }
  });
});
