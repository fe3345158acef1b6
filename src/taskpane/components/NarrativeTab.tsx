import { useMemo, useRef, useState } from 'react';
import { Body1, Button, Caption1, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { CheckResult } from '../../core/check';
import { checkNarrativeAgainst } from '../../core/checkNarrativeAlone';
import { canExplain, explainResult, ExplanationRecord, findingKey } from '../../core/findings/explanations';
import type { Finding } from '../../core/findings/types';
import { addExplanation, lastExplainer, loadExplanations, removeExplanation } from '../actions/explanations';
import { docxText } from '../actions/docxText';
import { userMessage } from '../errors';
import { useTask } from '../useTask';
import type { PaneServices } from '../services';
import { coverageLine, markText, narrativeCounts, narrativeFindings, tableFindingCount } from '../viewModel/narrative';
import { FilePicker } from './FilePicker';
import { ExplainBox } from './ExplainBox';
import { FindingButton } from './FindingButton';
import { Busy, ErrorBar } from './Status';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  text: {
    whiteSpace: 'pre-wrap',
    maxHeight: '240px',
    overflowY: 'auto',
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase400,
  },
  mark: { backgroundColor: '#FFD966', padding: 0 },
  summary: { padding: tokens.spacingHorizontalM, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground2 },
});

interface Checked {
  /** The text as checked: spans point into this, not into the (maybe edited) textarea. */
  readonly text: string;
  readonly result: CheckResult;
}

/** 说明校验: the 说明 (pasted or from a .docx) against itself and against the tables. */
export default function NarrativeTab({ services }: { services: PaneServices }) {
  const { excel, settings } = services;
  const styles = useStyles();
  const [text, setText] = useState('');
  const { busy, error, setError, run } = useTask();
  const [checked, setChecked] = useState<Checked | null>(null);
  const [current, setCurrent] = useState<string | null>(null);
  /** What the click selected when Excel could not select every cited area at once. */
  const [selectionNote, setSelectionNote] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const markRef = useRef<HTMLElement>(null);
  /** 已说明 (the workbook's record, as for the tables' warnings), read at each check. */
  const [stored, setStored] = useState(() => loadExplanations(settings));
  const [explaining, setExplaining] = useState<string | null>(null);

  const pickFile = (file: File) =>
    run('正在读取 Word 文件……', async () => {
      setText(await docxText(await file.arrayBuffer(), file.name));
      setFileName(file.name);
      setChecked(null);
    });

  const check = async () => {
    if (!text.trim()) {
      setError('请先粘贴说明文本，或选择说明的 Word 文件。');
      return;
    }
    await run('正在读取附表并校验说明……', async () => {
      const grids = await excel.readAllSheets();
      setStored(loadExplanations(settings));
      setChecked({ text, result: checkNarrativeAgainst(grids, text) });
      setCurrent(null);
      setExplaining(null);
    });
  };

  const shown = useMemo(() => (checked ? explainResult(checked.result, stored.record) : null), [checked, stored]);
  const views = useMemo(() => (shown ? narrativeFindings(shown.findings) : []), [shown]);

  const saveRecord = (save: () => Promise<ExplanationRecord>) =>
    run('正在保存说明……', async () => {
      setStored({ record: await save(), unreadable: 0 });
      setExplaining(null);
    });
  const saveExplanation = (finding: Finding, note: string, by: string) => void saveRecord(() => addExplanation(settings, finding, note, by, new Date().toISOString()));
  const unexplain = (finding: Finding) => void saveRecord(() => removeExplanation(settings, finding));
  const currentView = views.find((v) => v.key === current) ?? null;
  const marked = checked ? markText(checked.text, currentView?.finding.narrative) : null;
  const counts = narrativeCounts(views);

  const activate = (key: string) => {
    setCurrent(key);
    setSelectionNote(null);
    const view = views.find((v) => v.key === key);
    // After React has drawn the <mark>, bring it into view.
    setTimeout(() => markRef.current?.scrollIntoView?.({ block: 'nearest' }), 0);
    if (view && view.finding.cells.length > 0) {
      excel
        .selectCells(view.finding.cells)
        .then((selected) => setSelectionNote(selected.note))
        .catch((e) => setError(userMessage(e)));
    }
  };

  return (
    <>
      <Field label="说明文本" hint="粘贴决算情况说明全文，或选择 Word 文件（.docx）。">
        <Textarea value={text} onChange={(_, data) => setText(data.value)} resize="vertical" rows={8} />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void check()} disabled={busy !== null}>
          校验说明
        </Button>
        <FilePicker
          label="选择 Word 文件"
          ariaLabel="选择说明的 Word 文件"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          disabled={busy !== null}
          onFile={pickFile}
        />
        {fileName ? <Caption1>已读取：{fileName}</Caption1> : null}
      </div>
      <Busy label={busy} />
      <ErrorBar message={error} />
      {checked ? (
        <>
          <section className={styles.summary} aria-label="说明校验结果" data-testid="narrative-summary">
            <Body1 as="p" block>
              错误 {counts.error} · 警告 {counts.warning} · 提示 {counts.info}
              {counts.explained > 0 ? ` · 已说明 ${counts.explained}` : ''}
            </Body1>
            <Caption1 as="p" block>{coverageLine(checked.result.narrative)}</Caption1>
            {checked.result.tablesCompared === false ? (
              <Caption1 as="p" block data-testid="narrative-alone">工作簿中没有决算附表：只核对了说明本身，未与附表比对。</Caption1>
            ) : null}
            {tableFindingCount(checked.result.findings) > 0 ? (
              <Caption1 as="p" block>附表本身另有 {tableFindingCount(checked.result.findings)} 个错误或警告，请在“表格校验”中查看。</Caption1>
            ) : null}
          </section>
          {marked ? (
            <div className={styles.text} data-testid="narrative-text" aria-label="所校验的说明">
              {marked.before}
              {marked.marked ? (
                <mark ref={markRef} className={styles.mark}>
                  {marked.marked}
                </mark>
              ) : null}
              {marked.after}
            </div>
          ) : null}
          {views.length === 0 ? <Body1>说明中没有发现问题。</Body1> : null}
          <ul className={styles.list} aria-label="说明中的问题">
            {views.map((v) => (
              <li key={v.key}>
                <FindingButton
                  testId="narrative-finding"
                  finding={v.finding}
                  location={v.location}
                  quote={v.finding.narrative?.quote}
                  current={current === v.key}
                  onActivate={() => activate(v.key)}
                />
                {current === v.key && selectionNote ? (
                  <Caption1 role="status" data-testid="selection-note">
                    {selectionNote}
                  </Caption1>
                ) : null}
                {canExplain(v.finding) && services.settingsPersist !== false ? (
                  <ExplainBox
                    key={`${findingKey(v.finding)}|${v.finding.explained?.at ?? ''}`}
                    finding={v.finding}
                    open={explaining === findingKey(v.finding)}
                    onOpen={() => setExplaining(findingKey(v.finding))}
                    onCancel={() => setExplaining(null)}
                    defaultBy={lastExplainer(stored.record)}
                    disabled={busy !== null}
                    onSave={(note, by) => saveExplanation(v.finding, note, by)}
                    onRemove={() => unexplain(v.finding)}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
