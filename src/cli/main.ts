#!/usr/bin/env node
import { run } from './run';

run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  progress: process.stderr.isTTY ? (text) => process.stderr.write(text) : undefined,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`selfeval: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
