#!/usr/bin/env node
// Lumio Bot Control API sandbox: a real GraphQL server (graphql-js + graphql-ws)
// with seeded demo data and fault knobs. See README.md in this folder.
//
// When listening it prints exactly one line to stdout:
//   LUMIO_SANDBOX_READY {"url":...,"ws":...,"control":...,"pid":...,"tokens":{...}}
// (plus "mode":"legacy" or "mode":"skew" with --legacy or --skew).
// Everything else goes to stderr.

// graphql-js skips its costly development-mode instanceof checks in
// production; it reads NODE_ENV once when loaded, hence the dynamic import.
process.env.NODE_ENV ??= 'production';
const { startSandbox } = await import('./lib/sandbox.mjs');

const USAGE = `usage: node server.mjs [--host 127.0.0.1] [--port 0] [--seed 42] [--accounts 250]
       [--events-per-second 0] [--latency-ms 0] [--drop-ws-every 0] [--state-file PATH]
       [--faults JSON] [--newer-enum-values] [--introspection authenticated|public|disabled]
       [--legacy | --skew] [--quiet]`;

const NUMERIC = {
  port: 'port', seed: 'seed', accounts: 'accounts', 'events-per-second': 'eventsPerSecond',
  'latency-ms': 'latencyMs', 'drop-ws-every': 'dropWsEvery',
};

function fail(message) {
  process.stderr.write(`server.mjs: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { host: '127.0.0.1', port: 0, seed: 42, accounts: 250, eventsPerSecond: 0, latencyMs: 0, dropWsEvery: 0 };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    if (arg === '--help' || arg === '-h') { process.stdout.write(`${USAGE}\n`); process.exit(0); }
    if (!arg.startsWith('--')) fail(`unexpected argument ${arg}`);
    arg = arg.slice(2);
    let value;
    const eq = arg.indexOf('=');
    if (eq >= 0) { value = arg.slice(eq + 1); arg = arg.slice(0, eq); }
    const takeValue = () => {
      if (value !== undefined) return value;
      if (i + 1 >= argv.length) fail(`--${arg} needs a value`);
      return argv[++i];
    };
    if (arg in NUMERIC) {
      const n = Number(takeValue());
      if (!Number.isFinite(n) || n < 0) fail(`--${arg} must be a non-negative number`);
      opts[NUMERIC[arg]] = n;
    } else if (arg === 'host') {
      opts.host = takeValue();
    } else if (arg === 'state-file') {
      opts.stateFile = takeValue();
    } else if (arg === 'faults') {
      try { opts.faults = JSON.parse(takeValue()); } catch { fail('--faults must be JSON like the body of POST /control/faults'); }
    } else if (arg === 'newer-enum-values') {
      opts.faults = { ...(opts.faults ?? {}), newerEnumValues: true };
    } else if (arg === 'introspection') {
      const mode = takeValue();
      if (!['authenticated', 'public', 'disabled'].includes(mode)) fail('--introspection must be authenticated, public or disabled');
      opts.faults = { ...(opts.faults ?? {}), introspection: mode };
    } else if (arg === 'legacy' || arg === 'skew') {
      if (opts.mode && opts.mode !== arg) fail('--legacy and --skew exclude each other');
      opts.mode = arg;
    } else if (arg === 'quiet') {
      opts.quiet = true;
    } else {
      fail(`unknown option --${arg}`);
    }
  }
  if (!Number.isInteger(opts.port) || opts.port > 65535) fail('--port must be 0..65535');
  if (!Number.isInteger(opts.accounts) || opts.accounts < 1 || opts.accounts > 1_000_000) fail('--accounts must be 1..1000000');
  opts.seed = Math.floor(opts.seed) >>> 0;
  if (opts.mode === 'skew' && opts.stateFile) fail('--state-file is not supported with --skew (skew data is never saved)');
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
const log = opts.quiet ? () => {} : (m) => process.stderr.write(`[sandbox ${new Date().toISOString()}] ${m}\n`);
const started = performance.now();
let sandbox;
try {
  sandbox = await startSandbox({ ...opts, log });
} catch (e) {
  process.stderr.write(`server.mjs: cannot start: ${e.message}\n`);
  process.exit(1);
}

const info = { url: sandbox.url, ws: sandbox.ws, control: sandbox.control, pid: process.pid, tokens: sandbox.tokens,
  ...(sandbox.mode !== 'default' ? { mode: sandbox.mode } : {}) };
process.stdout.write(`LUMIO_SANDBOX_READY ${JSON.stringify(info)}\n`);
log(`listening on ${sandbox.url} (${sandbox.mode !== 'default' ? `${sandbox.mode} mode, ` : ''}seed ${sandbox.store.seed}, ${sandbox.store.accounts.length} accounts, `
  + `${sandbox.store.rows.length} rows, ${sandbox.store.guilds.size} guilds; ready in ${Math.round(performance.now() - started)} ms)`);

let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: saving state and stopping`);
  // Never hang on shutdown: a stuck close must not keep the fixture waiting.
  setTimeout(() => process.exit(0), 3000).unref();
  await sandbox.close();
  process.exit(0);
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
