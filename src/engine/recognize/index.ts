import type { SheetGrid } from '../grid/types';
import type { RecognizedTable } from '../model/tables';
import { recognizeBasicData } from './basic-data';
import { recognizeOverall } from './overall';
import { recognizeProject } from './project';
import { findRegions, type Region } from './regions';
import { SheetIndex } from './sheet-index';
import { titleAbove } from './title';

/** Finds every table of the three kinds in one sheet, in reading order. Never throws. */
export function recognizeTables(grid: SheetGrid): RecognizedTable[] {
  return recognizeWith(grid, (recognize) => {
    try {
      return recognize();
    } catch {
      // One odd table must not hide the others; it is simply not recognised.
      return undefined;
    }
  });
}

/** The same without the safety net, so tests see a recogniser's own exceptions. */
export function recognizeTablesStrict(grid: SheetGrid): RecognizedTable[] {
  return recognizeWith(grid, (recognize) => recognize());
}

type Guard = (recognize: () => RecognizedTable | undefined) => RecognizedTable | undefined;

function recognizeWith(grid: SheetGrid, guard: Guard): RecognizedTable[] {
  let index: SheetIndex;
  try {
    index = new SheetIndex(grid);
  } catch {
    return [];
  }
  const tables: RecognizedTable[] = [];
  let floor = 0; // the first row not used by the table above
  for (const region of findRegions(index)) {
    const table = guard(() => recognizeRegion(index, region, floor));
    if (!table) continue;
    tables.push(table);
    floor = table.area.bottom + 1;
  }
  return tables;
}

function recognizeRegion(index: SheetIndex, region: Region, floor: number): RecognizedTable | undefined {
  const title = titleAbove(index, region.top, floor);
  const table = recognizeKind(index, region, title?.year);
  if (!table || !title) return table;
  return { ...table, area: { ...table.area, top: title.row } };
}

function recognizeKind(
  index: SheetIndex,
  region: Region,
  year: number | undefined,
): RecognizedTable | undefined {
  switch (region.kind) {
    case 'basic-data':
      return recognizeBasicData(index, region, year);
    case 'overall-self-eval':
      return recognizeOverall(index, region, year);
    case 'project-self-eval':
      return recognizeProject(index, region, year);
  }
}
