// Shared helpers for the sandbox tests: an in-process sandbox on a free port,
// GraphQL/control requests, and graphql-ws clients (the library's own client).

import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startSandbox } from '../lib/sandbox.mjs';

export const ROW_FIELDS = 'accountId accountName platform status lastHeartbeatAt updatedAt';
export const GUILD_FIELDS = 'guildId name iconUrl accountId accountName connectedAt available mappedFeatureCount';

/** Starts a quiet sandbox; call `await sb.close()` in `after`. */
export async function sandbox(opts = {}) {
  const sb = await startSandbox({ port: 0, log: () => {}, ...opts });
  sb.gql = (role, query, variables, extra) => gql(sb, role, query, variables, extra);
  sb.ctl = (verb, body) => control(sb, verb, body);
  sb.wsClient = (role, options) => wsClient(sb, role, options);
  return sb;
}

/**
 * POSTs a GraphQL request. role is a token role name, a raw token (when it
 * contains '-'), or null for none. Returns {status, headers, body}.
 */
export async function gql(sb, role, query, variables, { accept, headers = {}, operationName } = {}) {
  const h = { 'Content-Type': 'application/json', ...headers };
  if (accept) h.Accept = accept;
  if (role) h.Authorization = `Bearer ${sb.tokens[role] ?? role}`;
  const res = await fetch(sb.url, { method: 'POST', headers: h, body: JSON.stringify({ query, variables, operationName }) });
  const text = await res.text();
  let body;
  try { body = JSON.parse(text); } catch { body = text; }
  return { status: res.status, headers: res.headers, body };
}

export async function control(sb, verb, body = {}) {
  const res = await fetch(`${sb.control}/${verb}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const json = await res.json();
  if (res.status !== 200) throw new Error(`control ${verb} -> ${res.status}: ${json.error}`);
  return json;
}

export function wsClient(sb, role, options = {}) {
  return createClient({
    url: sb.ws,
    webSocketImpl: WebSocket,
    connectionParams: role === null ? {} : { authorization: `Bearer ${sb.tokens[role] ?? role}` },
    retryAttempts: 0,
    lazy: true,
    ...options,
  });
}

/**
 * Subscribes and collects results. Returns {events, errors, done, waitFor(n), stop()}.
 * waitFor(predicate|count, ms) resolves when enough events arrived.
 */
export function collect(client, query, variables) {
  const out = { events: [], errors: [], completed: false };
  const waiters = new Set();
  const check = () => { for (const w of waiters) w(); };
  out.stop = client.subscribe({ query, variables }, {
    next: (v) => { out.events.push(v); check(); },
    error: (e) => { out.errors.push(e); check(); },
    complete: () => { out.completed = true; check(); },
  });
  out.waitFor = (cond, ms = 5000) => new Promise((resolve, reject) => {
    const test = typeof cond === 'number' ? () => out.events.length >= cond : () => cond(out);
    const done = () => { if (test()) { cleanup(); resolve(out); } };
    const timer = setTimeout(() => { cleanup(); reject(new Error(`timed out; got ${out.events.length} events, errors ${JSON.stringify(out.errors.map(String))}`)); }, ms);
    const cleanup = () => { clearTimeout(timer); waiters.delete(done); };
    waiters.add(done);
    done();
  });
  return out;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The acme_live account every seed has (ACTIVE on Twitch). */
export async function acme(sb) {
  const r = await sb.gql('admin', `{ adminBotStatuses(filter: {search: "acme_live", platform: TWITCH}, first: 1) { nodes { ${ROW_FIELDS} } } }`);
  return r.body.data.adminBotStatuses.nodes[0];
}

/** First row with the given status (optionally platform). */
export async function firstRow(sb, status, platform) {
  const r = await sb.gql('admin', `query($f: BotStatusFilter) { adminBotStatuses(filter: $f, first: 1) { nodes { ${ROW_FIELDS} } } }`,
    { f: { status, platform } });
  return r.body.data.adminBotStatuses.nodes[0];
}

/** A guild with at least one mapped feature, with its channels, roles and features. */
export async function someGuild(sb) {
  const list = await sb.gql('admin', `{ adminDiscordGuilds(first: 50) { nodes { ${GUILD_FIELDS} } } }`);
  for (const g of list.body.data.adminDiscordGuilds.nodes) {
    const d = await sb.gql('admin', `query($id: ID!) {
      discordGuildChannels(guildId: $id) { id name type parentId position botCanPost }
      discordGuildRoles(guildId: $id) { id name color position mentionable }
      discordGuildFeatures(guildId: $id) { guildId feature enabled channelId mentionRoleId updatedAt } }`, { id: g.guildId });
    if (d.body.data.discordGuildFeatures.length > 0) {
      return { guild: g, channels: d.body.data.discordGuildChannels, roles: d.body.data.discordGuildRoles, features: d.body.data.discordGuildFeatures };
    }
  }
  throw new Error('no guild with features');
}

/** Waits until the in-process sandbox has at least n subscribers on the topic (subscribe is asynchronous). */
export async function subscribers(sb, topic, n = 1, ms = 5000) {
  const deadline = Date.now() + ms;
  while (sb.store.pubsub.subscriberCount(topic) < n) {
    if (Date.now() > deadline) throw new Error(`only ${sb.store.pubsub.subscriberCount(topic)} of ${n} subscribers on ${topic}`);
    await sleep(10);
  }
}
