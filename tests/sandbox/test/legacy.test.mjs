// Legacy mode (--legacy): the older API the seed documents describe. The
// schema is the contract minus Subscription, adminRejoinBot,
// adminDiscordGuilds and discordFeatureCatalog (derived from the contract
// file), WebSocket upgrades are refused like by a server that has no
// WebSocket endpoint, and everything else behaves as in the default mode.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { buildClientSchema, getIntrospectionQuery, printType } from 'graphql';
import { sandbox, collect, acme, sleep, ROW_FIELDS } from './helpers.mjs';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REMOVED = { Query: ['adminDiscordGuilds', 'discordFeatureCatalog'], Mutation: ['adminRejoinBot'] };
const MODERN = 'application/graphql-response+json';

let sb;
let plain; // a default sandbox to compare with
before(async () => {
  [sb, plain] = await Promise.all([sandbox({ seed: 6, accounts: 300, mode: 'legacy' }), sandbox({ seed: 6, accounts: 300 })]);
});
after(() => Promise.all([sb.close(), plain.close()]));

async function introspect(s) {
  const r = await s.gql('readonly', getIntrospectionQuery());
  assert.equal(r.body.errors, undefined);
  return buildClientSchema(r.body.data);
}

test('introspection: the contract minus Subscription and the three operations, nothing else changed', async () => {
  const legacy = await introspect(sb);
  const contract = await introspect(plain);
  assert.equal(legacy.getSubscriptionType() ?? null, null);
  assert.ok(contract.getSubscriptionType());
  for (const [type, fields] of Object.entries(REMOVED)) {
    const mine = Object.keys(legacy.getType(type).getFields());
    const theirs = Object.keys(contract.getType(type).getFields());
    assert.deepEqual(mine, theirs.filter((f) => !fields.includes(f)), type);
  }
  // Types only those operations reached are gone; every other type is the contract's, unchanged.
  for (const gone of ['Subscription', 'DiscordGuild', 'DiscordGuildPage', 'DiscordFeatureInfo', 'DiscordGuildEvent', 'DiscordGuildEventKind']) {
    assert.equal(legacy.getType(gone), undefined, gone);
  }
  for (const [name, type] of Object.entries(legacy.getTypeMap())) {
    if (name === 'Query' || name === 'Mutation') continue;
    assert.equal(printType(type), printType(contract.getType(name)), name);
  }
});

test('calling a missing field is GRAPHQL_VALIDATION_FAILED, as graphql-js says it', async () => {
  for (const q of ['{ adminDiscordGuilds { totalCount } }', '{ discordFeatureCatalog { key } }',
    'mutation { adminRejoinBot(accountId: "x", platform: TWITCH) }']) {
    const r = await sb.gql('admin', q);
    assert.equal(r.status, 200);
    assert.equal(r.body.data, undefined);
    assert.equal(r.body.errors[0].extensions.code, 'GRAPHQL_VALIDATION_FAILED');
    assert.match(r.body.errors[0].message, /^Cannot query field "\w+" on type "(Query|Mutation)"\.$/);
    assert.equal((await sb.gql('admin', q, undefined, { accept: MODERN })).status, 400);
  }
  const sub = await sb.gql('admin', 'subscription { botStatusChanged { status } }');
  assert.equal(sub.body.errors[0].extensions.code, 'GRAPHQL_VALIDATION_FAILED');
  assert.equal(sub.body.errors[0].message, 'The subscription operation is not supported by the schema.');
});

test('WebSocket upgrades are refused: 405 on /graphql, 404 elsewhere, never 101', async () => {
  const upgrade = (url) => new Promise((resolve) => {
    const ws = new WebSocket(url, 'graphql-transport-ws');
    ws.on('unexpected-response', (req, res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    ws.on('open', () => { ws.close(); resolve({ status: 101 }); });
    ws.on('error', () => {});
  });
  const r = await upgrade(sb.ws);
  assert.equal(r.status, 405);
  assert.equal(r.headers.allow, 'POST');
  assert.equal(JSON.parse(r.body).errors[0].extensions.code, 'BAD_REQUEST');
  assert.equal((await upgrade(sb.ws.replace('/graphql', '/other'))).status, 404);

  // The graphql-ws client: the connection fails, the subscription errors.
  const closes = [];
  const client = sb.wsClient('admin', { on: { closed: (e) => closes.push(e.code) } });
  const s = collect(client, 'subscription { botStatusChanged { status } }');
  await s.waitFor((o) => o.errors.length > 0, 3000);
  assert.equal(s.events.length, 0);
  await client.dispose();
  const state = await sb.ctl('state', { rows: false });
  assert.equal(state.mode, 'legacy');
  assert.equal(state.counters.wsRefused, 3);
  assert.equal(state.counters.wsConnectionsTotal, 0);
});

test('everything else behaves as in the default mode', async () => {
  const q = `{ adminBotStatuses(first: 300) { totalCount pageInfo { hasNextPage endCursor } nodes { ${ROW_FIELDS} } } }`;
  const [a, b] = await Promise.all([sb.gql('readonly', q), plain.gql('readonly', q)]);
  assert.equal(a.status, 200);
  const strip = (p) => ({ ...p, nodes: p.nodes.map(({ lastHeartbeatAt, updatedAt, ...n }) => n) });
  assert.deepEqual(strip(a.body.data.adminBotStatuses), strip(b.body.data.adminBotStatuses), 'same data, same keyset cursors');

  const row = await acme(sb);
  const TOGGLE = 'mutation($a: ID!, $e: Boolean!) { adminToggleBotForAccount(accountId: $a, platform: TWITCH, enabled: $e) { status } }';
  assert.equal((await sb.gql('operator', TOGGLE, { a: row.accountId, e: false })).body.data.adminToggleBotForAccount.status, 'PAUSED');
  assert.equal((await acme(sb)).status, 'PAUSED');
  await sb.gql('operator', TOGGLE, { a: row.accountId, e: true });

  // Guild details still answer for a known guild ID.
  const guildId = (await plain.gql('admin', '{ adminDiscordGuilds(first: 1) { nodes { guildId } } }')).body.data.adminDiscordGuilds.nodes[0].guildId;
  const d = await sb.gql('admin', 'query($g: ID!) { discordGuildChannels(guildId: $g) { id type } discordGuildRoles(guildId: $g) { id } }', { g: guildId });
  assert.equal(d.body.errors, undefined);
  assert.ok(d.body.data.discordGuildChannels.length > 0);

  // No newer server here.
  await assert.rejects(sb.ctl('faults', { skew: true }), /400/);
  await assert.rejects(sb.ctl('skew-info'), /400/);
  await sb.ctl('reset-faults');
});

test('--legacy on the command line: READY carries mode legacy', async () => {
  const child = spawn(process.execPath, [path.join(dir, 'server.mjs'), '--legacy', '--accounts', '10', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  while (!out.includes('\n')) await sleep(20);
  child.kill('SIGTERM');
  await new Promise((r) => child.on('exit', r));
  const ready = JSON.parse(/^LUMIO_SANDBOX_READY (\{.*\})$/m.exec(out)[1]);
  assert.deepEqual(Object.keys(ready), ['url', 'ws', 'control', 'pid', 'tokens', 'mode']);
  assert.equal(ready.mode, 'legacy');
});
