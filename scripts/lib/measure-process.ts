// Runs a command and measures it from outside: wall time, and peak resident memory of the process (all its
// threads) read from /proc/PID/status (VmHWM) while it runs. Linux only, as CI is.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Measured {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  /** Peak resident set in MB; 0 when /proc could not be read. */
  readonly peakMb: number;
}

export function measureProcess(command: string, args: readonly string[], cwd?: string): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peakKb = 0;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const sample = () => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const match = /VmHWM:\s+(\d+) kB/.exec(status);
        if (match) peakKb = Math.max(peakKb, Number(match[1]));
      } catch {
        /* the process has just ended */
      }
    };
    const timer = setInterval(sample, 20);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearInterval(timer);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      // Streams may still be flushing: wait for them.
      child.stdout.on('end', () => undefined);
      setImmediate(() =>
        resolve({ code, stdout, stderr, ms: Math.round(ms), peakMb: Math.round(peakKb / 1024) }),
      );
    });
  });
}
