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
    },
    (error: unknown) => {
      process.stderr.write(`selfeval: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
