// Skew mode (--skew, or {"skew": true} on /control/faults): a newer server.
// Its schema has one more value in four enums and two more nullable fields;
// RUMBLE rows, SUSPENDED rows, MEDIA channels and RENAMED events are real
// server state; upper-case account IDs are case-sensitive; awkward names;
// offset cursors with rows inserted and removed between pages; and some
// successful answers with a 2xx status other than 200.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sandbox, collect, subscribers, sleep, ROW_FIELDS, GUILD_FIELDS } from './helpers.mjs';
import { AWKWARD_NAMES } from '../lib/skew.mjs';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEED = 21;
const ACCOUNTS = 400;
const PAGE = `query($f: BotStatusFilter, $n: Int, $a: String) { adminBotStatuses(filter: $f, first: $n, after: $a) {
  totalCount pageInfo { hasNextPage endCursor } nodes { ${ROW_FIELDS} } } }`;
const TOGGLE = `mutation($a: ID!, $p: Platform!, $e: Boolean!) { adminToggleBotForAccount(accountId: $a, platform: $p, enabled: $e) { ${ROW_FIELDS} } }`;
const REJOIN = 'mutation($a: ID!, $p: Platform!) { adminRejoinBot(accountId: $a, platform: $p) }';
const SET_FEATURE = 'mutation($i: DiscordGuildFeatureInput!) { setDiscordGuildFeature(input: $i) { guildId feature enabled channelId mentionRoleId updatedAt } }';
const UUID_ANY_CASE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$/;

let sb; // skew, churn off (so paging in other tests stays plain), successStatus every 3
let info;
before(async () => {
  sb = await sandbox({ seed: SEED, accounts: ACCOUNTS, mode: 'skew' });
  await sb.ctl('faults', { pagingChurn: { pages: 0 } });
  info = await sb.ctl('skew-info');
});
after(() => sb.close());

const stateRow = async (s, accountId, platform) => (await s.ctl('state')).rows.find((r) => r[0] === accountId && r[1] === platform);

async function allRows(s, filter = null, first = 500) {
  const nodes = [];
  let after = null;
  for (;;) {
    const r = await s.gql('admin', PAGE, { f: filter, n: first, a: after });
    assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
    const p = r.body.data.adminBotStatuses;
    nodes.push(...p.nodes);
    if (!p.pageInfo.hasNextPage) return { nodes, totalCount: p.totalCount };
    after = p.pageInfo.endCursor;
  }
}

test('introspection shows the newer schema: four enum values at the end, two new nullable fields', async () => {
  const q = `{ p: __type(name: "Platform") { enumValues { name } } s: __type(name: "BotStatus") { enumValues { name } }
    c: __type(name: "DiscordChannelType") { enumValues { name } } k: __type(name: "DiscordGuildEventKind") { enumValues { name } }
    e: __type(name: "BotStatusEntry") { fields { name type { kind name } } } g: __type(name: "DiscordGuild") { fields { name type { kind name } } } }`;
  const skew = (await sb.gql('admin', q)).body.data;
  const plain = await sandbox({ seed: SEED, accounts: 20 });
  try {
    const contract = (await plain.gql('admin', q)).body.data;
    const names = (t) => t.enumValues.map((v) => v.name);
    for (const [k, extra] of [['p', 'RUMBLE'], ['s', 'SUSPENDED'], ['c', 'MEDIA'], ['k', 'RENAMED']]) {
      assert.deepEqual(names(skew[k]), [...names(contract[k]), extra], k);
    }
    const fields = (t) => t.fields.map((f) => f.name);
    assert.deepEqual(fields(skew.e), [...fields(contract.e), 'region']);
    assert.deepEqual(fields(skew.g), [...fields(contract.g), 'locale']);
    assert.deepEqual(skew.e.fields.at(-1).type, { kind: 'SCALAR', name: 'String' }, 'nullable');
    assert.deepEqual(skew.g.fields.at(-1).type, { kind: 'SCALAR', name: 'String' }, 'nullable');
  } finally {
    await plain.close();
  }
  // The extra fields resolve (the app never asks for them).
  const r = await sb.gql('admin', '{ adminBotStatuses(first: 50) { nodes { region } } }');
  assert.ok(r.body.data.adminBotStatuses.nodes.some((n) => typeof n.region === 'string'));
});

test('skew-info lists the oddities; acme_live is untouched', async () => {
  assert.equal(info.mode, 'skew');
  assert.deepEqual(info.awkwardNames, AWKWARD_NAMES);
  assert.equal(info.awkwardAccounts.length, AWKWARD_NAMES.length);
  assert.deepEqual(info.awkwardAccounts.map((a) => a.kind), AWKWARD_NAMES.map((a) => a.kind));
  assert.equal(info.awkwardGuilds.length, AWKWARD_NAMES.length);
  assert.ok(info.awkwardChannels.length >= AWKWARD_NAMES.length && info.awkwardRoles.length >= AWKWARD_NAMES.length - 1);
  assert.ok(info.upperCaseAccountIds.length >= 3 && info.upperCaseAccountIds.every((id) => id === id.toUpperCase() && UUID_ANY_CASE.test(id)));
  assert.ok(info.rumbleRowCount > ACCOUNTS / 16 && info.rumbleRowCount < ACCOUNTS / 4, `${info.rumbleRowCount} RUMBLE rows`);
  assert.ok(info.suspendedRows.length >= 2);
  assert.ok(info.mediaChannels.some((c) => c.botCanPost) && info.mediaChannels.some((c) => !c.botCanPost));
  assert.deepEqual(info.pagingChurn, { insertPerPage: 1, removePerPage: 1, pages: 0, remainingPages: 0 });
  assert.equal(info.hostileActiveTwitch.accountId, info.awkwardAccounts[0].accountId);
  assert.ok(info.hostileGuild && info.awkwardAccounts.some((a) => a.accountId === info.hostileGuild.accountId));

  // acme_live: same ID and Twitch row as in the default data of the seed.
  const plain = await sandbox({ seed: SEED, accounts: ACCOUNTS });
  try {
    const q = `{ adminBotStatuses(filter: {search: "acme_live"}, first: 10) { nodes { accountId accountName platform status } } }`;
    const a = (await sb.gql('admin', q)).body.data.adminBotStatuses.nodes;
    const b = (await plain.gql('admin', q)).body.data.adminBotStatuses.nodes;
    assert.deepEqual(a, b);
    assert.equal(a[0].accountName, 'acme_live');
    assert.equal(a[0].accountId, a[0].accountId.toLowerCase());
  } finally {
    await plain.close();
  }
});

test('awkward names come back byte for byte, on accounts, guilds, channels and roles', async () => {
  const { nodes } = await allRows(sb);
  for (const a of info.awkwardAccounts) {
    const rows = nodes.filter((n) => n.accountId === a.accountId);
    assert.ok(rows.length >= 5, a.kind);
    assert.ok(rows.every((n) => n.accountName === AWKWARD_NAMES.find((x) => x.kind === a.kind).name), a.kind);
    assert.equal(rows.find((n) => n.platform === 'TWITCH').status, 'ACTIVE', `${a.kind} has an ACTIVE Twitch bot`);
  }
  assert.ok(nodes.some((n) => n.accountName === ''), 'accountName is String!: empty, not null');
  assert.ok(nodes.some((n) => n.accountName.length === 10_000));
  assert.ok(nodes.some((n) => n.accountName.includes('\u0000')) && nodes.some((n) => n.accountName.includes('\u202E')));

  const guilds = (await sb.gql('admin', `{ adminDiscordGuilds(first: 5000) { nodes { ${GUILD_FIELDS} } } }`)).body.data.adminDiscordGuilds.nodes;
  for (const g of info.awkwardGuilds) assert.equal(guilds.find((x) => x.guildId === g.guildId).name, g.name, g.kind);
  const hostile = guilds.find((x) => x.guildId === info.hostileGuild.guildId);
  assert.equal(hostile.accountName, info.hostileGuild.accountName);

  const c = info.awkwardChannels.find((x) => x.kind === 'html-img');
  const channels = (await sb.gql('admin', 'query($g: ID!) { discordGuildChannels(guildId: $g) { id name } discordGuildRoles(guildId: $g) { id name } }', { g: c.guildId })).body.data;
  assert.equal(channels.discordGuildChannels.find((x) => x.id === c.channelId).name, '<img src="//attacker.example/share/a.png">');
  const role = info.awkwardRoles.find((x) => x.guildId === c.guildId);
  assert.equal(channels.discordGuildRoles.find((x) => x.id === role.roleId).name, role.name);
});

test('RUMBLE rows are real: filter, toggle, rejoin, set-row, state dump and botStatusChanged(platform: RUMBLE)', async () => {
  const rumble = await allRows(sb, { platform: 'RUMBLE' });
  assert.equal(rumble.totalCount, info.rumbleRowCount);
  assert.ok(rumble.nodes.every((n) => n.platform === 'RUMBLE'));
  const active = await allRows(sb, { platform: 'RUMBLE', status: 'ACTIVE' });
  const row = active.nodes.find((n) => n.accountId === n.accountId.toLowerCase());
  assert.ok(row, 'an ACTIVE RUMBLE row');

  const client = sb.wsClient('readonly');
  const sub = collect(client, `subscription { botStatusChanged(platform: RUMBLE) { ${ROW_FIELDS} } }`);
  await subscribers(sb, 'botStatusChanged');
  const paused = (await sb.gql('operator', TOGGLE, { a: row.accountId, p: 'RUMBLE', e: false })).body.data.adminToggleBotForAccount;
  assert.equal(paused.status, 'PAUSED');
  assert.deepEqual((await stateRow(sb, row.accountId, 'RUMBLE')).slice(0, 3), [row.accountId, 'RUMBLE', 'PAUSED']);
  assert.equal((await sb.gql('operator', REJOIN, { a: row.accountId, p: 'RUMBLE' })).body.data.adminRejoinBot, true);
  await sb.ctl('set-row', { accountId: row.accountId, platform: 'RUMBLE', status: 'ACTIVE' });
  await sub.waitFor(3);
  assert.deepEqual(sub.events.map((e) => [e.data.botStatusChanged.platform, e.data.botStatusChanged.status]),
    [['RUMBLE', 'PAUSED'], ['RUMBLE', 'PAUSED'], ['RUMBLE', 'ACTIVE']]);
  await client.dispose();

  // An account without a RUMBLE row: nothing to toggle.
  const without = (await allRows(sb, { platform: 'TWITCH', status: 'ACTIVE' })).nodes
    .find((n) => !rumble.nodes.some((r) => r.accountId === n.accountId));
  const e = (await sb.gql('operator', TOGGLE, { a: without.accountId, p: 'RUMBLE', e: false })).body.errors[0];
  assert.equal(e.extensions.code, 'NO_CONNECTION');
});

test('upper-case account IDs: case is kept and required', async () => {
  const id = info.upperCaseAccountIds[0];
  const rows = (await allRows(sb, { search: id.toLowerCase() })).nodes; // search ignores case, as the contract says
  assert.ok(rows.length >= 5 && rows.every((n) => n.accountId === id), 'the ID comes back upper case');
  const twitch = rows.find((n) => n.platform === 'TWITCH');
  assert.equal(twitch.status, 'ACTIVE');
  assert.equal(rows.find((n) => n.platform === 'RUMBLE')?.status, 'ACTIVE', 'the first upper-case account has an ACTIVE RUMBLE row');

  const paused = await sb.gql('operator', TOGGLE, { a: id, p: 'TWITCH', e: false });
  assert.equal(paused.body.data.adminToggleBotForAccount.accountId, id);
  assert.equal((await stateRow(sb, id, 'TWITCH'))[2], 'PAUSED');
  assert.equal((await sb.gql('operator', TOGGLE, { a: id, p: 'RUMBLE', e: false })).body.data.adminToggleBotForAccount.status, 'PAUSED');

  // The lower-cased ID is another (unknown) account: NOT_FOUND, and nothing changes.
  for (const q of [[TOGGLE, { a: id.toLowerCase(), p: 'TWITCH', e: true }], [REJOIN, { a: id.toLowerCase(), p: 'TWITCH' }],
    ['mutation($a: ID!) { authorizeDiscordGuild(accountId: $a) { url } }', { a: id.toLowerCase() }]]) {
    const r = await sb.gql('operator', ...q);
    assert.equal(r.body.errors[0].extensions.code, 'NOT_FOUND', JSON.stringify(r.body));
  }
  assert.equal((await stateRow(sb, id, 'TWITCH'))[2], 'PAUSED');
  await assert.rejects(sb.ctl('set-row', { accountId: id.toLowerCase(), platform: 'TWITCH', status: 'ACTIVE' }), /404/);
  await sb.ctl('set-row', { accountId: id, platform: 'TWITCH', status: 'ACTIVE' });
  assert.equal((await stateRow(sb, id, 'TWITCH'))[2], 'ACTIVE');
  // Format validation takes both cases.
  const bad = await sb.gql('operator', TOGGLE, { a: 'not-a-uuid', p: 'TWITCH', e: true });
  assert.equal(bad.body.errors[0].extensions.code, 'BAD_USER_INPUT');
});

test('SUSPENDED rows refuse toggles and rejoins with BAD_USER_INPUT; set-row suspends and lifts', async () => {
  const suspended = await allRows(sb, { status: 'SUSPENDED' });
  assert.equal(suspended.totalCount, info.suspendedRows.length);
  const { accountId, platform } = info.suspendedRows[0];
  const before = await stateRow(sb, accountId, platform);
  assert.equal(before[2], 'SUSPENDED');
  for (const enabled of [true, false]) {
    const e = (await sb.gql('operator', TOGGLE, { a: accountId, p: platform, e: enabled })).body.errors[0];
    assert.equal(e.extensions.code, 'BAD_USER_INPUT');
    assert.equal(e.extensions.argument, 'platform');
    assert.match(e.message, /SUSPENDED/);
  }
  assert.equal((await sb.gql('operator', REJOIN, { a: accountId, p: platform })).body.errors[0].extensions.code, 'BAD_USER_INPUT');
  assert.deepEqual(await stateRow(sb, accountId, platform), before, 'nothing changed');

  const lifted = await sb.ctl('set-row', { accountId, platform, status: 'ACTIVE' });
  assert.equal(lifted.row.status, 'ACTIVE');
  assert.equal((await sb.gql('operator', TOGGLE, { a: accountId, p: platform, e: false })).body.data.adminToggleBotForAccount.status, 'PAUSED');
  assert.equal((await sb.ctl('set-row', { accountId, platform, status: 'SUSPENDED' })).row.status, 'SUSPENDED');
});

test('a MEDIA channel the bot can post in takes a feature; one it cannot is BAD_USER_INPUT', async () => {
  const yes = info.mediaChannels.find((c) => c.botCanPost);
  const no = info.mediaChannels.find((c) => !c.botCanPost);
  const types = (await sb.gql('admin', 'query($g: ID!) { discordGuildChannels(guildId: $g) { id type botCanPost } }', { g: yes.guildId })).body.data.discordGuildChannels;
  assert.deepEqual(types.find((c) => c.id === yes.channelId), { id: yes.channelId, type: 'MEDIA', botCanPost: true });
  const saved = await sb.gql('operator', SET_FEATURE, { i: { guildId: yes.guildId, feature: 'clip_feed', enabled: true, channelId: yes.channelId } });
  assert.equal(saved.body.errors, undefined, JSON.stringify(saved.body.errors));
  assert.equal(saved.body.data.setDiscordGuildFeature.channelId, yes.channelId);
  const features = (await sb.gql('admin', 'query($g: ID!) { discordGuildFeatures(guildId: $g) { feature channelId } }', { g: yes.guildId })).body.data.discordGuildFeatures;
  assert.equal(features.find((f) => f.feature === 'clip_feed').channelId, yes.channelId);

  const refused = await sb.gql('operator', SET_FEATURE, { i: { guildId: no.guildId, feature: 'clip_feed', enabled: true, channelId: no.channelId } });
  assert.equal(refused.body.errors[0].extensions.code, 'BAD_USER_INPUT');
  assert.equal(refused.body.errors[0].extensions.argument, 'input.channelId');
});

test('update-guild with a new name publishes RENAMED; guild-event publishes any kind', async () => {
  const g = info.awkwardGuilds[1];
  const client = sb.wsClient('readonly');
  const sub = collect(client, `subscription { discordGuildChanged { kind guildId guild { guildId name } } }`);
  await subscribers(sb, 'discordGuildChanged');
  await sb.ctl('update-guild', { guildId: g.guildId, name: 'Renamed Guild' });
  await sb.ctl('update-guild', { guildId: g.guildId, available: false }); // no new name: UPDATED
  await sb.ctl('guild-event', { guildId: g.guildId, kind: 'RENAMED' });
  await sb.ctl('guild-event', { guildId: g.guildId, kind: 'DISCONNECTED' });
  await sub.waitFor(4);
  assert.deepEqual(sub.events.map((e) => e.data.discordGuildChanged.kind), ['RENAMED', 'UPDATED', 'RENAMED', 'DISCONNECTED']);
  assert.equal(sub.events[0].data.discordGuildChanged.guild.name, 'Renamed Guild');
  assert.equal(sub.events[3].data.discordGuildChanged.guild, null);
  await assert.rejects(sb.ctl('guild-event', { guildId: g.guildId, kind: 'EXPLODED' }), /400/);
  await assert.rejects(sb.ctl('guild-event', { guildId: '123456789012345678', kind: 'UPDATED' }), /404/);
  await client.dispose();
  await sb.ctl('update-guild', { guildId: g.guildId, name: g.name, available: true });
});

test('every 3rd successful answer is HTTP 203 with a normal body; errors do not count', async () => {
  await sb.ctl('faults', { successStatus: { status: 203, every: 3 } }); // restarts the count
  const statuses = [];
  for (let i = 0; i < 6; i++) {
    const r = await sb.gql('admin', '{ viewer { id } }');
    assert.equal(r.body.data.viewer.id, 'user-admin');
    statuses.push(r.status);
    if (i === 1) assert.equal((await sb.gql('admin', '{ nope }')).status, 200, 'a validation error is a plain 200 and not counted');
  }
  assert.deepEqual(statuses, [200, 200, 203, 200, 200, 203]);
  await sb.ctl('faults', { successStatus: { status: 202, every: 1 } });
  assert.equal((await sb.gql('admin', '{ viewer { id } }')).status, 202);
  await sb.ctl('faults', { successStatus: { every: 0 } });
  assert.equal((await sb.gql('admin', '{ viewer { id } }')).status, 200);
  await assert.rejects(sb.ctl('faults', { successStatus: { status: 204 } }), /400/);
  await sb.ctl('faults', { successStatus: { status: 203, every: 3 } });
});

test('offset paging with churn: a naive client gets duplicates and misses; totalCount is the truth; the budget runs out', async () => {
  const s = await sandbox({ seed: 4, accounts: 300, mode: 'skew' });
  try {
    const armed = await s.ctl('paging-churn', { insertPerPage: 2, removePerPage: 2, pages: 4 });
    assert.deepEqual(armed.pagingChurn, { insertPerPage: 2, removePerPage: 2, pages: 4, remainingPages: 4 });
    const client = s.wsClient('readonly');
    const sub = collect(client, 'subscription { botStatusChanged { accountId platform } }');
    await subscribers(s, 'botStatusChanged');

    const naive = async () => {
      const seen = [];
      let after = null;
      let last;
      for (;;) {
        const r = await s.gql('readonly', PAGE, { n: 100, a: after });
        assert.equal(r.body.errors, undefined);
        const p = r.body.data.adminBotStatuses;
        // totalCount is the number of rows at the time of that page.
        assert.equal(p.totalCount, (await s.ctl('state')).rows.length);
        seen.push(...p.nodes);
        last = p;
        if (!p.pageInfo.hasNextPage) break;
        assert.match(p.pageInfo.endCursor, /^[A-Za-z0-9_-]+$/);
        after = p.pageInfo.endCursor;
      }
      return { seen, totalCount: last.totalCount };
    };
    const key = (n) => `${n.accountId}/${n.platform}`;
    const first = await naive();
    const state = (await s.ctl('state')).rows.map((r) => `${r[0]}/${r[1]}`);
    assert.equal(first.totalCount, state.length, 'the last totalCount matches the state dump');
    const seenKeys = first.seen.map(key);
    const duplicates = seenKeys.length - new Set(seenKeys).size;
    const missed = state.filter((k) => !seenKeys.includes(k)).length;
    const ghosts = new Set(seenKeys.filter((k) => !state.includes(k))).size;
    assert.ok(duplicates > 0, 'duplicates');
    assert.ok(missed > 0, 'missed rows');
    assert.ok(ghosts > 0, 'rows removed without an event');
    const churn = (await s.ctl('skew-info')).churn;
    assert.deepEqual(churn, { inserted: 8, removed: 8 });
    assert.equal((await s.ctl('state', { rows: false })).faults.pagingChurn.remainingPages, 0);
    // Inserted rows are published; removals have no event.
    await sub.waitFor((o) => o.events.length >= 8 * 5);
    await client.dispose();

    // The budget is spent: a reconciling refetch sees a stable list, in the state's order.
    const second = await naive();
    assert.deepEqual(second.seen.map(key), state);
    // Re-armed, it churns again.
    await s.ctl('paging-churn', {});
    const third = await naive();
    assert.notDeepEqual(third.seen.map(key), state);
    // Cursors of the default (keyset) kind are not ours here.
    const bad = await s.gql('readonly', PAGE, { n: 10, a: Buffer.from('r:5').toString('base64url') });
    assert.equal(bad.body.errors[0].extensions.code, 'BAD_USER_INPUT');
  } finally {
    await s.close();
  }
});

test('the skew knob switches a default sandbox to the newer server and back', async () => {
  const s = await sandbox({ seed: 9, accounts: 120 });
  try {
    const RUMBLE_Q = '{ __type(name: "Platform") { enumValues { name } } }';
    const hasRumble = async () => (await s.gql('admin', RUMBLE_Q)).body.data.__type.enumValues.some((v) => v.name === 'RUMBLE');
    const before = await s.ctl('state');
    assert.equal(before.mode, undefined, 'no mode in default');
    assert.equal(before.faults.skew, undefined, 'skew knobs appear only while skew is on');
    await assert.rejects(s.ctl('faults', { pagingChurn: { pages: 2 } }), /400/);
    await assert.rejects(s.ctl('skew-info'), /400/);
    await assert.rejects(s.ctl('guild-event', { guildId: (await s.gql('admin', '{ adminDiscordGuilds(first: 1) { nodes { guildId } } }')).body.data.adminDiscordGuilds.nodes[0].guildId, kind: 'RENAMED' }), /400/);
    assert.equal(await hasRumble(), false);

    const closes = [];
    const client = s.wsClient('readonly', { on: { closed: (e) => closes.push(e.code) } });
    const sub = collect(client, 'subscription { botStatusChanged { status } }');
    await subscribers(s, 'botStatusChanged');
    const on = await s.ctl('faults', { skew: true });
    assert.deepEqual([on.faults.skew, on.faults.pagingChurn, on.faults.successStatus],
      [true, { insertPerPage: 1, removePerPage: 1, pages: 3, remainingPages: 3 }, { status: 203, every: 3 }]);
    await sub.waitFor((o) => o.errors.length > 0 || o.completed, 2000).catch(() => {});
    assert.deepEqual(closes, [1006], 'a redeploy drops every WebSocket');
    await client.dispose();
    assert.equal(await hasRumble(), true);
    assert.equal((await s.ctl('state', { rows: false })).mode, 'skew');
    assert.ok((await s.ctl('skew-info')).upperCaseAccountIds.length >= 3);

    await s.ctl('faults', { pagingChurn: { pages: 0 }, successStatus: { every: 0 } });
    await s.ctl('reset-faults'); // back to how it started: default
    assert.equal(await hasRumble(), false);
    const back = await s.ctl('state');
    assert.equal(back.mode, undefined);
    assert.deepEqual(back.rows, before.rows, 'the default world kept its state');
    // Switched on again: the skew knobs start at their defaults again.
    const again = await s.ctl('faults', { skew: true });
    assert.deepEqual([again.faults.pagingChurn.remainingPages, again.faults.successStatus.every], [3, 3]);
    await s.ctl('faults', { skew: false });
  } finally {
    await s.close();
  }
});

test('small account counts still have 3 upper-case IDs; --skew on the command line', async () => {
  const s = await sandbox({ seed: 1, accounts: 10, mode: 'skew' });
  try {
    const i = await s.ctl('skew-info');
    assert.equal(i.upperCaseAccountIds.length, 3);
    assert.equal(i.awkwardAccounts.length, 9);
    const acme = (await s.gql('admin', '{ adminBotStatuses(filter: {search: "acme_live", platform: TWITCH}) { nodes { accountId status } } }')).body.data.adminBotStatuses.nodes[0];
    assert.equal(acme.accountId, acme.accountId.toLowerCase());
    assert.equal(acme.status, 'ACTIVE');
  } finally {
    await s.close();
  }

  const child = spawn(process.execPath, [path.join(dir, 'server.mjs'), '--skew', '--accounts', '10', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  while (!out.includes('\n')) await sleep(20);
  child.kill('SIGTERM');
  await new Promise((r) => child.on('exit', r));
  const ready = JSON.parse(/^LUMIO_SANDBOX_READY (\{.*\})$/m.exec(out)[1]);
  assert.deepEqual(Object.keys(ready), ['url', 'ws', 'control', 'pid', 'tokens', 'mode']);
  assert.equal(ready.mode, 'skew');
  for (const args of [['--skew', '--legacy'], ['--skew', '--state-file', '/tmp/lumio-never-written.json']]) {
    const r = spawnSync(process.execPath, [path.join(dir, 'server.mjs'), ...args], { encoding: 'utf8' });
    assert.equal(r.status, 2, args.join(' '));
  }
});

test('skew data is deterministic per seed; life events touch RUMBLE rows too', async () => {
  const q = `{ adminBotStatuses(first: 300) { nodes { accountId accountName platform status } } adminDiscordGuilds(first: 30) { nodes { guildId name accountId } } }`;
  const a = await sandbox({ seed: 31, accounts: 200, mode: 'skew' });
  const b = await sandbox({ seed: 31, accounts: 200, mode: 'skew' });
  try {
    const [ra, rb] = await Promise.all([a.gql('admin', q), b.gql('admin', q)]);
    assert.deepEqual(ra.body, rb.body);
    const [ia, ib] = await Promise.all([a.ctl('skew-info'), b.ctl('skew-info')]);
    assert.deepEqual(ia, ib);

    const client = a.wsClient('readonly');
    const sub = collect(client, 'subscription { botStatusChanged(platform: RUMBLE) { platform } }');
    await subscribers(a, 'botStatusChanged');
    await a.ctl('events', { eventsPerSecond: 3000 });
    await sub.waitFor(1, 8000);
    await a.ctl('events', { eventsPerSecond: 0 });
    assert.equal(sub.events[0].data.botStatusChanged.platform, 'RUMBLE');
    await client.dispose();
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
});
