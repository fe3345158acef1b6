import {
  Body1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Title2,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import type { HostStatus } from '../host';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: '100vh',
    boxSizing: 'border-box',
  },
  command: {
    fontFamily: tokens.fontFamilyMonospace,
  },
});

export interface AppProps {
  host: HostStatus;
}

/** The task pane. Pure rendering from the host status so it can be rendered in tests. */
export function App({ host }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <Title2 as="h1">决算校验</Title2>
        <Body1 as="p">
          一键读取十三张附表，核对表内表间勾稽关系与情况说明，标注有问题的单元格，并可根据附表生成情况说明。
        </Body1>
        <HostNotice host={host} commandClass={styles.command} />
      </main>
    </FluentProvider>
  );
}

function HostNotice({ host, commandClass }: { host: HostStatus; commandClass: string }) {
  if (host === 'checking') {
    return <Body1 as="p">正在连接 Excel……</Body1>;
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
  return (
    <MessageBar intent="info">
      <MessageBarBody>
        <MessageBarTitle>校验引擎目前在命令行中提供</MessageBarTitle>
        请在项目目录中运行 <code className={commandClass}>node dist/cli.js check 附表.xlsx</code>
        （先运行 <code className={commandClass}>npm run build:cli</code>）。
      </MessageBarBody>
    </MessageBar>
  );
}
