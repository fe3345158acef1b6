import { useState } from 'react';
import { Body1, Button, Caption1, Field, MessageBar, MessageBarBody, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { checkWorkbook } from '../../core/check';
import { generateNarrative } from '../../core/generate/generateNarrative';
import type { GeneratedNarrative, GenerateInputs, GenerateOptions } from '../../core/generate/types';
import type { WorkbookModel } from '../../core/model/types';
import { saveSettings } from '../../excel/officeApi';
import { copyText } from '../actions/clipboard';
import { downloadBlob, narrativeDocxBlob } from '../actions/wordDocument';
import { useTask } from '../useTask';
import type { PaneServices } from '../services';
import { chartSpecs } from '../viewModel/charts';
import { docxFileName, narrativeRows, placeholderLine, tableErrorsWarning } from '../viewModel/generated';
import { askedKeys, codesAsked, formFromPrior, INPUTS_SETTING, inputsOf, readSavedInputs, SavedInputs } from '../viewModel/inputsForm';
import { priorFromModel } from '../../core/generate/priorFromModel';
import { UNIT_KEY, unitOfKey } from '../../core/generate/inputs';
import { FilePicker, WORKBOOK_ACCEPT } from './FilePicker';
import { InputsForm } from './InputsForm';
import { Busy, ErrorBar } from './Status';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  heading: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase400 },
  output: {
    whiteSpace: 'pre-wrap',
    maxHeight: '360px',
    overflowY: 'auto',
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase400,
  },
});

type ZeroItems = 'auto' | GenerateOptions['zeroItems'];

interface Choices {
  readonly shares: GenerateOptions['shares'];
  readonly amounts: GenerateOptions['amounts'];
  readonly structureShares: GenerateOptions['structureShares'];
  readonly zeroItems: ZeroItems;
}

const DEFAULT_CHOICES: Choices = { shares: 'samples', amounts: 'trimmed', structureShares: 'computed', zeroItems: 'auto' };

function optionsOf(c: Choices): Partial<GenerateOptions> {
  const { zeroItems, ...rest } = c;
  return zeroItems === 'auto' ? rest : { ...rest, zeroItems };
}

interface Generated {
  readonly narrative: GeneratedNarrative;
  readonly model: WorkbookModel;
  readonly inputs: GenerateInputs;
  /** Errors the table checks found when it was generated (the text repeats those figures). */
  readonly tableErrors: number;
}


/** 生成说明: the 说明 written from the tables plus last year's figures, then copied, inserted or downloaded. */
export default function GenerateTab({ services }: { services: PaneServices }) {
  const { excel, settings, canDownload } = services;
  const styles = useStyles();
  const [saved, setSaved] = useState<SavedInputs>(() => readSavedInputs(settings.get(INPUTS_SETTING)));
  const [choices, setChoices] = useState<Choices>(DEFAULT_CHOICES);
  const { busy, error, done, run: task } = useTask();
  const [generated, setGenerated] = useState<Generated | null>(null);
  /** Table errors found by the last 生成说明, waiting for 仍然生成 or 取消. */
  const [unconfirmed, setUnconfirmed] = useState<number | null>(null);

  const store = async () => {
    settings.set(INPUTS_SETTING, saved);
    await saveSettings(settings);
  };

  const generate = (confirmed = false) =>
    task('正在读取附表并生成说明……', async () => {
      const inputs = inputsOf(saved);
      await store();
      const grids = await excel.readAllSheets();
      const { model, summary } = checkWorkbook(grids);
      // Tables with errors: say so and let the user choose, as the CLI warns on stderr.
      if (summary.errors > 0 && !confirmed) {
        setUnconfirmed(summary.errors);
        return null;
      }
      setUnconfirmed(null);
      const narrative = generateNarrative(model, inputs, optionsOf(choices));
      setGenerated({ narrative, model, inputs, tableErrors: summary.errors });
      // The 五（三） lines the text asks about get their fields in 预算数 and 变动原因.
      setSaved((s) => ({ ...s, codes: codesAsked(narrative, model, s.codes) }));
      return null;
    });

  const save = () =>
    task('正在保存……', async () => {
      inputsOf(saved); // refuse to save what the generator would refuse
      await store();
      return '补充数据已保存在本工作簿中（随工作簿保存）。';
    });

  const readPrior = (file: File) =>
    task('正在读取上年工作簿……', async () => {
      // Loaded on demand: only this button needs the workbook reader.
      const { readWorkbookFile } = await import(/* webpackChunkName: "workbook-reader" */ '../actions/workbookFile');
      const grids = await readWorkbookFile(await file.arrayBuffer(), file.name, 'prior');
      const form = formFromPrior(priorFromModel(checkWorkbook(grids).model), unitOfKey(saved.form[UNIT_KEY]));
      if (Object.keys(form).length === 0) return '上年工作簿中没有找到可用的数字。';
      setSaved((s) => ({ ...s, form: { ...s.form, ...form } }));
      return `已从“${file.name}”读取上年数据，请核对后点击“保存补充数据”。`;
    });

  const need = (): Generated => {
    if (!generated) throw new Error('nothing generated');
    return generated;
  };

  const choice = <K extends keyof Choices>(key: K, label: string, options: readonly [Choices[K], string][]) => (
    <Field label={label}>
      <RadioGroup layout="vertical" value={choices[key]} onChange={(_, data) => setChoices((c) => ({ ...c, [key]: data.value as Choices[K] }))}>
        {options.map(([value, text]) => (
          <Radio key={value} value={value} label={text} />
        ))}
      </RadioGroup>
    </Field>
  );

  return (
    <>
      <h3 className={styles.heading}>补充数据</h3>
      <Caption1>附表中没有的内容，按说明的各部分填写；每栏下方是它所填的句子。留空的在说明中写成【请填写：…】。保存在本工作簿中。</Caption1>
      <InputsForm
        saved={saved}
        onChange={setSaved}
        disabled={busy !== null}
        asked={generated ? askedKeys(generated.narrative) : null}
        task={task}
        priorTools={
          <FilePicker
            size="small"
            label="从上年工作簿读取"
            ariaLabel="选择上年的决算工作簿"
            accept={WORKBOOK_ACCEPT}
            disabled={busy !== null}
            onFile={readPrior}
          />
        }
      />
      <div className={styles.row}>
        <Button onClick={() => void save()} disabled={busy !== null}>
          保存补充数据
        </Button>
      </div>
      <h3 className={styles.heading}>写法</h3>
      {choice('shares', '占比', [
        ['samples', '按原文写法（36.6%）'],
        ['fixed2', '保留两位小数（36.60%）'],
      ])}
      {choice('amounts', '金额', [
        ['trimmed', '去掉末尾的零（258.6万元）'],
        ['fixed', '保留两位小数（258.60万元）'],
      ])}
      {choice('structureShares', '结构占比', [
        ['computed', '各项分别四舍五入'],
        ['largest-remainder', '最大余额法（各项之和为100%）'],
      ])}
      {choice('zeroItems', '金额为零的项目', [
        ['auto', '按表套（四川十三张表列出，全国九张表不列）'],
        ['list', '列出'],
        ['omit', '不列'],
      ])}
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void generate()} disabled={busy !== null}>
          生成说明
        </Button>
      </div>
      {unconfirmed !== null ? (
        <MessageBar intent="warning" layout="multiline" data-testid="generate-confirm">
          <MessageBarBody>
            <div>{tableErrorsWarning(unconfirmed)}</div>
            <div className={styles.row}>
              <Button size="small" onClick={() => void generate(true)} disabled={busy !== null}>
                仍然生成
              </Button>
              <Button size="small" appearance="subtle" onClick={() => setUnconfirmed(null)}>
                取消
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.row}>
        <Button
          disabled={busy !== null || !generated}
          onClick={() =>
            void task('正在复制……', async () => {
              await copyText(need().narrative.text);
              return '已复制到剪贴板。';
            })
          }
        >
          复制
        </Button>
        <Button
          disabled={busy !== null || !generated}
          onClick={() =>
            void task('正在写入新工作表……', async () => {
              const name = await excel.writeSheet('决算情况说明', narrativeRows(need().narrative), { columnWidths: [640], wrapColumns: [0] });
              return `已写入新工作表“${name}”。`;
            })
          }
        >
          插入到新工作表
        </Button>
        {canDownload ? (
          <Button
            disabled={busy !== null || !generated}
            onClick={() =>
              void task('正在生成 Word 文件……', async () => {
                const g = need();
                downloadBlob(await narrativeDocxBlob(g.narrative), docxFileName(g.narrative));
                // The pane cannot see whether the browser saved it: say what was done, no more.
                return `已生成 ${docxFileName(g.narrative)} 并交给浏览器下载；若未出现保存提示，请用“复制”粘贴到 Word。`;
              })
            }
          >
            下载 Word
          </Button>
        ) : null}
        <Button
          disabled={busy !== null || !generated}
          onClick={() =>
            void task('正在插入图表……', async () => {
              const g = need();
              const charts = chartSpecs(g.model, g.inputs.prior);
              if (charts.length === 0) return '附表中没有可以作图的数字。';
              const name = await excel.insertCharts('说明图表', charts);
              return `已在新工作表“${name}”中插入 ${charts.length} 个图表。`;
            })
          }
        >
          插入图表
        </Button>
      </div>
      {canDownload ? null : (
        <Caption1 data-testid="no-download">桌面版 Excel 不能从加载项下载文件：请用“复制”后粘贴到 Word，或“插入到新工作表”。</Caption1>
      )}
      <Busy label={busy} />
      <ErrorBar message={error} />
      {done ? <Caption1 role="status">{done}</Caption1> : null}
      {generated ? (
        <>
          {generated.tableErrors > 0 ? <Caption1 data-testid="generated-table-errors">{`注意：附表中有 ${generated.tableErrors} 个错误，以下说明沿用了这些数字。`}</Caption1> : null}
          <Body1 as="p" block>{placeholderLine(generated.narrative)}</Body1>
          <div className={styles.output} data-testid="generated-text" aria-label="生成的说明" tabIndex={0}>
            {generated.narrative.text}
          </div>
        </>
      ) : null}
    </>
  );
}
