// Offline manifest check. `office-addin-manifest validate` posts the manifest to Microsoft's validation service,
// which needs the network; this checks what can be known locally: well-formed XML, required elements in schema
// order, every URL under the base URL, every resid defined, icons present at the declared sizes, ribbon functions
// that commands.ts registers, and the ExcelApi minimum matching the adapter's.
// Usage: tsx scripts/validate-manifest.ts [manifest.xml] [--base https://host/path]   (base default: $ADDIN_BASE_URL or https://localhost:3000)
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { OfficeAddinManifest } from 'office-addin-manifest';

const ROOT = resolve(__dirname, '..');
const SCHEMA_ORDER = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'VersionOverrides',
];

export function pngSize(file: string): { width: number; height: number } | undefined {
  const bytes = readFileSync(file);
  if (bytes.length < 24 || bytes.toString('ascii', 1, 4) !== 'PNG') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export async function validateManifest(path: string, base: string): Promise<string[]> {
  const problems: string[] = [];
  const text = readFileSync(path, 'utf8');
  try {
    const info = await OfficeAddinManifest.readManifestFile(path);
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(info.id ?? ''))
      problems.push(`Id is not a GUID: ${info.id}`);
    if (!/^\d+(\.\d+){0,3}$/.test(info.version ?? ''))
      problems.push(`Version is not n.n.n.n: ${info.version}`);
    if (!info.hosts?.includes('Workbook')) problems.push('Hosts does not include Workbook');
    if (!info.defaultSettings?.sourceLocation) problems.push('DefaultSettings/SourceLocation is missing');
  } catch (error) {
    return [`not a readable XML manifest: ${(error as Error).message}`];
  }

  let last = -1;
  for (const element of SCHEMA_ORDER) {
    const at = text.search(new RegExp(`<${element}[\\s>/]`));
    if (at < 0) problems.push(`<${element}> is missing`);
    else if (at < last) problems.push(`<${element}> is out of schema order`);
    else last = at;
  }

  const urls = [
    ...text.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]*)"|<AppDomain>([^<]*)<\/AppDomain>/g),
  ].map((m) => m[1] ?? m[2]);
  for (const url of urls)
    if (!url.startsWith(base)) problems.push(`URL outside the base URL ${base}: ${url}`);
  if (!urls.length) problems.push('no URLs found');

  const defined = new Set([...text.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
  for (const [, resid] of text.matchAll(/resid="([^"]+)"/g))
    if (!defined.has(resid)) problems.push(`resid "${resid}" is not defined in <Resources>`);

  const checkIcon = (url: string, size: number, where: string) => {
    const local = url.slice(base.length).replace(/^\//, '');
    const file = join(ROOT, local);
    if (!existsSync(file)) return problems.push(`${where}: ${local} does not exist`);
    const actual = pngSize(file);
    if (!actual || actual.width !== size || actual.height !== size)
      problems.push(`${where}: ${local} is ${actual?.width}×${actual?.height}, expected ${size}×${size}`);
  };
  const iconUrl = /<IconUrl DefaultValue="([^"]+)"/.exec(text)?.[1];
  const highRes = /<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(text)?.[1];
  if (iconUrl) checkIcon(iconUrl, 32, 'IconUrl');
  if (highRes) checkIcon(highRes, 64, 'HighResolutionIconUrl');
  const images = new Map(
    [...text.matchAll(/<bt:Image id="([^"]+)" DefaultValue="([^"]+)"/g)].map((m) => [m[1], m[2]]),
  );
  for (const [, size, resid] of text.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"/g)) {
    const url = images.get(resid);
    if (url) checkIcon(url, Number(size), `icon ${resid}`);
  }

  const commands = readFileSync(join(ROOT, 'src/commands/commands.ts'), 'utf8');
  for (const [, name] of text.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)) {
    if (!commands.includes(`associate('${name}'`))
      problems.push(`ribbon function ${name} is not registered in src/commands/commands.ts`);
  }

  const capabilities = join(ROOT, 'src/excel/capabilities.ts');
  const minimum = existsSync(capabilities)
    ? /MINIMUM_EXCEL_API = '([\d.]+)'/.exec(readFileSync(capabilities, 'utf8'))?.[1]
    : undefined;
  const declared = /<Set Name="ExcelApi" MinVersion="([\d.]+)"/.exec(text)?.[1];
  if (!declared) problems.push('no <Set Name="ExcelApi"> requirement');
  else if (minimum && declared !== minimum)
    problems.push(`ExcelApi MinVersion ${declared} differs from the adapter's MINIMUM_EXCEL_API ${minimum}`);

  for (const [, id, value] of text.matchAll(/<bt:String id="([^"]+)" DefaultValue="([^"]*)"/g)) {
    const long = text.indexOf(`<bt:String id="${id}"`) > text.indexOf('<bt:LongStrings>');
    if (value.length > (long ? 250 : 125))
      problems.push(`string ${id} is longer than ${long ? 250 : 125} characters`);
  }
  return [...new Set(problems)];
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const baseAt = args.indexOf('--base');
  const base = (
    baseAt >= 0 ? args[baseAt + 1] : process.env.ADDIN_BASE_URL || 'https://localhost:3000'
  ).replace(/\/+$/, '');
  const path =
    args.find((arg, i) => !arg.startsWith('--') && (baseAt < 0 || i !== baseAt + 1)) ?? 'manifest.xml';
  void validateManifest(path, base).then((problems) => {
    if (problems.length) {
      for (const problem of problems) console.error(`✖ ${problem}`);
      process.exitCode = 1;
    } else console.log(`✔ ${path} is valid (offline checks; base URL ${base}).`);
  });
}
