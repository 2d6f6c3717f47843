// Excel addresses as Office.js returns them ("'My Sheet'!A1:B2, 'My Sheet'!D4") turned into engine areas.
import { parseA1Area } from '../engine/grid/a1';
import type { CellArea } from '../engine/grid/types';

const QUALIFIED_AREA = /!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?=\s*(?:,|$))/g;

/** Areas of a RangeAreas address; the sheet part (quoted or not) is dropped. */
export function parseAreaList(address: string): CellArea[] {
  const areas: CellArea[] = [];
  for (const match of address.matchAll(QUALIFIED_AREA)) {
    const area = parseA1Area(match[1].replace(/\$/g, ''));
    if (area) areas.push(area);
  }
  return areas;
}
