// Validation (UUIDs, snowflakes, page sizes, cursors, feature mappings),
// NO_CONNECTION, NOT_FOUND, idempotent toggles and the HTTP protocol details.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { sandbox, collect, acme, firstRow, someGuild, subscribers, sleep, ROW_FIELDS } from './helpers.mjs';

let sb;
before(async () => { sb = await sandbox({ seed: 11 }); });
after(() => sb.close());

const TOGGLE = `mutation($a: ID!, $p: Platform!, $e: Boolean!) { adminToggleBotForAccount(accountId: $a, platform: $p, enabled: $e) { ${ROW_FIELDS} } }`;
const REJOIN = 'mutation($a: ID!, $p: Platform!) { adminRejoinBot(accountId: $a, platform: $p) }';
const SET_FEATURE = 'mutation($i: DiscordGuildFeatureInput!) { setDiscordGuildFeature(input: $i) { guildId feature enabled channelId mentionRoleId updatedAt } }';
const code = (r) => r.body.errors?.[0]?.extensions?.code;

test('account IDs must be UUIDs', async () => {
  for (const bad of ['', 'acme_live', '12345', '97da2849-d73e-4438-a907-d090402c802', '97da2849xd73e-4438-a907-d090402c802d', "' OR 1=1 --"]) {
    const r = await sb.gql('admin', TOGGLE, { a: bad, p: 'TWITCH', e: false });
    assert.equal(code(r), 'BAD_USER_INPUT', `accountId ${JSON.stringify(bad)}`);
    assert.equal(code(await sb.gql('admin', REJOIN, { a: bad, p: 'TWITCH' })), 'BAD_USER_INPUT');
  }
  const unknown = await sb.gql('admin', TOGGLE, { a: '00000000-0000-4000-8000-000000000000', p: 'TWITCH', e: false });
  assert.equal(code(unknown), 'NOT_FOUND');
});

test('Discord IDs must be snowflakes', async () => {
  for (const bad of ['abc', '1234567890123456', '123456789012345678901', '18446744073709551616', '-12345678901234567', '12345678901234567.0']) {
    const r = await sb.gql('admin', 'query($g: ID!) { discordGuildChannels(guildId: $g) { id } }', { g: bad });
    assert.equal(code(r), 'BAD_USER_INPUT', `guildId ${bad}`);
    assert.equal(code(await sb.gql('admin', 'mutation($g: ID!) { disconnectDiscordGuild(guildId: $g) }', { g: bad })), 'BAD_USER_INPUT');
  }
  for (const field of ['discordGuildChannels', 'discordGuildRoles', 'discordGuildFeatures']) {
    const r = await sb.gql('admin', `query($g: ID!) { ${field}(guildId: $g) { __typename } }`, { g: '99999999999999999' });
    assert.equal(code(r), 'NOT_FOUND', field);
  }
});

test('toggling is idempotent: the same value twice changes nothing and publishes nothing', async () => {
  const row = await acme(sb);
  assert.equal(row.status, 'ACTIVE');
  const client = sb.wsClient('readonly');
  const sub = collect(client, `subscription { botStatusChanged(platform: TWITCH) { ${ROW_FIELDS} } }`);
  await subscribers(sb, 'botStatusChanged');

  const paused = (await sb.gql('operator', TOGGLE, { a: row.accountId, p: 'TWITCH', e: false })).body.data.adminToggleBotForAccount;
  assert.equal(paused.status, 'PAUSED');
  assert.ok(paused.updatedAt > row.updatedAt, 'updatedAt must increase on change');
  assert.match(paused.updatedAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  await sub.waitFor(1);

  const again = (await sb.gql('operator', TOGGLE, { a: row.accountId, p: 'TWITCH', e: false })).body.data.adminToggleBotForAccount;
  assert.deepEqual(again, paused, 'a repeated toggle returns the row unchanged');
  await sleep(200);
  assert.equal(sub.events.length, 1, 'no event for a no-op toggle');

  const resumed = (await sb.gql('operator', TOGGLE, { a: row.accountId, p: 'TWITCH', e: true })).body.data.adminToggleBotForAccount;
  assert.equal(resumed.status, 'ACTIVE');
  assert.ok(resumed.updatedAt > paused.updatedAt);
  await sub.waitFor(2);
  assert.deepEqual(sub.events.map((e) => e.data.botStatusChanged.status), ['PAUSED', 'ACTIVE']);
  assert.deepEqual(sub.events[1].data.botStatusChanged, resumed);
  await client.dispose();
});

test('updatedAt strictly increases even for changes within one millisecond', async () => {
  const row = await acme(sb);
  let last = row.updatedAt;
  for (let i = 0; i < 20; i++) {
    const r = await sb.gql('admin', TOGGLE, { a: row.accountId, p: 'TWITCH', e: i % 2 === 1 });
    const now = r.body.data.adminToggleBotForAccount.updatedAt;
    assert.ok(now > last, `${now} > ${last}`);
    last = now;
  }
});

test('a row without a connection answers NO_CONNECTION to toggle and rejoin', async () => {
  const row = await firstRow(sb, 'NO_CONNECTION');
  assert.equal(row.lastHeartbeatAt, null);
  for (const e of [true, false]) {
    const r = await sb.gql('admin', TOGGLE, { a: row.accountId, p: row.platform, e });
    assert.equal(code(r), 'NO_CONNECTION');
    assert.equal(r.body.data, null);
  }
  assert.equal(code(await sb.gql('admin', REJOIN, { a: row.accountId, p: row.platform })), 'NO_CONNECTION');
});

test('rejoin reports a fresh heartbeat and bumps updatedAt', async () => {
  const row = await firstRow(sb, 'PAUSED');
  const r = await sb.gql('operator', REJOIN, { a: row.accountId, p: row.platform });
  assert.equal(r.body.data.adminRejoinBot, true);
  const after = (await sb.gql('admin', `query($s: String) { adminBotStatuses(filter: {search: $s}, first: 5) { nodes { ${ROW_FIELDS} } } }`,
    { s: row.accountId })).body.data.adminBotStatuses.nodes.find((n) => n.platform === row.platform);
  assert.ok(after.updatedAt > row.updatedAt);
  assert.ok(Date.now() - Date.parse(after.lastHeartbeatAt) < 5000);
  assert.equal(after.status, 'PAUSED', 'rejoin does not resume a paused bot');
});

test('page size and cursor are validated', async () => {
  const q = 'query($f: Int, $a: String) { adminBotStatuses(first: $f, after: $a) { totalCount } }';
  assert.equal(code(await sb.gql('admin', q, { f: 5001 })), 'BAD_USER_INPUT');
  assert.equal(code(await sb.gql('admin', q, { f: -1 })), 'BAD_USER_INPUT');
  assert.equal(code(await sb.gql('admin', q, { f: 5000 })), undefined);
  assert.equal(code(await sb.gql('admin', q, { f: 10, a: 'garbage!' })), 'BAD_USER_INPUT');
  assert.equal(code(await sb.gql('admin', '{ adminDiscordGuilds(first: 9999) { totalCount } }')), 'BAD_USER_INPUT');
  assert.equal(code(await sb.gql('admin', '{ adminDiscordGuilds(after: "cjoxMg") { totalCount } }')), 'BAD_USER_INPUT', 'a bot cursor is no guild cursor');
  // Wrong variable types are the caller's input error too.
  assert.equal(code(await sb.gql('admin', TOGGLE, { a: (await acme(sb)).accountId, p: 'RUMBLE', e: true })), 'BAD_USER_INPUT');
});

test('setDiscordGuildFeature validates and is idempotent', async () => {
  const { guild, channels, roles, features } = await someGuild(sb);
  const postable = channels.find((c) => c.type === 'TEXT');
  const voice = channels.find((c) => c.type === 'VOICE' || c.type === 'CATEGORY');
  const base = { guildId: guild.guildId, feature: 'live_notification', enabled: true, channelId: postable.id, mentionRoleId: null };
  const bad = [
    [{ ...base, guildId: 'nope' }, 'BAD_USER_INPUT'],
    [{ ...base, guildId: '99999999999999999' }, 'NOT_FOUND'],
    [{ ...base, feature: 'Live-Notification' }, 'BAD_USER_INPUT'],
    [{ ...base, feature: `a${'b'.repeat(64)}` }, 'BAD_USER_INPUT'],
    [{ ...base, channelId: null }, 'BAD_USER_INPUT'], // enabled needs a channel
    [{ ...base, channelId: '12' }, 'BAD_USER_INPUT'],
    [{ ...base, channelId: '99999999999999999' }, 'BAD_USER_INPUT'], // not in this guild
    [{ ...base, channelId: voice.id }, 'BAD_USER_INPUT'], // not TEXT/ANNOUNCEMENT
    [{ ...base, mentionRoleId: 'x' }, 'BAD_USER_INPUT'],
    [{ ...base, mentionRoleId: '99999999999999999' }, 'BAD_USER_INPUT'],
  ];
  for (const [input, expected] of bad) assert.equal(code(await sb.gql('operator', SET_FEATURE, { i: input })), expected, JSON.stringify(input));

  const client = sb.wsClient('readonly');
  const sub = collect(client, 'subscription { discordGuildChanged { kind guildId guild { guildId mappedFeatureCount } } }');
  await subscribers(sb, 'discordGuildChanged');
  const input = { ...base, feature: 'stream_schedule', mentionRoleId: roles[roles.length - 1].id };
  const first = (await sb.gql('operator', SET_FEATURE, { i: input })).body.data.setDiscordGuildFeature;
  assert.deepEqual({ ...first, updatedAt: undefined }, { ...input, updatedAt: undefined });
  const second = (await sb.gql('operator', SET_FEATURE, { i: input })).body.data.setDiscordGuildFeature;
  assert.equal(second.updatedAt, first.updatedAt, 'no change, no bump');
  await sub.waitFor(1);
  await sleep(150);
  assert.equal(sub.events.length, 1, 'one FEATURES_CHANGED for two identical saves');
  const ev = sub.events[0].data.discordGuildChanged;
  assert.equal(ev.kind, 'FEATURES_CHANGED');
  assert.equal(ev.guild.mappedFeatureCount, guild.mappedFeatureCount + (features.some((f) => f.feature === 'stream_schedule' && f.enabled) ? 0 : 1));

  const disabled = (await sb.gql('operator', SET_FEATURE, { i: { ...input, enabled: false, channelId: null, mentionRoleId: null } })).body.data.setDiscordGuildFeature;
  assert.ok(disabled.updatedAt > first.updatedAt);
  const list = (await sb.gql('readonly', 'query($g: ID!) { discordGuildFeatures(guildId: $g) { feature enabled channelId } }', { g: guild.guildId })).body.data.discordGuildFeatures;
  assert.deepEqual(list.find((f) => f.feature === 'stream_schedule'), { feature: 'stream_schedule', enabled: false, channelId: null });
  await client.dispose();
});

test('disconnectDiscordGuild removes the guild and publishes DISCONNECTED', async () => {
  const { guild } = await someGuild(sb);
  const before = (await sb.gql('admin', '{ adminDiscordGuilds(first: 0) { totalCount } }')).body.data.adminDiscordGuilds.totalCount;
  const client = sb.wsClient('readonly');
  const sub = collect(client, 'subscription { discordGuildChanged { kind guildId guild { guildId } } }');
  await subscribers(sb, 'discordGuildChanged');
  assert.equal(code(await sb.gql('operator', 'mutation($g: ID!) { disconnectDiscordGuild(guildId: $g) }', { g: guild.guildId })), 'FORBIDDEN');
  const r = await sb.gql('admin', 'mutation($g: ID!) { disconnectDiscordGuild(guildId: $g) }', { g: guild.guildId });
  assert.equal(r.body.data.disconnectDiscordGuild, true);
  await sub.waitFor(1);
  assert.deepEqual(sub.events[0].data.discordGuildChanged, { kind: 'DISCONNECTED', guildId: guild.guildId, guild: null });
  const afterCount = (await sb.gql('admin', '{ adminDiscordGuilds(first: 0) { totalCount } }')).body.data.adminDiscordGuilds.totalCount;
  assert.equal(afterCount, before - 1);
  assert.equal(code(await sb.gql('admin', 'mutation($g: ID!) { disconnectDiscordGuild(guildId: $g) }', { g: guild.guildId })), 'NOT_FOUND');
  await client.dispose();
});

test('HTTP: content negotiation, status codes and gzip', async () => {
  const modern = 'application/graphql-response+json, application/json;q=0.9';
  const ok = await sb.gql('admin', '{ viewer { id } }', undefined, { accept: modern });
  assert.equal(ok.status, 200);
  assert.match(ok.headers.get('content-type'), /^application\/graphql-response\+json/);
  const legacy = await sb.gql('admin', '{ viewer { nope } }');
  assert.equal(legacy.status, 200, 'legacy application/json clients get 200 for GraphQL errors');
  assert.match(legacy.headers.get('content-type'), /^application\/json/);
  assert.ok(legacy.body.errors.length > 0);
  assert.equal((await sb.gql('admin', '{ viewer { nope } }', undefined, { accept: modern })).status, 400);
  assert.equal((await sb.gql('admin', '{ viewer { id }', undefined, { accept: modern })).status, 400);
  assert.equal((await sb.gql('admin', 'subscription { botStatusChanged { status } }', undefined, { accept: modern })).status, 400);

  const raw = await fetch(sb.url, { method: 'POST', headers: { Accept: modern, 'Content-Type': 'application/json' }, body: '{not json' });
  assert.equal(raw.status, 400);
  const get = await fetch(sb.url);
  assert.equal(get.status, 405);

  // gzip: ask with node's http-level header and decode by hand to see the raw encoding.
  const res = await fetch(sb.url, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer sandbox-admin-token', 'Accept-Encoding': 'gzip' },
    body: JSON.stringify({ query: `{ adminBotStatuses(first: 200) { nodes { ${ROW_FIELDS} } } }` }) });
  assert.equal(res.headers.get('content-encoding'), 'gzip');
  const json = await res.json(); // fetch decodes it
  assert.equal(json.data.adminBotStatuses.nodes.length, 200);
  assert.ok(zlib.gzipSync(JSON.stringify(json)).length > 0);
});
