/** build/preview/sample-grids.json, written by scripts/preview-data.mjs (webpack alias in preview mode). */
declare module 'preview-sample-grids.json' {
  import type { Grid } from '../core/grid/types';
  const sample: { readonly source: string; readonly grids: Grid[] };
  export default sample;
}
