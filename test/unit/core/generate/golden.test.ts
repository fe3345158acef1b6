import * as fs from 'fs';
import * as path from 'path';
import { generateNarrative, Section } from '../../../../src/core/generate';
import { modelOf, sampleInputs } from './fixture';

/**
 * One golden file per section, generated from the 巴州 sample workbook with the sample's inputs.
 * They are meant to be read next to the published 说明 (../shared/samples/巴州区政府办_2023_…, 第二部分):
 * same sentences, figures from the tables. UPDATE_GOLDEN=1 rewrites them after a deliberate change.
 */
const GOLDEN_DIR = path.join(__dirname, '../../../golden/generate');

function sectionText(s: Section): string {
  const lines = [s.heading, ...s.paragraphs.map((p) => p.text)];
  for (const sub of s.subsections) lines.push(sectionText(sub));
  return lines.join('\n');
}

const model = modelOf();
const generated = generateNarrative(model, sampleInputs(model));

describe('golden sections (巴州 sample, Sichuan order)', () => {
  test('ten sections in the Sichuan order', () => {
    expect(generated.sections.map((s) => s.heading)).toEqual([
      '一、收入支出决算总体情况说明',
      '二、收入决算情况说明',
      '三、支出决算情况说明',
      '四、财政拨款收入支出决算总体情况说明',
      '五、一般公共预算财政拨款支出决算情况说明',
      '六、一般公共预算财政拨款基本支出决算情况说明',
      '七、财政拨款“三公”经费支出决算情况说明',
      '八、政府性基金预算支出决算情况说明',
      '九、国有资本经营预算支出决算情况说明',
      '十、其他重要事项的情况说明',
    ]);
    expect(generated.placeholders).toEqual([]);
  });

  generated.sections.forEach((section, i) => {
    const file = path.join(GOLDEN_DIR, `${String(i + 1).padStart(2, '0')}-${section.key}.txt`);
    test(section.heading, () => {
      const text = sectionText(section) + '\n';
      if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, text);
      expect(text).toBe(fs.readFileSync(file, 'utf8'));
    });
  });
});
