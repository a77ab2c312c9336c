// Every fault knob of the control endpoint: latency, failure rates per
// operation (HTTP 500/502/503, RATE_LIMITED with Retry-After,
// INTERNAL_SERVER_ERROR, TIMEOUT, LOST_ANSWER), dropping WebSockets, restart with state
// kept, token revocation and newer-schema enum values.

import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import os from 'node:os';
import { sandbox, collect, acme, subscribers, sleep, ROW_FIELDS } from './helpers.mjs';
import { startSandbox } from '../lib/sandbox.mjs';

let sb;
before(async () => { sb = await sandbox({ seed: 13, accounts: 400 }); });
after(() => sb.close());
afterEach(() => sb.ctl('reset-faults'));

const VIEWER = '{ viewer { id } }';
const LIST = `{ adminBotStatuses(first: 20) { totalCount nodes { ${ROW_FIELDS} } } }`;
const TOGGLE = `mutation($a: ID!, $e: Boolean!) { adminToggleBotForAccount(accountId: $a, platform: TWITCH, enabled: $e) { ${ROW_FIELDS} } }`;
const MODERN = 'application/graphql-response+json';

test('latencyMs delays every HTTP answer', async () => {
  const time = async () => { const t = performance.now(); const r = await sb.gql('admin', VIEWER); assert.equal(r.status, 200); return performance.now() - t; };
  const base = Math.min(await time(), await time(), await time());
  await sb.ctl('faults', { latencyMs: 500 });
  const slow = Math.min(await time(), await time());
  assert.ok(slow >= 495, `with 500 ms latency took ${slow} ms`);
  assert.ok(base < 300, `without latency took ${base} ms`);
});

test('failure rate 1 hits only the named operation; "*" hits all', async () => {
  await sb.ctl('faults', { failures: { adminBotStatuses: { rate: 1, kind: 'HTTP_503', retryAfterSeconds: 7 } } });
  const r = await sb.gql('admin', LIST);
  assert.equal(r.status, 503);
  assert.equal(r.headers.get('retry-after'), '7');
  assert.match(r.headers.get('content-type'), /^text\/plain/);
  assert.equal((await sb.gql('admin', VIEWER)).status, 200, 'other operations are untouched');

  await sb.ctl('faults', { failures: { '*': { rate: 1, kind: 'HTTP_502' } } });
  assert.equal((await sb.gql('admin', VIEWER)).status, 502);
  assert.equal((await sb.gql('admin', LIST)).status, 502);

  await sb.ctl('faults', { failures: { '*': { rate: 1, kind: 'HTTP_500' } } });
  const e500 = await sb.gql('admin', VIEWER);
  assert.equal(e500.status, 500);
  assert.equal(e500.body.errors[0].extensions.code, 'INTERNAL_SERVER_ERROR');

  // A named entry takes precedence over '*': rate 0 exempts that operation.
  await sb.ctl('faults', { failures: { viewer: { rate: 0, kind: 'HTTP_500' }, '*': { rate: 1, kind: 'HTTP_500' } } });
  assert.equal((await sb.gql('admin', VIEWER)).status, 200);
  assert.equal((await sb.gql('admin', LIST)).status, 500);
});

test('a failure rate of 0.5 fails about half of the requests', async () => {
  await sb.ctl('faults', { failures: { viewer: { rate: 0.5, kind: 'INTERNAL_SERVER_ERROR' } } });
  let failed = 0;
  const N = 200;
  for (let i = 0; i < N; i++) {
    const r = await sb.gql('admin', VIEWER);
    if (r.body.errors?.[0]?.extensions?.code === 'INTERNAL_SERVER_ERROR') {
      failed++;
      assert.equal(r.status, 200);
      assert.equal(r.body.data, null);
    } else {
      assert.equal(r.body.data.viewer.id, 'user-admin');
    }
  }
  // Binomial(200, 0.5): 60..140 is far outside any plausible fluke.
  assert.ok(failed > 60 && failed < 140, `${failed} of ${N} failed`);
});

test('RATE_LIMITED carries retryAfterSeconds and a Retry-After header, and changes nothing', async () => {
  const row = await acme(sb);
  await sb.ctl('faults', { failures: { adminToggleBotForAccount: { rate: 1, kind: 'RATE_LIMITED', retryAfterSeconds: 3 } } });
  for (const accept of [MODERN, undefined]) {
    const r = await sb.gql('operator', TOGGLE, { a: row.accountId, e: false }, { accept });
    assert.equal(r.status, accept ? 429 : 200);
    assert.equal(r.headers.get('retry-after'), '3');
    assert.deepEqual(r.body.errors[0].extensions, { code: 'RATE_LIMITED', retryAfterSeconds: 3 });
  }
  assert.equal((await acme(sb)).status, 'ACTIVE', 'a rate-limited toggle did not happen');
});

test('TIMEOUT never answers', async () => {
  await sb.ctl('faults', { failures: { viewer: { rate: 1, kind: 'TIMEOUT' } } });
  const t = performance.now();
  await assert.rejects(fetch(sb.url, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer sandbox-admin-token' },
    body: JSON.stringify({ query: VIEWER }), signal: AbortSignal.timeout(500) }), /abort|timeout/i);
  assert.ok(performance.now() - t >= 450);
  assert.equal((await sb.gql('admin', LIST)).status, 200, 'other operations still answer');
});

test('LOST_ANSWER runs the operation, then resets the connection instead of answering', async () => {
  const row = await acme(sb);
  assert.equal(row.status, 'ACTIVE');
  const before = (await sb.ctl('state', { rows: false })).counters;
  await sb.ctl('faults', { failures: { adminToggleBotForAccount: { rate: 1, kind: 'LOST_ANSWER' } } });
  await assert.rejects(sb.gql('operator', TOGGLE, { a: row.accountId, e: false }), /fetch failed|socket|reset/i);
  await sb.ctl('reset-faults');
  // The pause happened: the server has it and says so to anyone who asks.
  assert.equal((await acme(sb)).status, 'PAUSED');
  const after = (await sb.ctl('state', { rows: false })).counters;
  assert.equal(after.mutations - before.mutations, 1);
  assert.equal(after.mutationRequests - before.mutationRequests, 1);
  assert.equal(after.answersLost - before.answersLost, 1);
  // Queries are not mutations.
  await sb.gql('admin', VIEWER);
  assert.equal((await sb.ctl('state', { rows: false })).counters.mutationRequests, after.mutationRequests);
  await sb.gql('operator', TOGGLE, { a: row.accountId, e: true });
});

test('control input is validated', async () => {
  await assert.rejects(sb.ctl('faults', { failures: { viewer: { rate: 2, kind: 'HTTP_500' } } }), /400/);
  await assert.rejects(sb.ctl('faults', { failures: { viewer: { rate: 1, kind: 'HTTP_418' } } }), /400/);
  // A rejected update applies nothing, not even its valid parts.
  await assert.rejects(sb.ctl('faults', { latencyMs: 1000, failures: { viewer: { rate: 1, kind: 'nope' } } }), /400/);
  assert.equal((await sb.ctl('state', { rows: false })).faults.latencyMs, 0);
  await assert.rejects(sb.ctl('no-such-verb'), /404/);
  await assert.rejects(sb.ctl('set-row', { accountId: 'x', platform: 'TWITCH' }), /404/);
  const state = await sb.ctl('state', { rows: false });
  assert.deepEqual(state.faults.failures, {});
});

test('drop-websockets terminates every connection at once; a retrying client comes back', async () => {
  const closes = [];
  const client = sb.wsClient('readonly', { retryAttempts: 5, retryWait: () => sleep(50), on: { closed: (e) => closes.push(e.code) } });
  const sub = collect(client, 'subscription { botStatusChanged { status } }');
  await subscribers(sb, 'botStatusChanged');
  const r = await sb.ctl('drop-websockets');
  assert.equal(r.dropped, 1);
  await sleep(50);
  assert.deepEqual(closes, [1006], 'abrupt close, no close frame');
  await subscribers(sb, 'botStatusChanged'); // resubscribed after reconnect
  const row = await acme(sb);
  await sb.ctl('set-row', { accountId: row.accountId, platform: 'TWITCH', lastHeartbeatAt: 'now' });
  await sub.waitFor(1);
  await client.dispose();
});

test('dropWebSocketsEverySeconds keeps dropping', async () => {
  let closed = 0;
  const client = sb.wsClient('readonly', { retryAttempts: 20, retryWait: () => sleep(20), on: { closed: () => { closed++; } } });
  collect(client, 'subscription { botStatusChanged { status } }');
  await subscribers(sb, 'botStatusChanged');
  await sb.ctl('faults', { dropWebSocketsEverySeconds: 0.25 });
  await sleep(1200);
  await sb.ctl('faults', { dropWebSocketsEverySeconds: 0 });
  assert.ok(closed >= 3 && closed <= 6, `dropped ${closed} times in 1.2 s`);
  const state = await sb.ctl('state', { rows: false });
  assert.ok(state.counters.wsDropped >= 3);
  await client.dispose();
});

test('restart: the port goes down for downMs and comes back with the same state', async () => {
  const row = await acme(sb);
  const paused = (await sb.gql('admin', TOGGLE, { a: row.accountId, e: false })).body.data.adminToggleBotForAccount;
  const before = await sb.ctl('state');
  const closes = [];
  const client = sb.wsClient('readonly', { retryAttempts: 0, on: { closed: (e) => closes.push(e.code) } });
  const sub = collect(client, 'subscription { botStatusChanged { status } }');
  await subscribers(sb, 'botStatusChanged');

  const r = await sb.ctl('restart', { downMs: 700 });
  assert.equal(r.port, sb.port);
  await sleep(200);
  await assert.rejects(fetch(sb.url, { method: 'POST', body: '{}' }), 'nothing listens while down');
  await sub.waitFor((o) => o.errors.length > 0 || o.completed, 2000).catch(() => {});
  assert.ok(closes.length === 1 && closes[0] === 1006, `websocket dropped (${closes})`);

  let back = null;
  for (let i = 0; i < 50 && !back; i++) {
    await sleep(100);
    back = await sb.gql('admin', LIST).catch(() => null);
  }
  assert.ok(back, 'listening again on the same port');
  const after = await sb.ctl('state');
  assert.deepEqual(after.rows, before.rows, 'every row kept');
  assert.equal((await acme(sb)).updatedAt, paused.updatedAt);
  assert.equal(after.counters.restarts, 1);
  await client.dispose();
  await sb.gql('admin', TOGGLE, { a: row.accountId, e: true });
});

test('revoke: HTTP answers UNAUTHENTICATED, live sockets close with 4403, new ones are refused', async () => {
  const closes = [];
  const client = sb.wsClient('operator', { on: { closed: (e) => closes.push(e.code) } });
  const sub = collect(client, 'subscription { botStatusChanged { status } }');
  await subscribers(sb, 'botStatusChanged');
  assert.equal((await sb.gql('operator', VIEWER)).status, 200);

  const r = await sb.ctl('revoke', { token: sb.tokens.operator });
  assert.equal(r.closedWebSockets, 1);
  await sub.waitFor((o) => o.errors.length > 0);
  assert.deepEqual(closes, [4403]);
  const http = await sb.gql('operator', VIEWER, undefined, { accept: MODERN });
  assert.equal(http.status, 401);
  assert.equal(http.body.errors[0].extensions.code, 'UNAUTHENTICATED');
  assert.equal((await sb.gql('admin', VIEWER)).status, 200, 'other tokens still work');

  const again = sb.wsClient('operator');
  const s2 = collect(again, 'subscription { botStatusChanged { status } }');
  await s2.waitFor((o) => o.errors.length > 0);
  assert.equal(s2.errors[0].code, 4403);
  await Promise.all([client.dispose(), again.dispose()]);

  await sb.ctl('revoke', { token: sb.tokens.operator, revoked: false });
  assert.equal((await sb.gql('operator', VIEWER)).status, 200);
});

test('newerEnumValues: answers carry values from a newer schema, over HTTP and WebSocket', async () => {
  await sb.ctl('faults', { newerEnumValues: true });
  const rows = (await sb.gql('admin', `{ adminBotStatuses(first: 400) { nodes { accountId platform } } }`)).body.data.adminBotStatuses.nodes;
  const rumble = rows.filter((n) => n.platform === 'RUMBLE').length;
  assert.ok(rumble > 10 && rumble < 150, `${rumble} RUMBLE rows of 400`);
  const guilds = (await sb.gql('admin', '{ adminDiscordGuilds(first: 40) { nodes { guildId } } }')).body.data.adminDiscordGuilds.nodes;
  let media = 0;
  for (const g of guilds) {
    const ch = (await sb.gql('admin', 'query($g: ID!) { discordGuildChannels(guildId: $g) { id type botCanPost } }', { g: g.guildId })).body.data.discordGuildChannels;
    media += ch.filter((c) => c.type === 'MEDIA').length;
  }
  assert.ok(media > 0, 'some MEDIA channels');

  const client = sb.wsClient('admin');
  const sub = collect(client, 'subscription { botStatusChanged { accountId platform } }');
  await subscribers(sb, 'botStatusChanged');
  await sb.ctl('events', { eventsPerSecond: 2000 });
  await sub.waitFor((o) => o.events.some((e) => e.data.botStatusChanged.platform === 'RUMBLE'), 5000);
  await sb.ctl('events', { eventsPerSecond: 0 });
  await client.dispose();

  await sb.ctl('reset-faults');
  const plain = (await sb.gql('admin', `{ adminBotStatuses(first: 400) { nodes { platform } } }`)).body.data.adminBotStatuses.nodes;
  assert.equal(plain.filter((n) => n.platform === 'RUMBLE').length, 0);
});

test('set-row changes a row server-side and publishes it', async () => {
  const row = await acme(sb);
  const client = sb.wsClient('readonly');
  const sub = collect(client, `subscription { botStatusChanged(platform: TWITCH) { ${ROW_FIELDS} } }`);
  await subscribers(sb, 'botStatusChanged');
  const hb = '2026-01-02T03:04:05.678Z';
  const r = await sb.ctl('set-row', { accountId: row.accountId, platform: 'TWITCH', status: 'NO_CONNECTION' });
  assert.equal(r.row.status, 'NO_CONNECTION');
  assert.equal(r.row.lastHeartbeatAt, null);
  await sb.ctl('set-row', { accountId: row.accountId, platform: 'TWITCH', status: 'ACTIVE', lastHeartbeatAt: hb });
  await sub.waitFor(2);
  assert.deepEqual(sub.events.map((e) => [e.data.botStatusChanged.status, e.data.botStatusChanged.lastHeartbeatAt]),
    [['NO_CONNECTION', null], ['ACTIVE', hb]]);
  await client.dispose();
});

test('the control endpoint refuses non-loopback clients', async (t) => {
  const external = Object.values(os.networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
  if (!external) { t.skip('no non-loopback IPv4 interface on this machine'); return; }
  const open = await startSandbox({ host: '0.0.0.0', port: 0, log: () => {} });
  try {
    const res = await fetch(`http://${external.address}:${open.port}/control/state`, { method: 'POST', body: '{}' });
    assert.equal(res.status, 403);
    const local = await fetch(`http://127.0.0.1:${open.port}/control/state`, { method: 'POST', body: '{"rows":false}' });
    assert.equal(local.status, 200);
  } finally {
    await open.close();
  }
});
