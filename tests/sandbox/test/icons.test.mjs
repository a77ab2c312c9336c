// GET /icons/<guildId>.png: the sandbox serves guild icons itself, on its own
// origin, so nothing ever fetches Discord's CDN.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sandbox, GUILD_FIELDS } from './helpers.mjs';
import { guildIconPng, iconLetter, ICON_SIZE } from '../lib/icons.mjs';

const GUILDS = `{ adminDiscordGuilds(first: 5000) { nodes { ${GUILD_FIELDS} } } }`;

let sb;
let guilds;
before(async () => {
  sb = await sandbox({ accounts: 300, seed: 42 });
  const { body } = await sb.gql('admin', GUILDS);
  guilds = body.data.adminDiscordGuilds.nodes;
});
after(async () => { await sb.close(); });

const origin = () => new URL(sb.url).origin;

/** Width, height, bit depth and colour type from a PNG's IHDR. */
function pngHeader(buf) {
  assert.deepEqual([...buf.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.equal(buf.subarray(12, 16).toString('latin1'), 'IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20), depth: buf[24], colour: buf[25] };
}

test('icon URLs point at the sandbox itself, never at Discord\'s CDN', () => {
  const withIcon = guilds.filter((g) => g.iconUrl);
  assert.ok(withIcon.length > 10);
  assert.ok(guilds.some((g) => g.iconUrl === null), 'some guilds have no icon');
  for (const g of withIcon) {
    const u = new URL(g.iconUrl);
    assert.equal(u.origin, origin(), g.iconUrl);
    assert.ok(!g.iconUrl.includes('discordapp'), g.iconUrl);
  }
});

test('an icon is a deterministic 64x64 PNG, cacheable, served without a token', async () => {
  const g = guilds.find((x) => x.iconUrl && !x.iconUrl.includes('/deleted/'));
  const before = (await sb.ctl('state', { rows: false })).counters;
  const res = await fetch(g.iconUrl);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'image/png');
  assert.match(res.headers.get('cache-control'), /max-age=\d+/);
  const etag = res.headers.get('etag');
  assert.ok(etag);
  const buf = Buffer.from(await res.arrayBuffer());
  assert.deepEqual(pngHeader(buf), { width: ICON_SIZE, height: ICON_SIZE, depth: 8, colour: 6 });
  assert.equal(Number(res.headers.get('content-length')), buf.length);
  // Same guild, same bytes: again, and from the generator directly.
  const again = Buffer.from(await (await fetch(g.iconUrl)).arrayBuffer());
  assert.ok(again.equals(buf));
  assert.ok(guildIconPng(g.guildId, g.name).equals(buf));
  // Revalidation answers 304.
  const revalidated = await fetch(g.iconUrl, { headers: { 'If-None-Match': etag } });
  assert.equal(revalidated.status, 304);
  const after = (await sb.ctl('state', { rows: false })).counters;
  assert.equal(after.iconRequests - before.iconRequests, 3);
  assert.equal(after.iconRequestsWithCredentials - before.iconRequestsWithCredentials, 0);
});

test('requests with credentials are counted (so tests can prove the app sends none)', async () => {
  const g = guilds.find((x) => x.iconUrl && !x.iconUrl.includes('/deleted/'));
  const before = (await sb.ctl('state', { rows: false })).counters;
  await (await fetch(g.iconUrl, { headers: { Authorization: `Bearer ${sb.tokens.admin}` } })).arrayBuffer();
  const after = (await sb.ctl('state', { rows: false })).counters;
  assert.equal(after.iconRequestsWithCredentials - before.iconRequestsWithCredentials, 1);
});

test('different guilds get different icons', () => {
  const [a, b] = guilds.filter((x) => x.iconUrl);
  assert.ok(!guildIconPng(a.guildId, a.name).equals(guildIconPng(b.guildId, b.name)));
  assert.equal(iconLetter('Zoë_Streams Den'), 'Z');
  assert.equal(iconLetter('🎮 ana plays'), 'A');
  assert.equal(iconLetter('🎮'), '');
});

test('a few icon URLs are gone (404), and unknown guilds or paths are 404 too', async () => {
  const broken = guilds.filter((g) => g.iconUrl?.includes('/deleted/'));
  assert.ok(broken.length >= 1, 'at least one guild has a broken icon URL');
  assert.ok(broken.length < guilds.filter((g) => g.iconUrl).length / 4, 'only a few');
  const res = await fetch(broken[0].iconUrl);
  assert.equal(res.status, 404);
  await res.arrayBuffer();
  for (const path of ['/icons/11111111111111111.png', '/icons/abc.png', '/icons/']) {
    const r = await fetch(`${origin()}${path}`);
    assert.equal(r.status, 404, path);
    await r.arrayBuffer();
  }
  const post = await fetch(guilds.find((g) => g.iconUrl && !g.iconUrl.includes('/deleted/')).iconUrl, { method: 'POST' });
  assert.equal(post.status, 405);
  await post.arrayBuffer();
});

test('the same seed gives the same icon URLs (paths) and bytes', async () => {
  const other = await sandbox({ accounts: 300, seed: 42 });
  try {
    const { body } = await other.gql('admin', GUILDS);
    const theirs = body.data.adminDiscordGuilds.nodes;
    const path = (u) => (u ? new URL(u).pathname : null);
    assert.deepEqual(theirs.map((g) => path(g.iconUrl)), guilds.map((g) => path(g.iconUrl)));
    const g = theirs.find((x) => x.iconUrl && !x.iconUrl.includes('/deleted/'));
    const mine = guilds.find((x) => x.guildId === g.guildId);
    const [a, b] = await Promise.all([fetch(g.iconUrl), fetch(mine.iconUrl)].map(async (p) => Buffer.from(await (await p).arrayBuffer())));
    assert.ok(a.equals(b));
  } finally {
    await other.close();
  }
});

test('subscription events carry absolute icon URLs; update-guild can point one elsewhere', async () => {
  const g = guilds.find((x) => x.iconUrl && !x.iconUrl.includes('/deleted/'));
  const client = sb.wsClient('admin');
  const events = [];
  const done = new Promise((resolve, reject) => {
    client.subscribe({ query: `subscription { discordGuildChanged { kind guildId guild { ${GUILD_FIELDS} } } }` }, {
      next: (e) => { events.push(e); if (events.length === 2) resolve(); },
      error: reject,
      complete: resolve,
    });
  });
  await new Promise((r) => setTimeout(r, 200));
  await sb.ctl('update-guild', { guildId: g.guildId, name: `${g.name} renamed` });
  await sb.ctl('update-guild', { guildId: g.guildId, iconUrl: 'http://127.0.0.1:9/elsewhere.png' });
  await done;
  await client.dispose();
  assert.equal(events[0].data.discordGuildChanged.guild.iconUrl, g.iconUrl);
  assert.equal(events[1].data.discordGuildChanged.guild.iconUrl, 'http://127.0.0.1:9/elsewhere.png');
  await sb.ctl('update-guild', { guildId: g.guildId, name: g.name, iconUrl: new URL(g.iconUrl).pathname });
});
