// office-addin-mock suits the small things: here, Office.context.requirements with a seeded answer.
import { OfficeMockObject } from 'office-addin-mock';

// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose main entry pulls in an
// ES-module dependency that jest's CommonJS runtime cannot load.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));
import { createExcelPort, detectCapabilities, MINIMUM_EXCEL_API } from '../../src/excel';
import { compareApiVersions } from '../../src/excel/capabilities';

function mockOffice(highest: string): void {
  const mock = new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name === 'ExcelApi' && compareApiVersions(highest, version) >= 0,
      },
    },
  });
  (globalThis as { Office?: unknown }).Office = mock;
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe('capabilities', () => {
  it('on Office 2019 (ExcelApi 1.8): change events, no merged areas, no notes', () => {
    mockOffice('1.8');
    expect(detectCapabilities()).toMatchObject({
      excelApi: '1.8',
      changeEvents: true,
      mergedAreas: false,
      comments: false,
      notes: false,
      triggerSource: false,
      supported: true,
    });
  });

  it('on Microsoft 365 (ExcelApi 1.18): notes, merged areas, triggerSource', () => {
    mockOffice('1.18');
    expect(createExcelPort().capabilities()).toMatchObject({
      excelApi: '1.18',
      notes: true,
      mergedAreas: true,
      comments: true,
    });
  });

  it(`below ExcelApi ${MINIMUM_EXCEL_API} says the host is not supported`, () => {
    mockOffice('1.3');
    expect(detectCapabilities().supported).toBe(false);
  });

  it('outside Office reports nothing supported instead of throwing', () => {
    expect(detectCapabilities()).toMatchObject({ excelApi: '0', supported: false });
  });
});

describe('selectCell against office-addin-mock', () => {
  it('activates the sheet and selects the cell', async () => {
    const calls: string[] = [];
    const mock = new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            getItem: (name: string) => ({
              activate: () => calls.push(`activate ${name}`),
              getRange: (address: string) => ({ select: () => calls.push(`select ${name}!${address}`) }),
            }),
          },
        },
      },
      run: async function (callback: (context: unknown) => Promise<unknown>) {
        return callback((this as unknown as { context: unknown }).context);
      },
    });
    (globalThis as { Excel?: unknown }).Excel = mock;
    await createExcelPort().selectCell('附表2', 'H4');
    expect(calls).toEqual(['activate 附表2', 'select 附表2!H4']);
    delete (globalThis as { Excel?: unknown }).Excel;
  });
});
