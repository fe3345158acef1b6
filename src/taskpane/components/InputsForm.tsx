import { ReactNode, useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Unit } from '../../core/amount/units';
import { UNIT_KEY, unitOfKey } from '../../core/generate/inputs';
import {
  effectiveValue,
  exportJson,
  FormField,
  importJson,
  jsonValueOf,
  normalizeCode,
  SavedInputs,
  sectionsOf,
} from '../viewModel/inputsForm';
import { userMessage } from '../errors';
import { FilePicker } from './FilePicker';

const useStyles = makeStyles({
  // One column: a label, the sentence it fills, the box; nothing wider than the pane.
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  // Fluent's Input keeps a minimum width of its own; it must shrink to the pane.
  input: { minWidth: 0, width: '100%' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  panel: { minWidth: 0, overflowWrap: 'anywhere' },
  asked: { color: tokens.colorPaletteRedForeground1, marginLeft: tokens.spacingHorizontalXS },
});

type Update = (change: (saved: SavedInputs) => SavedInputs) => void;

interface InputsFormProps {
  readonly saved: SavedInputs;
  readonly onChange: Update;
  readonly disabled: boolean;
  /** JSON keys the last generated text asked for (its 【请填写：…】); null before generating. */
  readonly asked: ReadonlySet<string> | null;
  /** Shown at the top of 上年数据 (从上年工作簿读取). */
  readonly priorTools: ReactNode;
  /** Runs an action with the tab's progress bar, error bar and confirmation line. */
  readonly task: (label: string, work: () => Promise<string | null>) => Promise<void>;
}

/**
 * The inputs form of 生成说明: the sections of the view model (viewModel/inputsForm.ts) as
 * collapsible panels, one field per JSON key; the JSON box for 导入JSON / 导出JSON under 高级.
 */
export function InputsForm({ saved, onChange, disabled, asked, priorTools, task }: InputsFormProps) {
  const styles = useStyles();
  const sections = sectionsOf(saved);
  const fields = sections.flatMap((s) => s.fields);
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const unit: Unit = unitOfKey(saved.form[UNIT_KEY]);
  const [open, setOpen] = useState<string[]>(['prior']);
  const [code, setCode] = useState('');

  const set = (key: string, value: string) => onChange((s) => ({ ...s, form: { ...s.form, [key]: value } }));
  const setSame = (key: string, same: boolean) =>
    onChange((s) => ({ ...s, same: same ? [...s.same.filter((k) => k !== key), key] : s.same.filter((k) => k !== key) }));
  const pending = (f: FormField) => asked?.has(f.key) === true && !effectiveValue(saved, f, byKey).trim();

  const addCode = () => {
    const c = normalizeCode(code);
    if (!c) return;
    onChange((s) => ({ ...s, codes: { ...s.codes, [c]: s.codes[c] ?? '' } }));
    setCode('');
  };

  const field = (f: FormField) => {
    const same = f.sameAs !== undefined && saved.same.includes(f.key);
    const value = same ? effectiveValue(saved, f, byKey) : (saved.form[f.key] ?? '');
    let problem: string | undefined;
    try {
      jsonValueOf(f, value, unit);
    } catch (e) {
      problem = userMessage(e);
    }
    const label = (
      <>
        {f.label}
        {pending(f) ? <span className={styles.asked}>（文中待填）</span> : null}
      </>
    );
    const unitAfter = f.kind === 'amount' ? unit : f.unit;
    let box: ReactNode;
    if (f.kind === 'longText') {
      box = <Textarea className={styles.input} value={value} disabled={same} resize="vertical" rows={2} onChange={(_, d) => set(f.key, d.value)} />;
    } else if (f.kind === 'choice') {
      box = (
        <Select value={value} onChange={(_, d) => set(f.key, d.value)}>
          {(f.choices ?? []).map(([v, text]) => (
            <option key={v} value={v}>
              {text}
            </option>
          ))}
        </Select>
      );
    } else {
      box = (
        <Input
          className={styles.input}
          size="small"
          inputMode={f.kind === 'text' ? 'text' : f.kind === 'amount' ? 'decimal' : 'numeric'}
          value={value}
          contentAfter={unitAfter ? <Caption1>{unitAfter}</Caption1> : undefined}
          onChange={(_, d) => set(f.key, d.value)}
        />
      );
    }
    return (
      <div key={f.key}>
        <Field label={{ children: label }} hint={f.sentence} size="small" validationState={problem ? 'error' : 'none'} validationMessage={problem}>
          {box}
        </Field>
        {f.sameAs ? (
          <Checkbox
            checked={same}
            onChange={(_, d) => setSame(f.key, d.checked === true)}
            label={`同上（与“${byKey.get(f.sameAs)?.label ?? ''}”相同）`}
          />
        ) : null}
      </div>
    );
  };

  const pendingIn = (keys: readonly FormField[]) => keys.filter(pending).length;

  return (
    <Accordion multiple collapsible openItems={open} onToggle={(_, d) => setOpen(d.openItems as string[])}>
      {sections.map((s) => {
        const n = pendingIn(s.fields);
        return (
          <AccordionItem key={s.id} value={s.id}>
            <AccordionHeader size="small">
              {s.title}
              {n > 0 ? <span className={styles.asked}>（{n} 项待填）</span> : null}
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <div className={styles.fields}>
                {s.id === 'prior' ? <div className={styles.row}>{priorTools}</div> : null}
                {s.id === 'reasons' ? <Caption1>同一原因不必重复填写：勾选“同上”沿用上一栏；四、五（一）留空时，变动方向相同的也会沿用一的原因（生成后有提示）。</Caption1> : null}
                {s.fields.map(field)}
                {s.id === 'budget' ? (
                  <>
                    <Caption1>五（三）各科目：生成说明后，文中需要预算数的科目会自动列在上面；也可按编码添加。</Caption1>
                    <div className={styles.row}>
                      <Field label="科目编码" size="small">
                        <Input size="small" className={styles.input} inputMode="numeric" value={code} onChange={(_, d) => setCode(d.value)} />
                      </Field>
                      <Button size="small" disabled={disabled || !normalizeCode(code)} onClick={addCode}>
                        添加科目
                      </Button>
                    </div>
                  </>
                ) : null}
              </div>
            </AccordionPanel>
          </AccordionItem>
        );
      })}
      <AccordionItem value="json">
        <AccordionHeader size="small">高级：JSON</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <div className={styles.fields}>
            <Caption1>与命令行 generate --inputs 的 JSON 文件相同（键名见 docs/prior-json.md）。导出JSON 把表单写入下框；导入JSON 把下框的内容填入表单。</Caption1>
            <Field label="补充数据 JSON" size="small">
              <Textarea className={styles.input} value={saved.json} resize="vertical" rows={6} onChange={(_, d) => onChange((s) => ({ ...s, json: d.value }))} />
            </Field>
            <div className={styles.row}>
              <Button
                size="small"
                disabled={disabled}
                onClick={() =>
                  void task('正在导入……', async () => {
                    if (!saved.json.trim()) return '请先在框中粘贴 JSON，或从文件导入。';
                    const { saved: next, filled } = importJson(saved.json, saved);
                    onChange(() => next);
                    return `已将 JSON 中的 ${filled} 项填入表单，请核对后点击“保存补充数据”。`;
                  })
                }
              >
                导入JSON
              </Button>
              <Button
                size="small"
                disabled={disabled}
                onClick={() =>
                  void task('正在导出……', async () => {
                    const text = exportJson(saved);
                    onChange((s) => ({ ...s, json: text }));
                    return '已将表单导出到 JSON 框，可复制保存为 .json 文件，供命令行 generate --inputs 使用。';
                  })
                }
              >
                导出JSON
              </Button>
              <FilePicker
                size="small"
                label="从文件导入"
                ariaLabel="选择补充数据的 JSON 文件"
                accept=".json,application/json"
                disabled={disabled}
                onFile={(file) =>
                  task('正在导入……', async () => {
                    const text = await file.text();
                    const { saved: next, filled } = importJson(text, { ...saved, json: text });
                    onChange(() => next);
                    return `已将“${file.name}”中的 ${filled} 项填入表单，请核对后点击“保存补充数据”。`;
                  })
                }
              />
            </div>
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
