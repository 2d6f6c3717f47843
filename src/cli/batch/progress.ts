// "12/200 checked · 1 unreadable · dept-a/x.xlsx" on one line of a terminal, rewritten in place.
import type { Lang } from '../../engine/rules/types';
import { safeForTerminal } from '../terminal-text';

export class Progress {
  private done = 0;
  private failed = 0;

  constructor(
    private readonly total: number,
    private readonly lang: Lang,
    private readonly write: ((line: string) => void) | undefined,
  ) {}

  step(file: string, ok: boolean): void {
    this.done++;
    if (!ok) this.failed++;
    if (!this.write) return;
    const failed =
      this.failed === 0
        ? ''
        : this.lang === 'zh'
          ? ` · ${this.failed} 个无法读取`
          : ` · ${this.failed} unreadable`;
    const counted =
      this.lang === 'zh' ? `已检查 ${this.done}/${this.total}` : `${this.done}/${this.total} checked`;
    const name = safeForTerminal(file);
    this.write(`\r\x1b[K${counted}${failed} · ${name.length > 60 ? `…${name.slice(-59)}` : name}`);
  }

  end(): void {
    if (this.write && this.done > 0) this.write('\r\x1b[K');
  }
}
