import type { SheetGrid } from '../grid/types';
import type { RecognizedTable } from '../model/tables';
import { recognizeBasicData } from './basic-data';
import { recognizeOverall } from './overall';
import { recognizeProject } from './project';
import { anchorOf, findRegions, type Region } from './regions';
import { SheetIndex } from './sheet-index';
import { titleAbove } from './title';
import { matchProfile } from '../profiles/match';
import { AUTO, type ProfileChoice } from './profile-choice';
import { bandGrid, columnBands } from './column-bands';

export { ProfileChoice } from './profile-choice';

/** Finds every table of the three kinds in one sheet, in reading order. Never throws. */
export function recognizeTables(grid: SheetGrid, choice: ProfileChoice = AUTO): RecognizedTable[] {
  return recognizeWith(grid, choice, (recognize) => {
    try {
      return recognize();
    } catch {
      // One odd table must not hide the others; it is simply not recognised.
      return undefined;
    }
  });
}

/** The same without the safety net, so tests see a recogniser's own exceptions. */
export function recognizeTablesStrict(grid: SheetGrid, choice: ProfileChoice = AUTO): RecognizedTable[] {
  return recognizeWith(grid, choice, (recognize) => recognize());
}

type Guard = (recognize: () => RecognizedTable | undefined) => RecognizedTable | undefined;

function recognizeWith(grid: SheetGrid, choice: ProfileChoice, guard: Guard): RecognizedTable[] {
  let index: SheetIndex;
  try {
    index = new SheetIndex(grid, choice.lexicon(grid.name));
  } catch {
    return [];
  }
  const sideBySide = bandIndexes(index);
  if (!sideBySide) return recognizeIndex(index, findRegions(index), choice, guard);
  return sideBySide
    .flatMap(({ index: band, regions }) => recognizeIndex(band, regions, choice, guard))
    .sort((a, b) => a.area.top - b.area.top || a.area.left - b.area.left);
}

/** One index per column band, when two or more bands each hold a table of their own; else undefined. */
function bandIndexes(index: SheetIndex): { index: SheetIndex; regions: Region[] }[] | undefined {
  const bands = columnBands(index);
  if (bands.length < 2) return undefined;
  const withTables = bands
    .map((band) => new SheetIndex(bandGrid(index.grid, band), index.words))
    .map((band) => ({ index: band, regions: findRegions(band) }))
    .filter((band) => band.regions.length > 0);
  return withTables.length >= 2 ? withTables : undefined;
}

function recognizeIndex(
  index: SheetIndex,
  regions: Region[],
  choice: ProfileChoice,
  guard: Guard,
): RecognizedTable[] {
  const tables: RecognizedTable[] = [];
  let floor = 0; // the first row not used by the table above
  for (const region of regions) {
    const table = guard(() => recognizeRegion(index, region, floor, choice));
    if (!table) continue;
    tables.push(table);
    floor = table.area.bottom + 1;
  }
  return tables;
}

/**
 * Reads one table with the words in effect, then names the profile that explains it best. A table the caller
 * assigned a profile to (by sheet and first row) is read again with that profile's words alone.
 */
function recognizeRegion(
  index: SheetIndex,
  region: Region,
  floor: number,
  choice: ProfileChoice,
): RecognizedTable | undefined {
  const title = titleAbove(index, region.top, floor);
  const sheetWords = index.words;
  sheetWords.record();
  // The anchors were found before recording began; read again, they count as evidence too.
  for (const at of region.anchors.values()) {
    const entry = index.entryAt(at.row, at.col);
    if (entry) anchorOf(entry, sheetWords);
  }
  let table = recognizeKind(index, region, title?.year);
  const hits = sheetWords.take();
  if (!table) return undefined;
  const top = title?.row ?? table.area.top;
  const assigned = choice.forTable(index.grid.name, top, table.area.left);
  let profile: string | undefined;
  if (assigned && assigned.lexicon === sheetWords) {
    profile = assigned.profile.id;
  } else if (assigned) {
    index.words = assigned.lexicon;
    try {
      table = recognizeKind(index, region, title?.year);
    } finally {
      index.words = sheetWords;
    }
    if (!table) return undefined;
    profile = assigned.profile.id;
  } else {
    profile = matchProfile(hits, table, sheetWords)?.id;
  }
  const area = title ? { ...table.area, top: title.row } : table.area;
  return { ...table, area, ...(profile ? { profile } : {}) };
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
