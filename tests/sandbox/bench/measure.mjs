#!/usr/bin/env node
// Measures the sandbox itself (not the app): start-up time, the time to page
// through every adminBotStatuses row over HTTP, and the event rate delivered
// to subscribers. Starts its own server as a child process.
//
//   node bench/measure.mjs [--accounts 100000] [--events-per-second 5000] [--seconds 20] [--subscribers 2]

import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const accounts = Number(args.accounts ?? 100000);
const rate = Number(args['events-per-second'] ?? 5000);
const seconds = Number(args.seconds ?? 20);
const subscribers = Number(args.subscribers ?? 2);

const t0 = performance.now();
const child = spawn(process.execPath, [path.join(here, '..', 'server.mjs'), '--port', '0', '--accounts', String(accounts), '--quiet'],
  { stdio: ['ignore', 'pipe', 'inherit'] });
const info = await new Promise((resolve, reject) => {
  let buf = '';
  child.stdout.on('data', (d) => {
    buf += d;
    const m = /LUMIO_SANDBOX_READY (.*)\n/.exec(buf);
    if (m) resolve(JSON.parse(m[1]));
  });
  child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
});
const startupMs = performance.now() - t0;

const QUERY = `query AdminBotStatuses($filter: BotStatusFilter, $first: Int, $after: String) {
  adminBotStatuses(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { accountId accountName platform status lastHeartbeatAt updatedAt } } }`;

async function gql(query, variables) {
  const res = await fetch(info.url, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${info.tokens.admin}`, 'Accept-Encoding': 'gzip' },
    body: JSON.stringify({ query, variables }) });
  return res.json();
}

// 1. All pages of all rows.
let after = null;
let rows = 0;
let pages = 0;
let total = 0;
const tPage = performance.now();
for (;;) {
  const r = await gql(QUERY, { first: 5000, after });
  const p = r.data.adminBotStatuses;
  total = p.totalCount;
  rows += p.nodes.length;
  pages++;
  if (!p.pageInfo.hasNextPage) break;
  after = p.pageInfo.endCursor;
}
const pagingMs = performance.now() - tPage;

// 2. Events delivered to N subscribers at the requested rate.
const counts = new Array(subscribers).fill(0);
const clients = [];
for (let i = 0; i < subscribers; i++) {
  const c = createClient({ url: info.ws, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${info.tokens.readonly}` } });
  clients.push(c);
  c.subscribe({ query: 'subscription { botStatusChanged { accountId accountName platform status lastHeartbeatAt updatedAt } }' },
    { next: () => { counts[i]++; }, error: (e) => console.error('subscription error', e), complete: () => {} });
}
await new Promise((r) => setTimeout(r, 500));
const ctl = async (verb, body) => (await fetch(`${info.control}/${verb}`, { method: 'POST', body: JSON.stringify(body) })).json();
const tState = performance.now();
const fullState = await ctl('state', {});
const stateMs = performance.now() - tState;
await fetch(`${info.control}/events`, { method: 'POST', body: JSON.stringify({ eventsPerSecond: rate }) });
const warm = 2000;
await new Promise((r) => setTimeout(r, warm));
const start = counts.slice();
const memBefore = (await ctl('state', { rows: false })).counters;
const tEv = performance.now();
await new Promise((r) => setTimeout(r, seconds * 1000));
const elapsed = (performance.now() - tEv) / 1000;
const delivered = counts.map((c, i) => Math.round((c - start[i]) / elapsed));
await fetch(`${info.control}/events`, { method: 'POST', body: JSON.stringify({ eventsPerSecond: 0 }) });
const state = await ctl('state', { rows: false });
for (const c of clients) await c.dispose();
child.kill('SIGTERM');

console.log(JSON.stringify({
  accounts, rows: total, startupMs: Math.round(startupMs),
  paging: { pages, rows, totalCount: total, ms: Math.round(pagingMs), rowsPerSecond: Math.round(rows / (pagingMs / 1000)) },
  state: { rows: fullState.rows.length, ms: Math.round(stateMs) },
  events: { requestedPerSecond: rate, seconds: Math.round(elapsed), deliveredPerSecondPerSubscriber: delivered, published: state.counters.eventsPublished,
    serverRssMb: { afterWarmUp: memBefore.rssMb, atEnd: state.counters.rssMb }, serverHeapMb: { afterWarmUp: memBefore.heapUsedMb, atEnd: state.counters.heapUsedMb } },
}, null, 2));
