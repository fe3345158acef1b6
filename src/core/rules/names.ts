import { economicName } from '../classification/economic';
import { functionalName, isFormerClassName, looseName } from '../classification/functional';
import { Finding } from '../findings/types';
import { ClassRow, WorkbookModel } from '../model/types';
import { TableId } from '../tables/catalog';
import { address, title } from './labels';
import { defineRule } from './types';

/**
 * A 功能分类 / 经济分类 code whose printed name is not the code's name (tables.md §5: a report
 * once listed 住房公积金 under 社会保障和就业 类). Codes we do not know are never a finding.
 */
const CODED: readonly TableId[] = ['T02', 'T03', 'T05', 'T06', 'T07', 'T08', 'T09', 'T10', 'T11', 'T12'];

/** Printed names carry indentation, "其中：", "（类）" and the like; none of that is a different name. */
export function comparableName(name: string): string {
  return looseName(
    name
      .replace(/^[\s\u3000]*其中[:：]/, '')
      .replace(/[（(](类|款|项)[）)]$/, '')
      .replace(/[“”"]/g, ''),
  )
    .replace(/[、，,·.．]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');
}

export function expectedName(code: string): string | undefined {
  if (code.startsWith('2')) return functionalName(code);
  if (code.startsWith('3')) return economicName(code);
  return undefined;
}

function rowsOf(model: WorkbookModel, id: TableId): readonly ClassRow[] {
  const t = model.tables[id];
  if (!t) return [];
  if (t.kind === 'coded' || t.kind === 'basic-expenditure') return t.rows;
  return [];
}

export const NAME_RULES = [
  defineRule({
    id: 'class-names',
    title: '科目编码与科目名称不符',
    doc: '功能分类、经济分类科目编码旁印的名称应是该编码的规范名称（tables.md §5）。名称对不上通常说明编码或名称抄错了行。只检查已知的编码；空格、缩进、“其中：”、全半角括号和末尾的“支出”不算差异。',
    identity: 'tables.md §5: a 类/款/项 name printed next to a code should match the code',
    certainty: 'certain',
    severity: 'warning',
    tables: [],
    check: ({ model }, rule): Finding[] => {
      const out: Finding[] = [];
      for (const id of CODED) {
        for (const row of rowsOf(model, id)) {
          const want = expectedName(row.code);
          if (!want || !row.name) continue;
          if (comparableName(row.name) === comparableName(want)) continue;
          // The name of the report's year (医疗卫生与计划生育支出 in 2018) is right for that year.
          if (row.code.startsWith('2') && isFormerClassName(row.code, comparableName(row.name), model.year)) continue;
          const where = row.codeCell ? `（${address(row.codeCell)}）` : '';
          out.push({
            rule: rule.id,
            severity: rule.severity,
            table: id,
            cells: row.codeCell ? [row.codeCell, row.nameCell] : [row.nameCell],
            expected: want,
            actual: row.name,
            message: `${title(id)} 科目编码 ${row.code}${where}的名称应为“${want}”，表中印为“${row.name}”（${address(row.nameCell)}）。`,
          });
        }
      }
      return out;
    },
  }),
] as const;
