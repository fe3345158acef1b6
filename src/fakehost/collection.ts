import { FakeClientObject, Loaded, loadPaths } from './clientObject';
import { byteLength, FakeContextCore } from './context';
import { propertyNotLoaded } from './errors';

/**
 * A fake collection: `items` exists only after load + sync. "items/name" and plain "name" both
 * load the items' name, as in Office.js.
 */
export abstract class FakeCollection<T, Item extends FakeClientObject<unknown>> {
  private loadedItems: Item[] | undefined;

  constructor(readonly core: FakeContextCore) {}

  protected abstract kind(): string;
  /** The current members, in Excel's order, resolved while a sync runs. */
  protected abstract members(): T[];
  /** A client object bound to one member. */
  protected abstract proxy(member: T): Item;

  get items(): Item[] {
    if (!this.loadedItems) throw propertyNotLoaded('items');
    return this.loadedItems;
  }

  load(spec?: Parameters<FakeClientObject<unknown>['load']>[0]): this {
    const paths = loadPaths(spec).map((p) => (p === 'items' ? '' : p.startsWith('items/') ? p.slice(6) : p)).filter((p) => p !== '');
    this.core.enqueue({
      describe: `${this.kind()}.load(${paths.join(',')})`,
      requestBytes: 60 + byteLength(paths),
      run: () => {
        const items = this.members().map((m) => this.proxy(m));
        const loaded: Loaded[] = items.map((item) => item.collect(paths));
        const bytes = loaded.reduce((n, l) => n + l.bytes, 10);
        return {
          responseBytes: bytes,
          commit: () => {
            for (const l of loaded) l.commit();
            this.loadedItems = items;
          },
        };
      },
    });
    return this;
  }
}
