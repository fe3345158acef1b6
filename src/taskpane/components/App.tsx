import {
  Body1,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import type { HostStatus } from '../host';
import type { PaneServices } from '../services';
import { Pane } from './Pane';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    minHeight: '100vh',
    boxSizing: 'border-box',
    // Task panes are 320 px wide on Windows, 270 px on a Mac: long words and addresses wrap.
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  header: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', margin: 0 },
  tagline: { color: tokens.colorNeutralForeground3 },
});

export interface AppProps {
  host: HostStatus;
  /** Present once the pane runs in Excel (or the preview's fake Excel). */
  services?: PaneServices;
}

/** The task pane: a notice while connecting or outside Excel, the three tabs in Excel. */
export function App({ host, services }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        {/* One line, so the first finding fits on the first screen. */}
        <header className={styles.header}>
          <Subtitle2 as="h1">决算校验</Subtitle2>
          <Caption1 className={styles.tagline}>部门决算附表与情况说明核对</Caption1>
        </header>
        {host === 'excel' && services ? (
          <Pane services={services} />
        ) : (
          <>
            <Body1 as="p">一键读取十三张附表，核对表内表间勾稽关系与情况说明，标注有问题的单元格，并可根据附表生成情况说明。</Body1>
            <HostNotice host={host} />
          </>
        )}
      </main>
    </FluentProvider>
  );
}

function HostNotice({ host }: { host: HostStatus }) {
  if (host === 'outside') {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>
          <MessageBarTitle>请在 Excel 中打开本加载项</MessageBarTitle>
          当前页面不在 Excel 中运行，无法读取工作簿。
        </MessageBarBody>
      </MessageBar>
    );
  }
  return <Spinner size="tiny" label="正在连接 Excel……" />;
}
