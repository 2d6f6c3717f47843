// The name of each kind of table, as every front end (pane, ribbon, CLI reports) shows it: the finance
// bureau's own titles in Chinese.
import type { TableKind } from '../engine/model/tables';
import type { Lang } from '../engine/rules/types';

export const TABLE_NAMES: Readonly<Record<Lang, Readonly<Record<TableKind, string>>>> = {
  zh: {
    'basic-data': '部门整体支出绩效评价基础数据表',
    'overall-self-eval': '部门整体支出绩效自评表',
    'project-self-eval': '项目支出绩效自评表',
  },
  en: {
    'basic-data': 'Basic data table',
    'overall-self-eval': 'Department self-assessment',
    'project-self-eval': 'Project self-assessment',
  },
};
