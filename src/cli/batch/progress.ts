/** A one-line progress bar on a terminal; silent when output is piped or in CI logs. */
export function progressBar(total: number, stream: NodeJS.WriteStream = process.stderr): { tick(): void; done(): void } {
  let n = 0;
  const enabled = Boolean(stream.isTTY) && total > 1;
  const draw = () => {
    const width = 30;
    const filled = Math.round((n / total) * width);
    stream.write(`\r校验中 [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${n}/${total}`);
  };
  return {
    tick() {
      n++;
      if (enabled) draw();
    },
    done() {
      if (enabled) stream.write('\n');
    },
  };
}
