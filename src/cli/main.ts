#!/usr/bin/env node
import { prestartForCommandLine } from './batch/prestart';

const argv = process.argv.slice(2);
// Before the rest of the CLI loads, so the workers' start-up overlaps it.
prestartForCommandLine(argv);

import('./run')
  .then(({ run }) =>
    run(argv, {
      stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
      stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
      progress: process.stderr.isTTY ? (text) => process.stderr.write(text) : undefined,
    }),
  )
  .then(
    (code) => {
      process.exitCode = code;
      // Done: every file is checked, every copy and report written. The workers stop in the background, and
      // waiting for their threads to end added ~7 ms to every run; once nothing is left to write (writes are
      // synchronous to files, pipes and terminals on Linux, but not everywhere), the process ends now.
      if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit();
    },
    (error: unknown) => {
      process.stderr.write(`selfeval: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
