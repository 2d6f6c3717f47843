// `npx tsx scripts/build-xls-samples.ts`: saves each sample (and the reader's cell-kinds workbook) as .xls and as
// .xlsx with LibreOffice (apt-get install -y libreoffice-calc-nogui) into samples/xls/, the "saved both ways"
// pairs test/cli/read/ compares. The .lo.xlsx twins also give the reader a workbook ExcelJS did not write.
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeKindsWorkbook } from '../test/cli/read/kinds-workbook';

const SAMPLES = path.resolve(__dirname, '../samples');
const OUT = path.join(SAMPLES, 'xls');

async function main(): Promise<void> {
  await fs.mkdir(OUT, { recursive: true });
  await writeKindsWorkbook(path.join(OUT, 'kinds.xlsx'));
  const sources = (await fs.readdir(SAMPLES))
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => path.join(SAMPLES, f));
  sources.push(path.join(OUT, 'kinds.xlsx'));
  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-xls-'));
  execFileSync('soffice', ['--headless', '--convert-to', 'xls', '--outdir', OUT, ...sources], {
    stdio: 'ignore',
  });
  execFileSync('soffice', ['--headless', '--convert-to', 'xlsx', '--outdir', scratch, ...sources], {
    stdio: 'ignore',
  });
  for (const file of await fs.readdir(scratch))
    await fs.rename(path.join(scratch, file), path.join(OUT, file.replace(/\.xlsx$/, '.lo.xlsx')));
  await fs.rm(scratch, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
