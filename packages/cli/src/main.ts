#!/usr/bin/env node
// The `newsflow` executable: wires the process to runCli; everything else lives in testable modules.
import { text } from 'node:stream/consumers';
import { runCli } from './cli.js';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: () => text(process.stdin),
  env: process.env,
});
