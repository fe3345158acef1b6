import type { PaneServices } from '../services';

export default function NarrativeTab(_: { services: PaneServices }) {
  return <p>说明校验</p>;
}
