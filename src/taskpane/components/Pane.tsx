import { lazy, Suspense, useState, type ReactNode } from 'react';
import { makeStyles, mergeClasses, Spinner, Tab, TabList, tokens } from '@fluentui/react-components';
import type { PaneServices } from '../services';
import { CheckTab } from './CheckTab';

// The first screen is 表格校验; the other two tabs (and mammoth, docx behind them) load on demand.
const NarrativeTab = lazy(() => import(/* webpackChunkName: "narrative" */ './NarrativeTab'));
const GenerateTab = lazy(() => import(/* webpackChunkName: "generate" */ './GenerateTab'));

type TabId = 'check' | 'narrative' | 'generate';

const TABS: readonly { id: TabId; label: string }[] = [
  { id: 'check', label: '表格校验' },
  { id: 'narrative', label: '说明校验' },
  { id: 'generate', label: '生成说明' },
];

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalS, minWidth: 0 },
  // The hidden attribute alone loses to display:flex: a hidden tab must say display:none itself.
  hidden: { display: 'none' },
  tabs: { flexWrap: 'wrap', marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

/** The three tabs. A tab once opened stays mounted (hidden), so its results survive switching. */
export function Pane({ services }: { services: PaneServices }) {
  const styles = useStyles();
  const [selected, setSelected] = useState<TabId>('check');
  const [opened, setOpened] = useState<ReadonlySet<TabId>>(new Set(['check']));
  const select = (id: TabId) => {
    setSelected(id);
    setOpened((prior) => (prior.has(id) ? prior : new Set([...prior, id])));
  };
  const panel = (id: TabId, content: ReactNode) =>
    opened.has(id) ? (
      <div role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={selected !== id} className={mergeClasses(styles.panel, selected !== id && styles.hidden)}>
        <Suspense fallback={<Spinner size="tiny" label="正在加载……" />}>{content}</Suspense>
      </div>
    ) : null;
  return (
    <>
      <TabList size="small" className={styles.tabs} selectedValue={selected} onTabSelect={(_, data) => select(data.value as TabId)} aria-label="功能">
        {TABS.map((t) => (
          <Tab key={t.id} id={`tab-${t.id}`} value={t.id} aria-controls={`panel-${t.id}`}>
            {t.label}
          </Tab>
        ))}
      </TabList>
      {panel('check', <CheckTab services={services} />)}
      {panel('narrative', <NarrativeTab services={services} />)}
      {panel('generate', <GenerateTab services={services} />)}
    </>
  );
}
