import {
  Body1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Title2,
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
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: '100vh',
    boxSizing: 'border-box',
  },
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
        <Title2 as="h1">决算校验</Title2>
        <Body1 as="p">
          一键读取十三张附表，核对表内表间勾稽关系与情况说明，标注有问题的单元格，并可根据附表生成情况说明。
        </Body1>
        {host === 'excel' && services ? <Pane services={services} /> : <HostNotice host={host} />}
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
