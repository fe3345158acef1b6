/**
 * Reads manifest.xml for the add-in tests: XPath queries and XSD validation, both through
 * xmllint-wasm (the same libxml2 the schemas were checked with), so no second XML parser.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { validateXML, type XMLValidationResult } from 'xmllint-wasm';

export const repoRoot = resolve(__dirname, '../../..');
export const manifestPath = join(repoRoot, 'manifest.xml');
/** The Office XML schemas (see its README); outside the repository, so possibly absent. */
export const schemaDir = resolve(repoRoot, '../shared/manifest-schemas');
export const mainSchema = 'OfficeAppManifestV1_1.xsd';

export function schemasPresent(): boolean {
  return existsSync(join(schemaDir, mainSchema));
}

export function readManifest(): string {
  return readFileSync(manifestPath, 'utf8');
}

/** Validates XML text against OfficeAppManifestV1_1.xsd with the other schemas preloaded. */
export function validateManifest(xml: string): Promise<XMLValidationResult> {
  const others = readdirSync(schemaDir).filter((f) => f.endsWith('.xsd') && f !== mainSchema);
  return validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [{ fileName: mainSchema, contents: readFileSync(join(schemaDir, mainSchema), 'utf8') }],
    preload: others.map((f) => ({ fileName: f, contents: readFileSync(join(schemaDir, f), 'utf8') })),
  });
}

/**
 * Evaluates an XPath 1.0 expression with `xmllint --xpath` and returns its text result.
 * Use local-name() in expressions: the manifest mixes three namespaces.
 */
export async function xpath(xml: string, expression: string): Promise<string> {
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    normalization: 'format',
    modifyArguments: () => ['--xpath', expression, 'manifest.xml'],
  });
  return result.normalized.trim();
}

/** Shorthand for the element named `name` in any namespace. */
export function el(name: string): string {
  return `*[local-name()='${name}']`;
}
