#!/usr/bin/env node
// CTest fixture helper (see cmake/LumioTesting.cmake):
//   node fixture.mjs start <infofile> -- <server args...>
//     starts server.mjs detached (its stdout/stderr go to <infofile>.log), waits
//     for the LUMIO_SANDBOX_READY line, writes its JSON to <infofile>, exits 0.
//   node fixture.mjs stop <infofile>
//     SIGTERM to the pid in <infofile>, SIGKILL after 5 s, removes <infofile>.
//     Exits 0 even if the sandbox is already gone.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const READY = 'LUMIO_SANDBOX_READY ';
const START_TIMEOUT_MS = 60_000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function die(message) {
  process.stderr.write(`fixture.mjs: ${message}\n`);
  process.exit(1);
}

function alive(pid) {
  try { process.kill(pid, 0); } catch (e) { return e.code === 'EPERM'; }
  // A detached server is reparented; until its new parent reaps it, a dead
  // server is a zombie that kill(pid, 0) still finds. Linux only; elsewhere
  // the signal check above is all there is.
  try { return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8')); } catch { return true; }
}

function tail(file, lines = 30) {
  try { return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n'); } catch { return '(no log)'; }
}

async function start(infoFile, serverArgs) {
  const logFile = `${infoFile}.log`;
  fs.mkdirSync(path.dirname(path.resolve(infoFile)), { recursive: true });
  fs.rmSync(infoFile, { force: true });
  // The server writes its READY line into the log; we poll the log for it so
  // the detached server never depends on a pipe to this short-lived process.
  const fd = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, [path.join(here, 'server.mjs'), ...serverArgs], {
    detached: true, stdio: ['ignore', fd, fd],
  });
  fs.closeSync(fd);
  let exited = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; });
  child.on('error', (e) => { exited = { error: e }; });

  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const text = fs.readFileSync(logFile, 'utf8');
    const line = text.split('\n').find((l) => l.startsWith(READY) && text.includes(`${l}\n`));
    if (line) {
      let info;
      try { info = JSON.parse(line.slice(READY.length)); } catch (e) { die(`bad READY line in ${logFile}: ${e.message}`); }
      const tmp = `${infoFile}.tmp`;
      fs.writeFileSync(tmp, `${JSON.stringify(info, null, 2)}\n`);
      fs.renameSync(tmp, infoFile);
      child.unref();
      process.stdout.write(`sandbox pid ${info.pid} ready at ${info.url}; info in ${infoFile}, log in ${logFile}\n`);
      process.exit(0);
    }
    if (exited) {
      die(`sandbox exited before it was ready (${exited.error?.message ?? `code ${exited.code}, signal ${exited.signal}`}). `
        + `Did you run npm ci in tests/sandbox? Log ${logFile}:\n${tail(logFile)}`);
    }
    await sleep(50);
  }
  try { process.kill(child.pid, 'SIGKILL'); } catch { /* already gone */ }
  die(`sandbox not ready after ${START_TIMEOUT_MS / 1000} s. Log ${logFile}:\n${tail(logFile)}`);
}

async function stop(infoFile) {
  let info;
  try {
    info = JSON.parse(fs.readFileSync(infoFile, 'utf8'));
  } catch {
    process.stdout.write(`no sandbox info in ${infoFile}; nothing to stop\n`);
    return;
  }
  const pid = Number(info.pid);
  if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
    try { process.kill(pid, 'SIGTERM'); } catch { /* raced with its exit */ }
    const deadline = Date.now() + 5000;
    while (alive(pid) && Date.now() < deadline) await sleep(50);
    if (alive(pid)) {
      process.stderr.write(`sandbox pid ${pid} ignored SIGTERM for 5 s; sending SIGKILL\n`);
      try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
    }
    process.stdout.write(`sandbox pid ${pid} stopped\n`);
  } else {
    process.stdout.write(`sandbox pid ${pid} was not running\n`);
  }
  fs.rmSync(infoFile, { force: true });
}

const [verb, infoFile, ...rest] = process.argv.slice(2);
if (!infoFile || (verb !== 'start' && verb !== 'stop')) {
  die('usage: fixture.mjs start <infofile> -- <server args...> | fixture.mjs stop <infofile>');
}
if (verb === 'start') {
  const sep = rest.indexOf('--');
  await start(infoFile, sep >= 0 ? rest.slice(sep + 1) : rest);
} else {
  await stop(infoFile);
}
