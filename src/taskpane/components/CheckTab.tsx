import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Body1, Button, Caption1, Switch, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckResult } from '../../core/check';
import { canExplain, explainResult, ExplanationRecord, findingKey } from '../../core/findings/explanations';
import type { Finding } from '../../core/findings/types';
import type { Grid } from '../../core/grid/types';
import { checkAndHighlight } from '../actions/check';
import { addExplanation, lastExplainer, loadExplanations, removeExplanation } from '../actions/explanations';
import { userMessage } from '../errors';
import { useTask } from '../useTask';
import type { PaneServices } from '../services';
import { ALL_SEVERITIES, groupFindings, SEVERITIES, SeverityFilter, sheetLookup, summaryView, toggleSeverity } from '../viewModel/findings';
import { SEVERITY_LABEL } from '../../core/findings/types';
import { FilePicker, WORKBOOK_ACCEPT } from './FilePicker';
import { ExplainBox } from './ExplainBox';
import { FindingButton } from './FindingButton';
import { SuspectList } from './SuspectList';
import { Busy, ErrorBar, Notices } from './Status';

/** Quiet time after the last edit before an automatic re-check. */
const AUTO_CHECK_DELAY_MS = 1500;
/** Change events this soon after our own check are its echo (Excel reports the add-in's own
 * changes as edits too), not the user's: ignoring them keeps a re-check from triggering another. */
const ECHO_WINDOW_MS = 300;

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  summary: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  counts: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM, fontWeight: tokens.fontWeightSemibold },
  tables: { minWidth: 0, padding: `0 ${tokens.spacingHorizontalXS}`, fontWeight: tokens.fontWeightRegular, marginLeft: 'auto' },
  note: { display: 'block', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`, color: tokens.colorNeutralForeground2 },
  tableList: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase400 },
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  priorName: { minWidth: 0, overflowWrap: 'anywhere' },
  subheading: { margin: `${tokens.spacingVerticalXS} 0`, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground2 },
});

export function CheckTab({ services }: { services: PaneServices }) {
  const { excel, settings } = services;
  /** The offline web page: its grid is a copy in the page, the file is never changed. */
  const inPage = services.settingsPersist === false;
  const styles = useStyles();
  /** The last check as checked; what is shown has the workbook's explanations applied (`result`). */
  const [checked, setChecked] = useState<CheckResult | null>(null);
  /** 已说明: the explanations saved in the workbook (document settings), read when the pane opens. */
  const [stored, setStored] = useState(() => loadExplanations(settings));
  const storedRef = useRef(stored);
  storedRef.current = stored;
  /** The finding whose 已说明 field is open (its findingKey). */
  const [explaining, setExplaining] = useState<string | null>(null);
  const [notices, setNotices] = useState<readonly string[]>([]);
  const [filter, setFilter] = useState<SeverityFilter>(ALL_SEVERITIES);
  const [current, setCurrent] = useState<string | null>(null);
  const [canClear, setCanClear] = useState(() => excel.hasHighlights());
  /** One action at a time (a change event arriving meanwhile waits), then the 清除标注 button's state. */
  const { busy, error, done, setError, setDone, run: exclusive, isRunning } = useTask(() => setCanClear(excel.hasHighlights()));
  const [auto, setAuto] = useState(false);
  const [tablesOpen, setTablesOpen] = useState(false);
  /** What the last finding click selected, when Excel could not select all of it at once. */
  const [selectionNote, setSelectionNote] = useState<string | null>(null);
  /** pending until the marker scan (清除标注 without the saved record) has answered. */
  const [scan, setScan] = useState<'pending' | 'done'>('pending');
  /** Last year's workbook (上年工作簿), read once when picked; every check then compares with it. */
  const [prior, setPrior] = useState<{ readonly name: string; readonly grids: readonly Grid[] } | null>(null);
  const priorRef = useRef(prior);
  priorRef.current = prior;
  const areaIndex = useRef<{ key: string; area: number } | null>(null);
  const lastRunEnded = useRef(0);
  const autoRef = useRef(false);
  const watching = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const runCheck = useCallback(
    () =>
      exclusive('正在读取工作表并校验……', async () => {
        try {
          const run = await checkAndHighlight(excel, {
            prior: priorRef.current?.grids,
            explanations: storedRef.current.record,
            unreadableExplanations: storedRef.current.unreadable,
          });
          setChecked(run.checked);
          setExplaining(null);
          setNotices(run.notices);
          setCurrent(null);
          // The web page colours its own copy of the grid; the file stays as it was (下载标注副本 makes one).
          const where = inPage ? '已在页面的表格中标注' : '已在工作簿中标注';
          const fileNote = inPage ? '（原文件未改动）' : '';
          setDone(run.highlight.cells > 0 ? `${where} ${run.highlight.cells} 个单元格${fileNote}。` : null);
        } finally {
          lastRunEnded.current = Date.now();
        }
      }),
    [excel, exclusive, setDone, inPage],
  );

  const pickPrior = (file: File) =>
    exclusive('正在读取上年工作簿……', async () => {
      // The 生成说明 tab's reader, loaded on demand: only this button needs it.
      const { readWorkbookFile } = await import(/* webpackChunkName: "workbook-reader" */ '../actions/workbookFile');
      const grids = await readWorkbookFile(await file.arrayBuffer(), file.name, 'prior');
      setPrior({ name: file.name, grids });
      setDone(`已选择上年工作簿“${file.name}”：校验时核对本年年初结转和结余是否等于上年年末数。`);
    });

  const clear = () =>
    exclusive('正在清除标注……', async () => {
      const cleared = await excel.clearHighlights();
      setNotices(cleared.notices);
      setDone(`已清除 ${cleared.removed} 组标注，单元格恢复原样。`);
    });

  /** Selects the finding's cells; where Excel selects one area at a time, each further click on
   * the same finding moves to its next area. */
  const goTo = (key: string, finding: Finding) => {
    setCurrent(key);
    setSelectionNote(null);
    if (finding.cells.length === 0) return;
    const area = areaIndex.current?.key === key ? areaIndex.current.area + 1 : 0;
    excel
      .selectCells(finding.cells, { area })
      .then((selected) => {
        areaIndex.current = { key, area: selected.area };
        setSelectionNote(selected.note);
      })
      .catch((e) => setError(userMessage(e)));
  };

  // Our formats may be in the workbook although the saved record is gone (settings not saved,
  // file copied by another program): look once, read-only, so 清除标注 is offered.
  useEffect(() => {
    let live = true;
    if (excel.hasHighlights()) {
      setScan('done');
      return;
    }
    excel
      .scanHighlights()
      .then((found) => live && found && setCanClear(true))
      .catch(() => undefined)
      .finally(() => live && setScan('done'));
    return () => {
      live = false;
    };
  }, [excel]);

  // Automatic re-check: registered once, the first time the switch is turned on; the handler
  // checks the switch, so turning it off needs no Office call.
  useEffect(() => {
    autoRef.current = auto;
    if (!auto || watching.current || !excel.watchChanges) return;
    watching.current = true;
    excel
      .watchChanges(() => {
        if (!autoRef.current || isRunning() || Date.now() - lastRunEnded.current < ECHO_WINDOW_MS) return;
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => void runCheck(), AUTO_CHECK_DELAY_MS);
      })
      .catch((e) => {
        watching.current = false;
        setError(userMessage(e));
      });
  }, [auto, excel, runCheck, isRunning, setError]);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  /** Saves the record in the document settings; the list shows it at once (the grid's colours follow at the next check). */
  const saveRecord = (save: () => Promise<ExplanationRecord>, message: string) =>
    void exclusive('正在保存说明……', async () => {
      const record = await save();
      setStored({ record, unreadable: 0 });
      setExplaining(null);
      setDone(message);
    });

  const saveExplanation = (finding: Finding, note: string, by: string) =>
    saveRecord(() => addExplanation(settings, finding, note, by, new Date().toISOString()), '说明已记入工作簿（保存工作簿后随文件保留），此警告不再计入警告。');

  const unexplain = (finding: Finding) => saveRecord(() => removeExplanation(settings, finding), '已撤销说明，此警告重新计入警告。');

  const result = useMemo(() => (checked ? explainResult(checked, stored.record, stored.unreadable) : null), [checked, stored]);
  const summary = useMemo(() => (result ? summaryView(result) : null), [result]);
  const groups = useMemo(() => (result ? groupFindings(result.findings, filter, sheetLookup(result)) : []), [result, filter]);

  return (
    <div className={styles.tab} data-testid="check-tab" data-highlight-scan={scan}>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void runCheck()} disabled={busy !== null}>
          一键校验
        </Button>
        <Button onClick={() => void clear()} disabled={busy !== null || !canClear}>
          清除标注
        </Button>
      </div>
      <div className={styles.row}>
        <FilePicker
          size="small"
          label={prior ? '换上年工作簿' : '上年工作簿…'}
          ariaLabel="选择上年的决算工作簿（核对年初结转和结余）"
          accept={WORKBOOK_ACCEPT}
          disabled={busy !== null}
          onFile={pickPrior}
        />
        {prior ? (
          <>
            <Caption1 className={styles.priorName} data-testid="prior-name">
              上年：{prior.name}
            </Caption1>
            <Button size="small" appearance="transparent" onClick={() => setPrior(null)} disabled={busy !== null}>
              不用
            </Button>
          </>
        ) : (
          <Caption1>可选，用于核对年初数</Caption1>
        )}
      </div>
      {!result && canClear ? <Caption1>工作簿中留有上次校验的标注，可点击“清除标注”移除。</Caption1> : null}
      <Switch
        label="编辑后自动重新校验"
        checked={auto}
        disabled={!excel.watchChanges}
        onChange={(_, data) => setAuto(data.checked)}
      />
      <Busy label={busy} />
      <ErrorBar message={error} />
      <Notices notices={notices} />
      {done ? <Caption1 role="status">{done}</Caption1> : null}

      {summary ? (
        <section data-testid="summary" aria-label="校验结果摘要" className={styles.summary}>
          {/* One line: the counts and the table count, which expands to the tables' names. */}
          <div className={styles.counts}>
            {summary.counts.map((c) => (
              <span key={c.severity} data-severity={c.severity}>
                {c.label} {c.count}
              </span>
            ))}
            {summary.explained > 0 ? <span data-testid="explained-count">已说明 {summary.explained}</span> : null}
            <Button
              size="small"
              appearance="transparent"
              className={styles.tables}
              aria-expanded={tablesOpen}
              aria-controls="summary-tables"
              icon={tablesOpen ? <span aria-hidden="true">▾</span> : <span aria-hidden="true">▸</span>}
              onClick={() => setTablesOpen((open) => !open)}
            >
              {summary.found.length} 张表{summary.missing.length > 0 ? `，缺 ${summary.missing.length}` : ''}
              {summary.duplicates.length > 0 ? '，有重复' : ''}
            </Button>
          </div>
          {summary.verdict ? <Caption1>{summary.verdict}</Caption1> : null}
          {summary.coverage ? <Caption1 data-testid="coverage">{summary.coverage}</Caption1> : null}
          {summary.unusedExplanations ? <Caption1 data-testid="unused-explanations">{summary.unusedExplanations}</Caption1> : null}
          {tablesOpen ? (
            <div id="summary-tables" className={styles.tableList}>
              <Caption1>
                已识别 {summary.found.length} 张表
                {summary.found.length > 0 ? `：${summary.found.map((t) => t.title).join('、')}` : ''}
              </Caption1>
              {summary.missing.length > 0 ? <Caption1>缺少 {summary.missing.length} 张表：{summary.missing.map((t) => t.title).join('、')}</Caption1> : null}
              {summary.duplicates.map((d) => (
                <Caption1 key={d}>{d}</Caption1>
              ))}
            </div>
          ) : null}
        </section>
      ) : null}
      {result ? (
        <>
          <SuspectList suspects={result.suspects} select={(cell) => void excel.selectCells([cell]).catch((e) => setError(userMessage(e)))} />
          <div className={styles.row} role="group" aria-label="按严重程度筛选">
            {SEVERITIES.map((s) => (
              <ToggleButton key={s} size="small" checked={filter[s]} onClick={() => setFilter((f) => toggleSeverity(f, s))}>
                {SEVERITY_LABEL[s]}
              </ToggleButton>
            ))}
          </div>
          {groups.length === 0 ? <Body1>{result.findings.length === 0 ? '没有发现问题。' : '筛选后没有要显示的问题。'}</Body1> : null}
          {groups.map((g) => (
            <section key={g.key} aria-label={g.title}>
              <h3 className={styles.heading}>
                {g.title}
                {g.sheet && g.sheet !== g.title ? `（${g.sheet}）` : ''} · {g.count} 项
              </h3>
              {g.severities.map((sg) => (
                <div key={sg.severity}>
                  <h4 className={styles.subheading}>{sg.label}</h4>
                  <ul className={styles.list}>
                    {sg.items.map((item) => (
                      <li key={item.key}>
                        <FindingButton
                          testId="finding"
                          finding={item.finding}
                          location={item.location}
                          current={current === item.key}
                          onActivate={() => goTo(item.key, item.finding)}
                        />
                        {/* Under the finding clicked, where the user is looking. */}
                        {current === item.key && selectionNote ? (
                          <Caption1 role="status" data-testid="selection-note" className={styles.note}>
                            {selectionNote}
                          </Caption1>
                        ) : null}
                        {canExplain(item.finding) && services.settingsPersist !== false ? (
                          <ExplainBox
                            key={`${findingKey(item.finding)}|${item.finding.explained?.at ?? ''}`}
                            finding={item.finding}
                            open={explaining === findingKey(item.finding)}
                            onOpen={() => setExplaining(findingKey(item.finding))}
                            onCancel={() => setExplaining(null)}
                            defaultBy={lastExplainer(stored.record)}
                            disabled={busy !== null}
                            onSave={(note, by) => saveExplanation(item.finding, note, by)}
                            onRemove={() => unexplain(item.finding)}
                          />
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          ))}
        </>
      ) : null}
    </div>
  );
}
