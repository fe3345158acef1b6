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
            <Body1 as="p" block>一键读取十三张附表，核对表内表间勾稽关系与情况说明，标注有问题的单元格，并可根据附表生成情况说明。</Body1>
            <HostNotice host={host} />
          </>
        )}
      </main>
    </FluentProvider>
  );
}

/** Where office.js comes from (taskpane.html); named in the message so IT staff know what to open. */
const OFFICE_JS_HOST = 'appsforoffice.microsoft.com';

function HostNotice({ host }: { host: HostStatus }) {
  if (host === 'no-office') {
    return (
      <MessageBar intent="error" data-testid="no-office">
        <MessageBarBody>
          <MessageBarTitle>未能加载 Office 脚本（office.js）</MessageBarTitle>
          本加载项需要从 {OFFICE_JS_HOST} 加载 office.js，但没有加载成功。请检查：本机能否访问该网址（内网、代理或防火墙可能拦截）；网络恢复后关闭并重新打开任务窗格。若本页不是在 Excel 中打开的，也会看到此提示。
        </MessageBarBody>
      </MessageBar>
    );
  }
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
