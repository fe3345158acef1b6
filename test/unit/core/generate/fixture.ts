import Decimal from 'decimal.js';
import { fromYuan, toYuan } from '../../../../src/core/amount/units';
import { GenerateInputs } from '../../../../src/core/generate';
import { readWorkbook } from '../../../../src/core/model/readWorkbook';
import { WorkbookModel } from '../../../../src/core/model/types';
import { buildWorkbook, LAYOUT_VARIANTS, SAMPLE_UNIT, UnitDescription } from '../../../fixtures/generator';

export function modelOf(unit: UnitDescription = SAMPLE_UNIT, variant = 'default'): WorkbookModel {
  const wb = buildWorkbook(unit, LAYOUT_VARIANTS[variant]);
  return readWorkbook(wb.grids, { profile: 'auto' }).model;
}

const d = (s: string) => new Decimal(s);

/**
 * Everything the 巴州 sample's 说明 states beyond its tables (its 2022 figures follow from the
 * changes it prints: 1889.05 + 35.32 = 1924.37, 222.18 − 38.65 = 183.53 …), with one 项 budget
 * raised so a 决算数小于预算数 line appears.
 */
export function sampleInputs(model: WorkbookModel): GenerateInputs {
  const byCode: Record<string, Decimal> = {};
  for (const r of model.tables.T06?.rows ?? []) byCode[r.code] = fromYuan(toYuan(r.values.total.value, r.values.total.unit), '万元');
  byCode['2010302'] = d('650');
  return {
    prior: {
      year: (model.year ?? 2023) - 1,
      total: d('1924.37'),
      fiscalTotal: d('1924.37'),
      generalBudgetExpenditure: d('1924.37'),
      sanGong: { total: d('5.96'), abroad: d('0'), vehicleTotal: d('4.98'), reception: d('0.98') },
      runningCost: d('183.53'),
    },
    budget: { generalBudgetByCode: byCode },
    reasons: {
      totalChange: '部分项目进行调整，项目支出减少',
      fiscalTotalChange: '部分项目进行调整，项目支出减少',
      generalBudgetChange: '部分项目进行调整，项目支出减少',
      'budgetGap:2010302': '部分会议改为视频方式召开',
      sanGongBudgetGap: '厉行节约',
      'sanGongBudgetGap:vehicleTotal': '厉行节约',
      'sanGongBudgetGap:reception': '压减接待批次',
      sanGongChange: '厉行节约',
      vehicleChange: '厉行节约',
      receptionChange: '招商引资活动支出增加',
      runningCostChange: '新增代管非独立核算单位国防动员办公室，相关运行经费增加',
    },
    counts: { vehiclesHeld: 1, receptionBatches: 6, receptionPersons: 91, foreignReception: d('0') },
    adminUnit: true,
    procurement: { goods: d('13.73'), works: d('0'), services: d('0'), sme: d('0'), smallMicro: d('0') },
    assets: { vehicles: 1, equipmentOver1m: 0 },
    performance: {
      evaluated: 8,
      targets: 8,
      monitored: 8,
      selfEvaluation: `组织对${model.year}年度一般公共预算全面开展绩效自评，部门整体绩效自评得分为90分。`,
    },
  };
}
