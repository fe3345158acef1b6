import { run } from './runCli';

describe('usage', () => {
  test("a command's mistake is followed by that command's usage only", async () => {
    const r = await run('compare', 'only-one.xlsx');
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(/^无法校验：/);
    expect(r.stderr).toContain('用法：node dist/cli.js compare');
    expect(r.stderr).not.toContain('用法：node dist/cli.js batch');
    expect(r.stderr).not.toContain('用法：node dist/cli.js generate');
  });

  test('an unknown command is followed by every command', async () => {
    const r = await run('chekc', 'a.xlsx');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不认识的命令“chekc”');
    for (const c of ['check', 'batch', 'compare', 'generate']) expect(r.stderr).toContain(`用法：node dist/cli.js ${c}`);
  });

  test('help prints every command on stdout, exit 0', async () => {
    const r = await run('help');
    expect(r.code).toBe(0);
    for (const c of ['check', 'batch', 'compare', 'generate']) expect(r.stdout).toContain(`用法：node dist/cli.js ${c}`);
  });
});
