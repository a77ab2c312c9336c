// Subscriptions over graphql-transport-ws with graphql-ws's own client: a
// mutation made by one client reaches another, the platform argument filters,
// the life engine publishes, and the Discord add-server flow completes.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sandbox, collect, acme, subscribers, sleep, ROW_FIELDS, GUILD_FIELDS } from './helpers.mjs';

let sb;
before(async () => { sb = await sandbox({ seed: 5, accounts: 500 }); });
after(() => sb.close());

const TOGGLE = `mutation($a: ID!, $p: Platform!, $e: Boolean!) { adminToggleBotForAccount(accountId: $a, platform: $p, enabled: $e) { ${ROW_FIELDS} } }`;

test('a toggle by one client reaches a second client over WebSocket, and the HTTP answer equals the event', async () => {
  const row = await acme(sb);
  const watcher = sb.wsClient('readonly');
  const sub = collect(watcher, `subscription S($p: Platform) { botStatusChanged(platform: $p) { ${ROW_FIELDS} } }`, { p: null });
  await subscribers(sb, 'botStatusChanged');

  // The second client mutates over WebSocket too (graphql-ws executes queries and mutations).
  const actor = sb.wsClient('operator');
  const result = await new Promise((resolve, reject) => {
    let value;
    actor.subscribe({ query: TOGGLE, variables: { a: row.accountId, p: 'TWITCH', e: false } },
      { next: (v) => { value = v; }, error: reject, complete: () => resolve(value) });
  });
  assert.equal(result.data.adminToggleBotForAccount.status, 'PAUSED');
  await sub.waitFor(1);
  assert.deepEqual(sub.events[0].data.botStatusChanged, result.data.adminToggleBotForAccount);

  // And over HTTP.
  const http = await sb.gql('admin', TOGGLE, { a: row.accountId, p: 'TWITCH', e: true });
  await sub.waitFor(2);
  assert.deepEqual(sub.events[1].data.botStatusChanged, http.body.data.adminToggleBotForAccount);
  await Promise.all([watcher.dispose(), actor.dispose()]);
});

test('the platform argument filters events', async () => {
  const client = sb.wsClient('readonly');
  const youtube = collect(client, `subscription { botStatusChanged(platform: YOUTUBE) { accountId platform status } }`);
  const twitch = collect(client, `subscription { botStatusChanged(platform: TWITCH) { accountId platform status } }`);
  await subscribers(sb, 'botStatusChanged', 2);
  const row = await acme(sb);
  await sb.ctl('set-row', { accountId: row.accountId, platform: 'TWITCH', status: 'PAUSED' });
  await sb.ctl('set-row', { accountId: row.accountId, platform: 'TWITCH', status: 'ACTIVE' });
  await twitch.waitFor(2);
  await sleep(100);
  assert.equal(youtube.events.length, 0);
  assert.deepEqual(twitch.events.map((e) => e.data.botStatusChanged.status), ['PAUSED', 'ACTIVE']);
  await client.dispose();
});

test('life: heartbeats, losses and recoveries are published at the configured rate', async () => {
  const client = sb.wsClient('admin');
  const sub = collect(client, `subscription { botStatusChanged { ${ROW_FIELDS} } }`);
  await subscribers(sb, 'botStatusChanged');
  await sb.ctl('events', { eventsPerSecond: 1000 });
  await sleep(1000);
  await sb.ctl('events', { eventsPerSecond: 0 });
  await sleep(100);
  const n = sub.events.length;
  assert.ok(n > 400 && n < 1600, `about 1,000 events in a second, got ${n}`);
  const events = sub.events.map((e) => e.data.botStatusChanged);
  assert.ok(events.filter((e) => e.status === 'ACTIVE').length > n * 0.9, 'mostly heartbeats on ACTIVE rows');
  assert.ok(events.some((e) => e.status === 'NO_CONNECTION' && e.lastHeartbeatAt === null), 'some connection losses');
  // Per row, updatedAt strictly increases from event to event.
  const last = new Map();
  for (const e of events) {
    const k = `${e.accountId}/${e.platform}`;
    if (last.has(k)) assert.ok(e.updatedAt > last.get(k).updatedAt, `updatedAt of ${k} went from ${last.get(k).updatedAt} to ${e.updatedAt}`);
    last.set(k, e);
  }
  // The events stopped, so the server's state equals the last event of each row.
  const state = await sb.ctl('state', {});
  const rows = new Map(state.rows.map((r) => [`${r[0]}/${r[1]}`, r]));
  for (const [k, e] of last) assert.deepEqual(rows.get(k), [e.accountId, e.platform, e.status, e.lastHeartbeatAt, e.updatedAt]);
  assert.ok(state.counters.eventsPublished >= n);
  await client.dispose();
});

test('add server: authorizeDiscordGuild, then connect-guild by state publishes CONNECTED', async () => {
  const row = await acme(sb);
  const client = sb.wsClient('readonly');
  const sub = collect(client, `subscription { discordGuildChanged { kind guildId guild { ${GUILD_FIELDS} } } }`);
  await subscribers(sb, 'discordGuildChanged');
  const auth = (await sb.gql('operator', 'mutation($a: ID!) { authorizeDiscordGuild(accountId: $a) { url expiresAt } }', { a: row.accountId })).body.data.authorizeDiscordGuild;
  const url = new URL(auth.url);
  assert.equal(url.origin + url.pathname, 'https://discord.com/oauth2/authorize');
  assert.equal(url.searchParams.get('scope'), 'bot');
  assert.match(url.searchParams.get('client_id'), /^\d{17,20}$/);
  const state = url.searchParams.get('state');
  assert.match(state, /^[0-9a-f]{32}$/);
  const ttl = Date.parse(auth.expiresAt) - Date.now();
  assert.ok(ttl > 9 * 60_000 && ttl <= 10 * 60_000, `expires in about 10 minutes (${ttl} ms)`);
  assert.equal((await sb.gql('readonly', 'mutation($a: ID!) { authorizeDiscordGuild(accountId: $a) { url } }', { a: row.accountId })).body.errors[0].extensions.code, 'FORBIDDEN');

  const pending = await sb.ctl('pending-authorizations');
  assert.ok(pending.pending.some((p) => p.state === state && p.accountId === row.accountId));
  const connected = await sb.ctl('connect-guild', { state });
  await sub.waitFor(1);
  const ev = sub.events[0].data.discordGuildChanged;
  assert.equal(ev.kind, 'CONNECTED');
  assert.equal(ev.guildId, connected.guild.guildId);
  assert.equal(ev.guild.accountId, row.accountId);
  assert.equal(ev.guild.accountName, 'acme_live');
  assert.equal(ev.guild.mappedFeatureCount, 0);
  assert.match(ev.guildId, /^\d{17,20}$/);
  // The state is used up, and the new guild is served like any other.
  await assert.rejects(sb.ctl('connect-guild', { state }), /404/);
  const channels = (await sb.gql('readonly', 'query($g: ID!) { discordGuildChannels(guildId: $g) { id type } }', { g: ev.guildId })).body.data.discordGuildChannels;
  assert.ok(channels.some((c) => c.type === 'TEXT'));

  // Discord removing the guild (kicked bot) publishes DISCONNECTED.
  await sb.ctl('delete-guild', { guildId: ev.guildId });
  await sub.waitFor(2);
  assert.deepEqual(sub.events[1].data.discordGuildChanged, { kind: 'DISCONNECTED', guildId: ev.guildId, guild: null });
  await client.dispose();
});

test('an expired authorization cannot be completed', async () => {
  const row = await acme(sb);
  await sb.ctl('faults', { authorizationTtlSeconds: 0.2 });
  try {
    const auth = (await sb.gql('admin', 'mutation($a: ID!) { authorizeDiscordGuild(accountId: $a) { url expiresAt } }', { a: row.accountId })).body.data.authorizeDiscordGuild;
    const ttl = Date.parse(auth.expiresAt) - Date.now();
    assert.ok(ttl > 0 && ttl <= 200, `short TTL (${ttl} ms)`);
    await sleep(300);
    await assert.rejects(sb.ctl('connect-guild', { state: new URL(auth.url).searchParams.get('state') }), /410/);
  } finally {
    await sb.ctl('reset-faults');
  }
});

test('connect-guild by accountId works without a pending authorization', async () => {
  const row = await acme(sb);
  const r = await sb.ctl('connect-guild', { accountId: row.accountId, name: 'Test Guild ✨' });
  assert.equal(r.guild.name, 'Test Guild ✨');
  const found = (await sb.gql('readonly', 'query($s: String) { adminDiscordGuilds(search: $s) { nodes { guildId name } } }', { s: 'test guild' })).body.data.adminDiscordGuilds.nodes;
  assert.deepEqual(found, [{ guildId: r.guild.guildId, name: 'Test Guild ✨' }]);
});
