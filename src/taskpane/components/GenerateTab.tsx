import type { PaneServices } from '../services';

export default function GenerateTab(_: { services: PaneServices }) {
  return <p>生成说明</p>;
}
