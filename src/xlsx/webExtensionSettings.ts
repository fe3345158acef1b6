import { listEntries, rawData, ZipEntry } from '../zip/directory';
import type { Inflate } from './read';
import { forEachAttr, scanXml } from './xml';

/*
 * The document settings of web add-ins, as Office saves them inside an .xlsx: one part per add-in,
 * xl/webextensions/webextension1.xml, …:
 *
 *   <we:webextension …><we:reference id="{manifest id}" …/>
 *     <we:properties><we:property name="jsjy.explanations" value="{&quot;version&quot;:1,…}"/></we:properties>
 *   </we:webextension>
 *
 * Each value is the JSON of what Office.context.document.settings.set was given. The task pane
 * saves its records there (jsjy.explanations, jsjy.highlights …); the command line reads them
 * back with this, so what the user wrote in the pane reaches `check` too. Read-only, and it never
 * throws: a damaged part or value is counted, not fatal (the workbook itself was already read).
 */

/** The add-in's <Id> in manifest.xml: how Office names our part's reference (sideloaded or from a catalog). */
export const ADDIN_ID = 'e0db1776-68bb-42e4-a1c6-1fea107056f8';

/** Office keeps settings under 2 MB; a part far larger than that is not ours to read. */
const MAX_PART_BYTES = 16 * 1024 * 1024;

export interface WebExtensionPart {
  /** e.g. xl/webextensions/webextension1.xml */
  readonly part: string;
  /** we:reference id: the manifest id (often in braces) for a sideloaded add-in, the store's asset id otherwise. */
  readonly referenceId: string | null;
  /** Each property's value, JSON-decoded. */
  readonly properties: ReadonlyMap<string, unknown>;
  /** Names of properties whose value is not JSON. */
  readonly unreadable: readonly string[];
}

export interface WebExtensionSettings {
  readonly parts: readonly WebExtensionPart[];
  /** webextension parts that could not be read (damaged, too large, not XML). */
  readonly damaged: number;
}

const PART = /^xl\/webextensions\/webextension[^/]*\.xml$/i;
const utf8 = new TextDecoder('utf-8');

async function partText(bytes: Uint8Array, e: ZipEntry, inflate: Inflate): Promise<string> {
  if (e.size > MAX_PART_BYTES) throw new Error('part too large');
  const raw = rawData(bytes, e);
  if (e.method === 0) return utf8.decode(raw);
  if (e.method !== 8) throw new Error(`compression method ${e.method}`);
  const data = await inflate(raw, e.size + 1024);
  if (data.length > e.size) throw new Error('part larger than declared');
  return utf8.decode(data);
}

/** One part's reference id and properties; throws on malformed XML. */
export function parseWebExtension(part: string, xml: string): WebExtensionPart {
  let referenceId: string | null = null;
  const properties = new Map<string, unknown>();
  const unreadable: string[] = [];
  const stack: string[] = [];
  scanXml(xml, {
    wantText: false,
    open(name, attrs) {
      const parent = stack[stack.length - 1];
      stack.push(name);
      if (name === 'reference' && parent === 'webextension' && referenceId === null) {
        forEachAttr(attrs, (k, v) => {
          if (k === 'id') referenceId = v;
        });
      } else if (name === 'property' && parent === 'properties') {
        let key: string | undefined;
        let value: string | undefined;
        forEachAttr(attrs, (k, v) => {
          if (k === 'name') key = v;
          else if (k === 'value') value = v;
        });
        if (key === undefined || value === undefined) return;
        try {
          properties.set(key, JSON.parse(value));
        } catch {
          unreadable.push(key);
        }
      }
    },
    close() {
      stack.pop();
    },
    text() {},
  });
  return { part, referenceId, properties, unreadable };
}

/** Every webextension part of the workbook (none is the usual case: the pane never ran on it). */
export async function readWebExtensionSettings(bytes: Uint8Array, inflate: Inflate): Promise<WebExtensionSettings> {
  let entries: ZipEntry[];
  try {
    entries = listEntries(bytes);
  } catch {
    return { parts: [], damaged: 0 };
  }
  const parts: WebExtensionPart[] = [];
  let damaged = 0;
  for (const e of entries) {
    const name = e.name.replace(/^\//, '');
    if (!PART.test(name)) continue;
    try {
      parts.push(parseWebExtension(name, await partText(bytes, e, inflate)));
    } catch {
      damaged++;
    }
  }
  parts.sort((a, b) => a.part.localeCompare(b.part, 'en', { numeric: true }));
  return { parts, damaged };
}

function sameId(reference: string | null, id: string): boolean {
  return reference !== null && reference.replace(/^\{|\}$/g, '').toLowerCase() === id.toLowerCase();
}

export interface SettingLookup {
  /** The decoded value; undefined when no part has the setting. */
  readonly value: unknown;
  /** The setting is there but its value is not JSON. */
  readonly unreadable: boolean;
}

/**
 * Our setting `name`: from the part whose reference is our add-in, else from any part that has it
 * (a copy of the add-in from a store or catalog names itself differently; our names are prefixed
 * jsjy. and nobody else's).
 */
export function findSetting(settings: WebExtensionSettings, name: string, addinId: string = ADDIN_ID): SettingLookup {
  const ordered = [...settings.parts.filter((p) => sameId(p.referenceId, addinId)), ...settings.parts.filter((p) => !sameId(p.referenceId, addinId))];
  for (const p of ordered) {
    if (p.properties.has(name)) return { value: p.properties.get(name), unreadable: false };
    if (p.unreadable.includes(name)) return { value: undefined, unreadable: true };
  }
  return { value: undefined, unreadable: false };
}
