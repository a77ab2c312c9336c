// Paging through 10,000+ rows: totalCount, stable order, no duplicates, no
// gaps, filters and search, also while rows change underneath; plus the
// seeded data's shape and determinism.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sandbox, ROW_FIELDS, GUILD_FIELDS } from './helpers.mjs';
import { startSandbox } from '../lib/sandbox.mjs';

const ACCOUNTS = 2400; // x5 platforms = 12,000 rows
const PAGE = `query($f: BotStatusFilter, $n: Int, $a: String) { adminBotStatuses(filter: $f, first: $n, after: $a) {
  totalCount pageInfo { hasNextPage endCursor } nodes { ${ROW_FIELDS} } } }`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let sb;
before(async () => { sb = await sandbox({ seed: 3, accounts: ACCOUNTS }); });
after(() => sb.close());

async function all(filter, first) {
  const nodes = [];
  const totals = new Set();
  let after = null;
  let pages = 0;
  for (;;) {
    const r = await sb.gql('readonly', PAGE, { f: filter, n: first, a: after });
    assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
    const p = r.body.data.adminBotStatuses;
    totals.add(p.totalCount);
    nodes.push(...p.nodes);
    pages++;
    if (!p.pageInfo.hasNextPage) break;
    assert.ok(p.pageInfo.endCursor);
    after = p.pageInfo.endCursor;
    assert.ok(pages < 10_000, 'paging never ends');
  }
  return { nodes, totals: [...totals], pages };
}

const key = (n) => `${n.accountId}/${n.platform}`;
const order = (a, b) => {
  const x = a.accountName.toLowerCase();
  const y = b.accountName.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0;
};

test('all 12,000 rows page through with totalCount, in order, without duplicates', async () => {
  const builds = (await sb.ctl('state', { rows: false })).counters.indexBuilds;
  const { nodes, totals, pages } = await all({ platform: null, search: '' }, 1000);
  // The filtered index is built once for the filter, not rescanned per page.
  assert.equal((await sb.ctl('state', { rows: false })).counters.indexBuilds, builds + 1);
  assert.deepEqual(totals, [ACCOUNTS * 5]);
  assert.equal(pages, 12);
  assert.equal(nodes.length, ACCOUNTS * 5);
  assert.equal(new Set(nodes.map(key)).size, nodes.length, 'duplicates');
  for (let i = 1; i < nodes.length; i++) {
    const c = order(nodes[i - 1], nodes[i]);
    assert.ok(c < 0 || (c === 0 && nodes[i - 1].platform !== nodes[i].platform), `order broken at ${i}`);
  }
  // Every account has a row for every platform.
  const perAccount = new Map();
  for (const n of nodes) perAccount.set(n.accountId, (perAccount.get(n.accountId) ?? 0) + 1);
  assert.equal(perAccount.size, ACCOUNTS);
  assert.ok([...perAccount.values()].every((c) => c === 5));
});

test('the seeded data looks like the real thing', async () => {
  const { nodes } = await all(null, 5000);
  const by = (s) => nodes.filter((n) => n.status === s);
  assert.ok(by('ACTIVE').length > 1000 && by('PAUSED').length > 100 && by('NO_CONNECTION').length > 1000);
  assert.ok(nodes.every((n) => UUID.test(n.accountId)));
  assert.ok(by('NO_CONNECTION').every((n) => n.lastHeartbeatAt === null));
  const connected = nodes.filter((n) => n.status !== 'NO_CONNECTION');
  assert.ok(connected.every((n) => n.lastHeartbeatAt !== null));
  const stale = connected.filter((n) => Date.now() - Date.parse(n.lastHeartbeatAt) > 120_000);
  assert.ok(stale.length > 0 && stale.length < connected.length / 5, `stale heartbeats: ${stale.length}`);
  assert.ok(nodes.some((n) => /[^\x00-\x7f]/.test(n.accountName)), 'some non-ASCII names');
  assert.ok(nodes.some((n) => n.accountName === 'acme_live' && n.platform === 'TWITCH' && n.status === 'ACTIVE'));
  assert.ok(nodes.every((n) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(n.updatedAt)));
});

test('filters: platform, status and search, with totalCount matching the rows', async () => {
  const twitchPaused = await all({ platform: 'TWITCH', status: 'PAUSED' }, 100);
  assert.equal(twitchPaused.totals[0], twitchPaused.nodes.length);
  assert.ok(twitchPaused.nodes.length > 0);
  assert.ok(twitchPaused.nodes.every((n) => n.platform === 'TWITCH' && n.status === 'PAUSED'));

  // Search is case-insensitive on name and ID, and ignores accents.
  const zoe = await all({ search: 'ZOE' }, 500);
  assert.ok(zoe.nodes.some((n) => n.accountName.startsWith('Zoë')), 'ZOE finds Zoë');
  const jose = await all({ search: 'jose mart' }, 500);
  assert.ok(jose.nodes.length > 0 && jose.nodes.every((n) => /jos[eé] mart[ií]n/i.test(n.accountName)), 'jose mart finds José Martín');
  const id = zoe.nodes[0].accountId;
  const byId = await all({ search: id.slice(0, 13).toUpperCase() }, 10);
  assert.ok(byId.nodes.every((n) => n.accountId.startsWith(id.slice(0, 13))) && byId.nodes.length >= 5);
  const none = await all({ search: 'no account is called this' }, 10);
  assert.deepEqual([none.nodes.length, none.totals[0]], [0, 0]);
});

test('keyset cursors stay valid while rows change status underneath', async () => {
  const filter = { status: 'ACTIVE' };
  const first = (await sb.gql('readonly', PAGE, { f: filter, n: 500 })).body.data.adminBotStatuses;
  // Pause the first and the 600th ACTIVE row, then continue from the cursor.
  const later = (await sb.gql('readonly', PAGE, { f: filter, n: 1, a: null })).body.data.adminBotStatuses.nodes[0];
  const rest1 = (await sb.gql('readonly', PAGE, { f: filter, n: 200, a: first.pageInfo.endCursor })).body.data.adminBotStatuses;
  const victim = rest1.nodes[100];
  await sb.gql('admin', 'mutation($a: ID!, $p: Platform!) { adminToggleBotForAccount(accountId: $a, platform: $p, enabled: false) { status } }',
    { a: victim.accountId, p: victim.platform });
  await sb.gql('admin', 'mutation($a: ID!, $p: Platform!) { adminToggleBotForAccount(accountId: $a, platform: $p, enabled: false) { status } }',
    { a: later.accountId, p: later.platform });
  const rest2 = (await sb.gql('readonly', PAGE, { f: filter, n: 200, a: first.pageInfo.endCursor })).body.data.adminBotStatuses;
  assert.equal(rest2.totalCount, first.totalCount - 2);
  assert.deepEqual(rest2.nodes.slice(0, 100).map(key), rest1.nodes.slice(0, 100).map(key), 'rows before the change are the same');
  assert.ok(!rest2.nodes.some((n) => key(n) === key(victim)), 'the paused row left the ACTIVE filter');
});

test('first: 0 and the last page', async () => {
  const zero = (await sb.gql('readonly', PAGE, { n: 0 })).body.data.adminBotStatuses;
  assert.deepEqual([zero.nodes.length, zero.totalCount, zero.pageInfo.hasNextPage], [0, ACCOUNTS * 5, true]);
  const defaults = (await sb.gql('readonly', `{ adminBotStatuses { nodes { accountId } } }`)).body.data.adminBotStatuses;
  assert.equal(defaults.nodes.length, 500, 'first defaults to 500');
});

test('guild list pages by name with search by guild, ID or account', async () => {
  const Q = `query($s: String, $n: Int, $a: String) { adminDiscordGuilds(search: $s, first: $n, after: $a) {
    totalCount pageInfo { hasNextPage endCursor } nodes { ${GUILD_FIELDS} } } }`;
  const seen = [];
  let after = null;
  let total;
  for (;;) {
    const p = (await sb.gql('readonly', Q, { n: 100, a: after })).body.data.adminDiscordGuilds;
    total = p.totalCount;
    seen.push(...p.nodes);
    if (!p.pageInfo.hasNextPage) break;
    after = p.pageInfo.endCursor;
  }
  assert.ok(total > ACCOUNTS * 0.25 && total < ACCOUNTS * 0.45, `about 30% of accounts have guilds (${total})`);
  assert.equal(seen.length, total);
  assert.equal(new Set(seen.map((g) => g.guildId)).size, total);
  assert.ok(seen.every((g) => /^\d{17,20}$/.test(g.guildId)));
  assert.ok(seen.some((g) => !g.available) && seen.some((g) => g.iconUrl === null) && seen.some((g) => g.iconUrl));
  const names = seen.map((g) => g.name.toLowerCase());
  assert.deepEqual(names, [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

  const g = seen[7];
  for (const s of [g.guildId, g.accountName.toUpperCase(), g.accountId]) {
    const found = (await sb.gql('readonly', Q, { s, n: 50 })).body.data.adminDiscordGuilds.nodes;
    assert.ok(found.some((x) => x.guildId === g.guildId), `search ${s}`);
  }
});

test('the same seed gives the same data; another seed does not', async () => {
  const q = `{ adminBotStatuses(first: 50) { nodes { accountId accountName platform status } } adminDiscordGuilds(first: 5) { nodes { guildId name } } }`;
  const a = await startSandbox({ port: 0, seed: 99, accounts: 300, log: () => {} });
  const b = await startSandbox({ port: 0, seed: 99, accounts: 300, log: () => {} });
  const c = await startSandbox({ port: 0, seed: 100, accounts: 300, log: () => {} });
  try {
    const get = async (s) => (await fetch(s.url, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer sandbox-admin-token' }, body: JSON.stringify({ query: q }) })).json();
    const [ra, rb, rc] = await Promise.all([get(a), get(b), get(c)]);
    assert.deepEqual(ra, rb);
    assert.notDeepEqual(ra, rc);
    assert.equal(ra.data.adminBotStatuses.nodes.length, 50);
  } finally {
    await Promise.all([a.close(), b.close(), c.close()]);
  }
});
