// Details of failed writes in the run's language: a system error in words with its code, our own errors as
// "程序出错" in zh (their English text only in en).
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { copyWriteFailure } from '../../src/cli/copy-failure';
import { errorDetail } from '../../src/cli/error-text';
import { CopyWriteError, writeFileSafely } from '../../src/cli/write-copy';

const systemError = (code: string) =>
  Object.assign(new Error(`${code}: something, open '/x/y.xlsx'`), { code, errno: -1, syscall: 'open' });
const LATIN = /[A-Za-z]/;

it.each([
  ['EACCES', '没有写入或读取的权限，错误代码 EACCES', 'permission denied, EACCES'],
  ['ENOSPC', '磁盘空间已满，错误代码 ENOSPC', 'no space left on the disk, ENOSPC'],
  ['EBUSY', '文件正被其他程序占用，错误代码 EBUSY', 'the file is in use by another program, EBUSY'],
  ['EXDEV', '系统报错，错误代码 EXDEV', 'system error EXDEV'],
])('words %s in both languages', (code, zh, en) => {
  expect(errorDetail(systemError(code), 'zh')).toBe(zh);
  expect(errorDetail(systemError(code), 'en')).toBe(en);
});

it('says only that the program failed in zh, and keeps the first line of its text in en', () => {
  const error = new Error('unexpected end of central directory\nat …');
  expect(errorDetail(error, 'zh')).toBe('程序出错');
  expect(errorDetail(error, 'en')).toBe('unexpected end of central directory');
});

it('words a real failed write wholly in zh, naming only the file and the code', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-error-text-'));
  try {
    // A file standing where the copy's folder should be: the write fails with ENOTDIR or EEXIST.
    await fs.writeFile(path.join(dir, 'blocker'), 'x');
    const target = path.join(dir, 'blocker', 'copy.xlsx');
    const error = await writeFileSafely(target, Buffer.from('PK'), { ids: [], realKeys: new Set() }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CopyWriteError);
    const zh = copyWriteFailure('报表.xlsx', error, 'zh');
    expect(zh.reason).toBe('cannot-write');
    expect(zh.message.replace('报表.xlsx', '').replace(/E[A-Z]+/g, '')).not.toMatch(LATIN);
    const en = copyWriteFailure('report.xlsx', error, 'en');
    expect(en.message).toMatch(/^report\.xlsx: the copy could not be written \(.+, E[A-Z]+\)$/);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});

it('names the input a copy would have overwritten', () => {
  const failure = copyWriteFailure('a.xlsx', new CopyWriteError('is-an-input', '/in/a.xlsx'), 'zh');
  expect(failure).toEqual({
    reason: 'is-an-input',
    message: 'a.xlsx：未写出副本：/in/a.xlsx 是输入文件，输入文件从不覆盖',
  });
});
