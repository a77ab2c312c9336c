// The command-line contract CTest and the C++ tests rely on: the READY line,
// fixture.mjs start/stop, and --state-file surviving SIGTERM and SIGKILL.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sleep, ROW_FIELDS } from './helpers.mjs';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lumio-sandbox-test-'));
const fixture = (...args) => spawnSync(process.execPath, [path.join(dir, 'fixture.mjs'), ...args], { encoding: 'utf8', timeout: 90_000 });
// Dead but not yet reaped (a zombie) counts as gone, as in fixture.mjs.
const alive = (pid) => {
  try { process.kill(pid, 0); } catch { return false; }
  try { return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8')); } catch { return true; }
};

async function gql(info, query, variables) {
  const res = await fetch(info.url, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${info.tokens.admin}` },
    body: JSON.stringify({ query, variables }) });
  return res.json();
}
const ACME = `{ adminBotStatuses(filter: {search: "acme_live", platform: TWITCH}, first: 1) { nodes { ${ROW_FIELDS} } } }`;
const TOGGLE = 'mutation($a: ID!, $e: Boolean!) { adminToggleBotForAccount(accountId: $a, platform: TWITCH, enabled: $e) { status updatedAt } }';

test('server.mjs prints exactly one READY line with urls, pid and the four tokens', async () => {
  const child = spawn(process.execPath, [path.join(dir, 'server.mjs'), '--port', '0', '--seed', '1', '--accounts', '10'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  while (!out.includes('\n')) await sleep(20);
  await sleep(200);
  child.kill('SIGTERM');
  await new Promise((r) => child.on('exit', r));
  const lines = out.split('\n').filter(Boolean);
  assert.equal(lines.length, 1, 'stdout has exactly one line');
  const m = /^LUMIO_SANDBOX_READY (\{.*\})$/.exec(lines[0]);
  assert.ok(m, lines[0]);
  const info = JSON.parse(m[1]);
  assert.deepEqual(Object.keys(info), ['url', 'ws', 'control', 'pid', 'tokens']);
  assert.match(info.url, /^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
  assert.equal(info.ws, info.url.replace('http:', 'ws:'));
  assert.equal(info.control, info.url.replace('/graphql', '/control'));
  assert.equal(info.pid, child.pid);
  assert.deepEqual(Object.keys(info.tokens).sort(), ['admin', 'noaccess', 'operator', 'readonly']);
});

test('bad arguments fail clearly', () => {
  const r = spawnSync(process.execPath, [path.join(dir, 'server.mjs'), '--accounts', 'many'], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--accounts must be/);
  const f = fixture('start', path.join(tmp, 'bad.json'), '--', '--bogus');
  assert.notEqual(f.status, 0);
  assert.match(f.stderr, /exited before it was ready[\s\S]*unknown option --bogus/);
  assert.ok(!fs.existsSync(path.join(tmp, 'bad.json')));
});

test('fixture start/stop, and --state-file keeps rows across SIGTERM and SIGKILL', async () => {
  const infoFile = path.join(tmp, 'sub', 'sandbox.json');
  const state = path.join(tmp, 'state.json');
  const start = () => {
    const r = fixture('start', infoFile, '--', '--port', '0', '--accounts', '300', '--seed', '8', '--state-file', state);
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(fs.readFileSync(infoFile, 'utf8'));
  };

  let info = start();
  assert.ok(alive(info.pid));
  assert.ok(fs.readFileSync(`${infoFile}.log`, 'utf8').includes('LUMIO_SANDBOX_READY'));
  const row = (await gql(info, ACME)).data.adminBotStatuses.nodes[0];
  const paused = (await gql(info, TOGGLE, { a: row.accountId, e: false })).data.adminToggleBotForAccount;
  assert.equal(paused.status, 'PAUSED');
  // Guild changes persist too: one feature mapping set, one guild disconnected.
  const guilds = (await gql(info, '{ adminDiscordGuilds(first: 2) { nodes { guildId } } }')).data.adminDiscordGuilds.nodes;
  const [keep, gone] = guilds.map((g) => g.guildId);
  const channel = (await gql(info, 'query($g: ID!) { discordGuildChannels(guildId: $g) { id type } }', { g: keep }))
    .data.discordGuildChannels.find((c) => c.type === 'TEXT');
  const feature = (await gql(info, 'mutation($i: DiscordGuildFeatureInput!) { setDiscordGuildFeature(input: $i) { feature enabled channelId updatedAt } }',
    { i: { guildId: keep, feature: 'clip_feed', enabled: true, channelId: channel.id } })).data.setDiscordGuildFeature;
  assert.equal((await gql(info, 'mutation($g: ID!) { disconnectDiscordGuild(guildId: $g) }', { g: gone })).data.disconnectDiscordGuild, true);

  // SIGTERM saves.
  let r = fixture('stop', infoFile);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(!alive(info.pid));
  assert.ok(!fs.existsSync(infoFile));
  assert.ok(fs.existsSync(state));
  info = start();
  assert.deepEqual((await gql(info, ACME)).data.adminBotStatuses.nodes[0], { ...row, status: 'PAUSED', updatedAt: paused.updatedAt });
  const features = (await gql(info, 'query($g: ID!) { discordGuildFeatures(guildId: $g) { feature enabled channelId updatedAt } }', { g: keep })).data.discordGuildFeatures;
  assert.deepEqual(features.find((f) => f.feature === 'clip_feed'), feature);
  const gq = await gql(info, 'query($g: ID!) { discordGuildRoles(guildId: $g) { id } }', { g: gone });
  assert.equal(gq.errors[0].extensions.code, 'NOT_FOUND', 'the disconnected guild stays gone');

  // SIGKILL: the periodic save (every 3 s) has it.
  const resumed = (await gql(info, TOGGLE, { a: row.accountId, e: true })).data.adminToggleBotForAccount;
  await sleep(3500);
  process.kill(info.pid, 'SIGKILL');
  while (alive(info.pid)) await sleep(20);
  r = fixture('stop', infoFile); // already dead: still fine
  assert.equal(r.status, 0, r.stderr);
  info = start();
  const after = (await gql(info, ACME)).data.adminBotStatuses.nodes[0];
  assert.deepEqual([after.status, after.updatedAt], ['ACTIVE', resumed.updatedAt]);
  assert.equal(fixture('stop', infoFile).status, 0);
  assert.equal(fixture('stop', infoFile).status, 0, 'stopping twice is fine');
});

test.after(() => fs.rmSync(tmp, { recursive: true, force: true }));
