// Each seeded token gets exactly what its role allows: every root field is
// tried with every role and the outcome compared with the permission matrix.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sandbox, collect, acme, someGuild, subscribers, ROW_FIELDS, GUILD_FIELDS } from './helpers.mjs';

let sb;
let row;
let guild;
before(async () => {
  sb = await sandbox({ seed: 7 });
  row = await acme(sb);
  guild = await someGuild(sb);
});
after(() => sb.close());

const readonly = new Set(['viewer', 'adminBotStatuses', 'adminDiscordGuilds', 'discordFeatureCatalog',
  'discordGuildChannels', 'discordGuildRoles', 'discordGuildFeatures']);
const operatorOnly = new Set([...readonly, 'adminToggleBotForAccount', 'adminRejoinBot', 'authorizeDiscordGuild', 'setDiscordGuildFeature']);
// What each role may call (disconnectDiscordGuild is the admin's alone).
const allowed = {
  admin: () => true,
  operator: (f) => operatorOnly.has(f),
  readonly: (f) => readonly.has(f),
  noaccess: (f) => f === 'viewer',
};

function operations() {
  const g = guild.guild.guildId;
  const feature = guild.features[0];
  return {
    viewer: ['{ viewer { id isSystemAdmin permissions } }'],
    adminBotStatuses: [`{ adminBotStatuses(first: 2) { totalCount nodes { ${ROW_FIELDS} } } }`],
    adminDiscordGuilds: [`{ adminDiscordGuilds(first: 2) { totalCount nodes { ${GUILD_FIELDS} } } }`],
    discordFeatureCatalog: ['{ discordFeatureCatalog { key description } }'],
    discordGuildChannels: ['query($g: ID!) { discordGuildChannels(guildId: $g) { id } }', { g }],
    discordGuildRoles: ['query($g: ID!) { discordGuildRoles(guildId: $g) { id } }', { g }],
    discordGuildFeatures: ['query($g: ID!) { discordGuildFeatures(guildId: $g) { feature } }', { g }],
    // Same value as now: allowed calls change nothing, so order does not matter.
    adminToggleBotForAccount: ['mutation($a: ID!) { adminToggleBotForAccount(accountId: $a, platform: TWITCH, enabled: true) { status } }', { a: row.accountId }],
    adminRejoinBot: ['mutation($a: ID!) { adminRejoinBot(accountId: $a, platform: TWITCH) }', { a: row.accountId }],
    authorizeDiscordGuild: ['mutation($a: ID!) { authorizeDiscordGuild(accountId: $a) { url expiresAt } }', { a: row.accountId }],
    setDiscordGuildFeature: ['mutation($i: DiscordGuildFeatureInput!) { setDiscordGuildFeature(input: $i) { feature } }',
      { i: { guildId: g, feature: feature.feature, enabled: feature.enabled, channelId: feature.channelId, mentionRoleId: feature.mentionRoleId } }],
    // A well-formed but unknown guild: allowed -> NOT_FOUND, not allowed -> FORBIDDEN.
    disconnectDiscordGuild: ['mutation { disconnectDiscordGuild(guildId: "100000000000000001") }'],
  };
}

for (const role of ['admin', 'operator', 'readonly', 'noaccess']) {
  test(`${role}: every root field answers as the permission matrix says`, async () => {
    const outcomes = {};
    const expected = {};
    for (const [field, [query, variables]] of Object.entries(operations())) {
      const r = await sb.gql(role, query, variables);
      const code = r.body.errors?.[0]?.extensions?.code ?? 'OK';
      outcomes[field] = code;
      expected[field] = !allowed[role](field) ? 'FORBIDDEN' : field === 'disconnectDiscordGuild' ? 'NOT_FOUND' : 'OK';
    }
    assert.deepEqual(outcomes, expected);
  });
}

test('viewer describes each role', async () => {
  const q = '{ viewer { id displayName permissions isSystemAdmin } }';
  const admin = (await sb.gql('admin', q)).body.data.viewer;
  assert.equal(admin.isSystemAdmin, true);
  const ro = (await sb.gql('readonly', q)).body.data.viewer;
  assert.equal(ro.isSystemAdmin, false);
  assert.deepEqual([...ro.permissions].sort(), ['admin:access', 'bot-connections:read', 'bot-control:read', 'discord-guilds:read']);
  const op = (await sb.gql('operator', q)).body.data.viewer;
  assert.ok(op.permissions.includes('bot-control:edit') && op.permissions.includes('bot-connections:create'));
  assert.ok(!op.permissions.includes('discord-guilds:delete'));
  const na = (await sb.gql('noaccess', q)).body.data.viewer;
  assert.ok(!na.permissions.includes('admin:access'));
});

test('missing, unknown and malformed tokens are UNAUTHENTICATED', async () => {
  for (const auth of [null, 'not-a-token', 'sandbox-admin-token-but-longer']) {
    const r = await sb.gql(auth, '{ viewer { id } }', undefined, { accept: 'application/graphql-response+json' });
    assert.equal(r.status, 401, `token ${auth}`);
    assert.equal(r.body.errors[0].extensions.code, 'UNAUTHENTICATED');
    assert.equal(r.body.data, undefined);
  }
  const basic = await sb.gql(null, '{ viewer { id } }', undefined, { headers: { Authorization: 'Basic YWRtaW46YWRtaW4=' } });
  assert.equal(basic.body.errors[0].extensions.code, 'UNAUTHENTICATED');
});

test('a FORBIDDEN root field is reported with its path and code', async () => {
  const r = await sb.gql('noaccess', '{ viewer { id } discordFeatureCatalog { key } }');
  // discordFeatureCatalog is non-null at the root, so data is null as a whole (GraphQL null propagation).
  assert.equal(r.body.errors.length, 1);
  assert.deepEqual(r.body.errors[0].path, ['discordFeatureCatalog']);
  assert.equal(r.body.errors[0].extensions.code, 'FORBIDDEN');
});

test('subscriptions check permissions too', async () => {
  const none = sb.wsClient('noaccess');
  const s1 = collect(none, 'subscription { botStatusChanged { status } }');
  await s1.waitFor((o) => o.errors.length > 0);
  assert.equal(s1.errors[0][0].extensions.code, 'FORBIDDEN');
  await none.dispose();

  // readonly may watch bot rows and guilds...
  const ro = sb.wsClient('readonly');
  const s2 = collect(ro, 'subscription { discordGuildChanged { kind guildId } }');
  const s3 = collect(ro, 'subscription { botStatusChanged { status } }');
  await subscribers(sb, 'botStatusChanged');
  await subscribers(sb, 'discordGuildChanged');
  await sb.ctl('set-row', { accountId: row.accountId, platform: 'TWITCH', lastHeartbeatAt: 'now' });
  await s3.waitFor(1);
  await sb.ctl('update-guild', { guildId: guild.guild.guildId, name: `${guild.guild.name} (renamed)` });
  await s2.waitFor(1);
  assert.equal(s2.events[0].data.discordGuildChanged.kind, 'UPDATED');
  assert.deepEqual(s2.errors, []);
  await ro.dispose();
});

test('a bad token on the WebSocket is closed with 4403 Forbidden', async () => {
  for (const role of ['no-such-token', null]) {
    const c = sb.wsClient(role);
    const s = collect(c, 'subscription { botStatusChanged { status } }');
    await s.waitFor((o) => o.errors.length > 0);
    assert.equal(s.errors[0].code, 4403);
    await c.dispose();
  }
});
