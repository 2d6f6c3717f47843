import type { Field, ProjectSelfEvalTable } from '../model/tables';
import { areaOf } from './bounds';
import { recognizeFunding } from './funding';
import { recognizeIndicators } from './indicators';
import { findLabel, valueRightOf } from './lookup';
import type { Region } from './regions';
import type { SheetIndex } from './sheet-index';

// 主管部门 / 实施单位 sit in the first few rows, above 项目资金.
const HEAD_ROWS = 4;

/** 项目支出绩效自评表, one per project. Returns undefined when too little of it is there to be sure. */
export function recognizeProject(
  index: SheetIndex,
  region: Region,
  year: number | undefined,
): ProjectSelfEvalTable | undefined {
  const missing: string[] = [];
  let lastRow = region.top;
  const nameAnchor = region.anchors.get('name');
  const projectName = nameAnchor ? valueRightOf(index, nameAnchor.row, nameAnchor.col) : undefined;
  if (!projectName) missing.push('项目支出名称');

  const fundingAnchor = region.anchors.get('funding');
  const headEnd = Math.min(region.bottom, fundingAnchor ? fundingAnchor.row - 1 : region.top + HEAD_ROWS);
  const labelled = (name: string, slot: 'department' | 'implementer'): Field | undefined => {
    const found = findLabel(index, region.top, headEnd, (entry) => index.words.is(slot, entry.core));
    if (!found) missing.push(name);
    return found ? valueRightOf(index, found.row, found.entry.col) : undefined;
  };
  const department = labelled('主管部门', 'department');
  const implementer = labelled('实施单位', 'implementer');

  const funding = fundingAnchor
    ? recognizeFunding(index, fundingAnchor.row, fundingAnchor.col, region.bottom, true)
    : undefined;
  if (!fundingAnchor) missing.push('项目资金');
  else missing.push(...(funding?.missing ?? []));
  if (funding) lastRow = Math.max(lastRow, funding.lastRow);

  const indicators = recognizeIndicators(index, funding?.lastRow ?? region.top, region.bottom);
  missing.push(...indicators.missing);
  if (indicators.indicators) lastRow = Math.max(lastRow, indicators.lastRow);

  const recognised = [projectName, funding?.funding, indicators.indicators].filter(
    (part) => part !== undefined,
  ).length;
  if (recognised < 2) return undefined;
  return {
    kind: 'project-self-eval',
    sheet: index.grid.name,
    area: areaOf(index, region.top, lastRow),
    completeness: missing.length === 0 ? 'complete' : 'partial',
    missing,
    ...(year !== undefined ? { year } : {}),
    ...(projectName ? { projectName } : {}),
    ...(department ? { department } : {}),
    ...(implementer ? { implementer } : {}),
    ...(funding?.funding ? { funding: funding.funding } : {}),
    ...(indicators.indicators ? { indicators: indicators.indicators } : {}),
  };
}
