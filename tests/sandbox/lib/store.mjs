// The sandbox's in-memory state: accounts, the account x platform bot rows,
// Discord guilds, pending authorizations, the paging indexes and the "life"
// engine that keeps rows changing. Resolvers (graphql.mjs) validate input and
// map failures to GraphQL errors; this module only knows the data.

import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { PubSub } from './pubsub.mjs';
import { iconPath } from './icons.mjs';
import {
  PLATFORMS, DISCORD_CLIENT_ID, mulberry32, hash32, foldText, snowflake, int, uuid4,
  generateAccounts, generateGuilds, generateGuildDetails, guildName,
} from './seed.mjs';
import { SkewData, ROW_PLATFORMS, RUMBLE, churnAccount } from './skew.mjs';

export const TOPIC_BOT = 'botStatusChanged';
export const TOPIC_GUILD = 'discordGuildChanged';
const STATE_VERSION = 1;
const FILTER_CACHE_SIZE = 64;

/** One account x platform row. Getters give graphql-js's default resolver the schema's field names. */
class BotRow {
  // Every field is set once here with its final type: V8 then keeps one
  // compact shape for all 500,000 rows.
  constructor(account, p, idx, connected, enabled, hb, updatedAt) {
    this.account = account;
    this.p = p; // index into PLATFORMS
    this.idx = idx; // position in the global sort order; also the cursor value
    this.connected = connected;
    this.enabled = enabled;
    this.hb = hb; // lastHeartbeatAt, ms or null
    this.updatedAt = updatedAt; // ms
    this.suspended = false; // skew mode only: SUSPENDED by the platform (connected, not toggleable)
  }
  get accountId() { return this.account.id; }
  get accountName() { return this.account.name; }
  get platform() { return ROW_PLATFORMS[this.p]; }
  get status() { return !this.connected ? 'NO_CONNECTION' : this.suspended ? 'SUSPENDED' : this.enabled ? 'ACTIVE' : 'PAUSED'; }
  get lastHeartbeatAt() { return this.hb; }
  /** A frozen copy for events: later changes must not alter an event already queued. */
  snapshot() {
    return { accountId: this.account.id, accountName: this.account.name, platform: ROW_PLATFORMS[this.p],
      status: this.status, lastHeartbeatAt: this.hb, updatedAt: this.updatedAt };
  }
}

class Guild {
  constructor(store, g) {
    this.store = store;
    this.guildId = g.guildId;
    this.name = g.name;
    // State files from before the sandbox served icons point at Discord's CDN:
    // serve those locally too, so the sandbox never sends anyone to the internet.
    this.iconUrl = /^https:\/\/cdn\.discordapp\.com\/icons\//.test(g.iconUrl ?? '') ? iconPath(g.guildId) : g.iconUrl ?? null;
    this.accountId = g.accountId;
    this.connectedAt = g.connectedAt;
    this.available = g.available;
    this.detailSeed = g.detailSeed;
    this.fresh = !!g.fresh; // connected at run time: starts without mappings
    this.savedFeatures = g.features ?? null; // from a state file
    this._details = null;
  }
  get accountName() { return this.store.accountById.get(this.accountId)?.name ?? ''; }
  get details() {
    if (!this._details) {
      this._details = generateGuildDetails(this, this.store.startMs, { fresh: this.fresh });
      this.store.skew?.decorateDetails(this.guildId, this._details);
      if (this.savedFeatures) {
        this._details.features = new Map(this.savedFeatures.map((f) => [f.feature, { ...f, guildId: this.guildId }]));
        this.savedFeatures = null;
      }
    }
    return this._details;
  }
  get mappedFeatureCount() {
    let n = 0;
    for (const f of this.details.features.values()) if (f.enabled) n++;
    return n;
  }
  get sortKey() { return `${this.name.toLowerCase()}\u0000${this.guildId}`; }
  snapshot() {
    return { guildId: this.guildId, name: this.name, iconUrl: this.iconUrl, accountId: this.accountId,
      accountName: this.accountName, connectedAt: this.connectedAt, available: this.available,
      mappedFeatureCount: this.mappedFeatureCount };
  }
  toJSON() {
    return { guildId: this.guildId, name: this.name, iconUrl: this.iconUrl, accountId: this.accountId,
      connectedAt: this.connectedAt, available: this.available, detailSeed: this.detailSeed, fresh: this.fresh,
      features: this._details ? [...this._details.features.values()].map(({ guildId, ...f }) => f)
        : this.savedFeatures };
  }
}

function encodeCursor(prefix, value) {
  return Buffer.from(`${prefix}:${value}`, 'utf8').toString('base64url');
}
/** Returns the cursor's value, or undefined when it is not one of ours. */
function decodeCursor(prefix, cursor) {
  const s = Buffer.from(cursor, 'base64url').toString('utf8');
  return s.startsWith(`${prefix}:`) ? s.slice(prefix.length + 1) : undefined;
}

/** Tiny LRU over a Map (insertion order = recency). */
class Lru {
  constructor(size) { this.size = size; this.map = new Map(); }
  get(key) {
    const v = this.map.get(key);
    if (v !== undefined) { this.map.delete(key); this.map.set(key, v); }
    return v;
  }
  set(key, v) {
    this.map.delete(key);
    this.map.set(key, v);
    if (this.map.size > this.size) this.map.delete(this.map.keys().next().value);
  }
  clear() { this.map.clear(); }
}

export class Store {
  /**
   * @param {{seed:number, accounts:number, stateFile?:string, log?:Function, skew?:boolean}} opts
   * skew: the data of a newer server (see skew.mjs); such a store has no state file.
   */
  constructor({ seed = 42, accounts = 250, stateFile = null, log = () => {}, skew = false }) {
    this.log = log;
    if (skew && stateFile) throw new Error('a skew store has no state file');
    this.stateFile = stateFile;
    let saved = null;
    if (stateFile && fs.existsSync(stateFile)) {
      try {
        saved = JSON.parse(fs.readFileSync(stateFile, 'utf8'));
        if (saved.version !== STATE_VERSION) throw new Error(`unsupported state version ${saved.version}`);
        if (saved.seed !== seed || saved.accounts !== accounts) {
          log(`state file ${stateFile} was written with --seed ${saved.seed} --accounts ${saved.accounts}; using those`);
        }
        seed = saved.seed;
        accounts = saved.accounts;
      } catch (e) {
        log(`ignoring unreadable state file ${stateFile}: ${e.message}`);
        saved = null;
      }
    }
    this.seed = seed;
    this.accountCount = accounts;
    this.startMs = saved ? saved.startMs : Date.now();
    this.lastWall = saved ? Math.max(saved.lastWall ?? 0, 0) : 0;
    this.pubsub = new PubSub();
    this.counters = { mutations: 0, lifeEvents: 0, indexBuilds: 0 };
    this.skew = skew ? new SkewData(seed) : null;
    // Skew mode: offset cursors and rows inserted/removed between pages (see botPage).
    this.churn = { insertPerPage: 0, removePerPage: 0, pages: 0, remainingPages: 0, steps: 0 };

    this.#buildAccountsAndRows();
    this.#buildGuilds(saved);
    this.pendingAuth = new Map(); // state nonce -> {accountId, expiresAt}
    this.authorizationTtlMs = 10 * 60_000;
    this.guildCounter = saved?.guildCounter ?? 0;
    this.statusVersion = 0; // bumped on every status change: invalidates status-filtered indexes
    this.guildsVersion = 0; // bumped when guilds are added/removed/renamed
    this.botIndexCache = new Lru(FILTER_CACHE_SIZE);
    this.guildIndexCache = new Lru(FILTER_CACHE_SIZE);
    this.touched = new Set(); // row idx changed since seeding (what the state file stores)
    this.dirty = false;
    if (saved) this.#applySavedRows(saved.rows);

    this.lifeRng = mulberry32(seed ^ 0x5bd1e995);
    this.lost = []; // rows the life engine disconnected, candidates for recovery
    this.eventsPerSecond = 0;
    this.lifeTimer = null;
    this.saveTimer = null;
  }

  #buildAccountsAndRows() {
    const generated = generateAccounts(this.seed, this.accountCount);
    const { accounts, flags, hbAgoMs, updatedAgoMs } = generated;
    const skew = this.skew;
    if (skew) skew.prepareAccounts(generated);
    // Stable order of the Bot Control page: name case-insensitive, then ID, then
    // platform. Sorting on one key string: "\0" sorts before any character.
    const keys = accounts.map((a) => `${a.lower}\u0000${a.id}`);
    const order = Array.from(accounts.keys()).sort((x, y) => (keys[x] < keys[y] ? -1 : keys[x] > keys[y] ? 1 : 0));
    this.accounts = order.map((i) => accounts[i]);
    this.accountById = new Map();
    this.rows = new Array(accounts.length * PLATFORMS.length + (skew ? skew.rumble.size : 0));
    const now = this.startMs;
    const P = PLATFORMS.length;
    let idx = 0;
    for (let ai = 0; ai < this.accounts.length; ai++) {
      const acc = this.accounts[ai];
      this.accountById.set(acc.id, acc);
      // Skew accounts have room for a RUMBLE row (a hole when they have none).
      acc.rows = new Array(skew ? P + 1 : P);
      for (let p = 0; p < P; p++) {
        const g = acc.gen * P + p;
        const hb = Number.isNaN(hbAgoMs[g]) ? null : now - hbAgoMs[g];
        const updatedAt = hb !== null && hb > now - updatedAgoMs[g] ? hb : now - updatedAgoMs[g];
        const row = new BotRow(acc, p, idx++, (flags[g] & 1) === 1, (flags[g] & 2) === 2, hb, updatedAt);
        this.rows[row.idx] = row;
        acc.rows[p] = row;
      }
      const r = skew?.rumble.get(acc.gen);
      if (r) {
        const hb = Number.isNaN(r.hbAgoMs) ? null : now - r.hbAgoMs;
        const updatedAt = hb !== null && hb > now - r.updatedAgoMs ? hb : now - r.updatedAgoMs;
        const row = new BotRow(acc, RUMBLE, idx++, r.connected, r.enabled, hb, updatedAt);
        this.rows[row.idx] = row;
        acc.rows[RUMBLE] = row;
      }
      if (skew) for (const row of acc.rows) if (row && skew.isSuspended(acc.gen, row.p)) row.suspended = true;
    }
    skew?.finish();
  }

  /** Skew churn: rows get their positions in the global order again after accounts came or went. */
  #renumber() {
    const rows = [];
    for (const acc of this.accounts) for (const row of acc.rows) if (row) { row.idx = rows.length; rows.push(row); }
    this.rows = rows;
    this.statusVersion++;
    this.botIndexCache.clear();
  }

  #buildGuilds(saved) {
    this.guilds = new Map();
    const list = saved ? saved.guilds : generateGuilds(this.seed, this.accounts, this.startMs);
    if (this.skew) this.skew.prepareGuilds(list);
    for (const g of list) this.guilds.set(g.guildId, new Guild(this, g));
  }

  #applySavedRows(rows) {
    for (const [idx, connected, enabled, hb, updatedAt] of rows) {
      const row = this.rows[idx];
      if (!row) continue;
      row.connected = !!connected;
      row.enabled = !!enabled;
      row.hb = hb;
      row.updatedAt = updatedAt;
      this.touched.add(idx);
    }
  }

  // --- time -----------------------------------------------------------------

  /** Wall-clock ms that never goes backwards (the state file carries it across restarts). */
  wallNow() {
    this.lastWall = Math.max(Date.now(), this.lastWall);
    return this.lastWall;
  }

  /**
   * The next updatedAt for something last updated at `prev`: strictly greater
   * per row. Deliberately per row rather than one global +1 ms counter: at
   * 5,000 events/s a global counter would run minutes ahead of the wall clock.
   */
  stamp(prev) {
    return Math.max(this.wallNow(), prev + 1);
  }

  // --- bot rows ---------------------------------------------------------------

  row(accountId, platform) {
    const acc = this.accountById.get(accountId);
    const p = ROW_PLATFORMS.indexOf(platform);
    return acc && p >= 0 ? acc.rows[p] : undefined;
  }

  /**
   * Applies a change to a row. Returns true when something changed; then
   * updatedAt is bumped and the row published. Unchanged = no bump, no event.
   */
  changeRow(row, { connected = row.connected, enabled = row.enabled, hb = row.hb, suspended = row.suspended } = {}, { force = false } = {}) {
    if (!connected) suspended = false; // only a connection can be suspended
    if (!force && connected === row.connected && enabled === row.enabled && hb === row.hb && suspended === row.suspended) return false;
    const before = row.status;
    row.connected = connected;
    row.enabled = enabled;
    row.suspended = suspended;
    row.hb = connected ? hb : null; // no connection, no heartbeat
    if (row.status !== before) this.statusVersion++;
    row.updatedAt = this.stamp(row.updatedAt);
    this.touched.add(row.idx);
    this.dirty = true;
    this.pubsub.publish(TOPIC_BOT, row.snapshot());
    return true;
  }

  #botIndex(platform, status, search) {
    const fold = search ? foldText(search) : '';
    const key = `${platform ?? ''}|${status ?? ''}|${fold}`;
    let entry = this.botIndexCache.get(key);
    // Names and IDs never change, so only status filters can go stale.
    if (entry && (!status || entry.statusVersion === this.statusVersion)) return entry.indices;
    const p = platform ? ROW_PLATFORMS.indexOf(platform) : -1;
    this.counters.indexBuilds++;
    const out = [];
    for (const acc of this.accounts) {
      if (fold && !acc.search.includes(fold)) continue;
      for (let i = 0; i < acc.rows.length; i++) {
        if (p >= 0 && i !== p) continue;
        const row = acc.rows[i];
        if (!row) continue; // a skew account without a RUMBLE row
        if (status && row.status !== status) continue;
        out.push(row.idx);
      }
    }
    entry = { indices: Int32Array.from(out), statusVersion: this.statusVersion };
    this.botIndexCache.set(key, entry);
    return entry.indices;
  }

  /**
   * Keyset paging: the cursor is the global sort position of the last row
   * served, so pages stay consistent while rows change status underneath.
   * Returns null for a cursor that is not ours.
   */
  botPage({ platform = null, status = null, search = null } = {}, first, after) {
    if (this.skew) return this.#offsetPage({ platform, status, search }, first, after);
    const indices = this.#botIndex(platform, status, search);
    let start = 0;
    if (after) {
      const v = decodeCursor('r', after);
      const pos = v === undefined ? NaN : Number(v);
      if (!Number.isInteger(pos) || pos < -1) return null;
      start = upperBound(indices, pos);
    }
    const end = Math.min(indices.length, start + first);
    const nodes = new Array(end - start);
    for (let i = start; i < end; i++) nodes[i - start] = this.rows[indices[i]];
    return {
      nodes,
      totalCount: indices.length,
      pageInfo: { hasNextPage: end < indices.length, endCursor: end > start ? encodeCursor('r', indices[end - 1]) : (after ?? null) },
    };
  }

  /**
   * Skew mode: offset cursors (base64url of "o:<rows served so far>"), as
   * many real servers have. While the churn budget lasts, every page request
   * that carries a cursor first inserts and removes accounts around that
   * offset (see #churnAround), so a client that just concatenates pages sees
   * some rows twice and misses others. totalCount is the truth of the moment.
   */
  #offsetPage({ platform, status, search }, first, after) {
    let start = 0;
    if (after) {
      const v = decodeCursor('o', after);
      const pos = v === undefined || !/^\d+$/.test(v) ? NaN : Number(v);
      if (!Number.isSafeInteger(pos)) return null;
      start = pos;
      if (this.churn.remainingPages > 0) {
        const before = this.#botIndex(platform, status, search);
        const last = Math.min(start, before.length) - 1;
        this.churn.remainingPages--;
        this.#churnAround(last >= 0 ? this.rows[before[last]] : null, this.churn.steps++);
      }
    }
    const indices = this.#botIndex(platform, status, search);
    const end = Math.min(indices.length, start + first);
    const nodes = [];
    for (let i = start; i < end; i++) nodes.push(this.rows[indices[i]]);
    return {
      nodes,
      totalCount: indices.length,
      pageInfo: { hasNextPage: end < indices.length, endCursor: end > start ? encodeCursor('o', end) : (after ?? null) },
    };
  }

  /** Arms the churn budget: the next `pages` page requests with a cursor churn. Answers the knob. */
  setChurn({ insertPerPage = this.churn.insertPerPage, removePerPage = this.churn.removePerPage, pages = this.churn.pages } = {}) {
    Object.assign(this.churn, { insertPerPage, removePerPage, pages, remainingPages: pages, steps: 0 });
    return this.churnKnob();
  }

  churnKnob() {
    const { insertPerPage, removePerPage, pages, remainingPages } = this.churn;
    return { insertPerPage, removePerPage, pages, remainingPages };
  }

  /**
   * One churn step around `lastRow` (the last row the client holds; null:
   * none). Even steps insert before it and remove after it (the client gets
   * duplicates), odd steps remove before and insert after (it misses rows).
   * Removed accounts vanish without an event (the contract has none for it);
   * inserted rows are published like any new row. Accounts churn never
   * removes nor names anything after: acme_live, the awkward, upper-case,
   * RUMBLE and SUSPENDED ones, and any with a guild.
   */
  #churnAround(lastRow, step) {
    const skew = this.skew;
    const rng = skew.churnRng;
    const pivot = lastRow ? lastRow.account : null;
    const withGuild = new Set();
    for (const g of this.guilds.values()) withGuild.add(g.accountId);
    const free = (acc) => !skew.protectedIds.has(acc.id) && !withGuild.has(acc.id);
    const side = (beforePivot) => {
      const pi = pivot ? this.accounts.indexOf(pivot) : -1;
      // Keep a little distance from the pivot so "before" really is before.
      return beforePivot ? this.accounts.slice(0, Math.max(0, pi - 1)) : this.accounts.slice(pi + 1);
    };
    const pickFrom = (beforePivot) => {
      let list = side(beforePivot).filter(free);
      if (!list.length) list = this.accounts.filter((a) => free(a) && a !== pivot);
      return list.length ? list[Math.floor(rng() * list.length)] : null;
    };
    const insertBefore = step % 2 === 0;
    const inserted = [];
    for (let k = 0; k < this.churn.insertPerPage; k++) {
      const anchor = pickFrom(insertBefore);
      if (!anchor) break;
      const acc = churnAccount(skew, anchor, uuid4);
      acc.rows = new Array(ROW_PLATFORMS.length);
      const now = this.wallNow();
      const P = hash32(`${acc.id}:rumble`) % 8 === 0 ? ROW_PLATFORMS.length : PLATFORMS.length;
      for (let p = 0; p < P; p++) {
        const connected = rng() < 0.5;
        acc.rows[p] = new BotRow(acc, p, -1, connected, rng() >= 0.15, connected ? now : null, now);
      }
      const key = `${acc.lower}\u0000${acc.id}`;
      let lo = 0, hi = this.accounts.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (`${this.accounts[mid].lower}\u0000${this.accounts[mid].id}` < key) lo = mid + 1; else hi = mid; }
      this.accounts.splice(lo, 0, acc);
      this.accountById.set(acc.id, acc);
      skew.protectedIds.add(acc.id); // never removed again in the same load
      inserted.push(acc);
    }
    for (let k = 0; k < this.churn.removePerPage; k++) {
      const victim = pickFrom(!insertBefore);
      if (!victim) break;
      this.accounts.splice(this.accounts.indexOf(victim), 1);
      this.accountById.delete(victim.id);
      skew.churnRemoved++;
    }
    skew.churnInserted += inserted.length;
    this.#renumber();
    this.dirty = true;
    for (const acc of inserted) for (const row of acc.rows) if (row) this.pubsub.publish(TOPIC_BOT, row.snapshot());
  }

  // --- guilds ---------------------------------------------------------------

  #guildIndex(search) {
    const fold = search ? foldText(search) : '';
    const key = `${this.guildsVersion}|${fold}`;
    let list = this.guildIndexCache.get(key);
    if (list) return list;
    list = [];
    for (const g of this.guilds.values()) {
      if (fold) {
        const acc = this.accountById.get(g.accountId);
        const hay = `${foldText(g.name)}\u0000${g.guildId}\u0000${acc ? acc.search : ''}`;
        if (!hay.includes(fold)) continue;
      }
      list.push({ key: g.sortKey, guild: g });
    }
    list.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    this.guildIndexCache.set(key, list);
    return list;
  }

  guildPage(search, first, after) {
    const list = this.#guildIndex(search);
    let start = 0;
    if (after) {
      const k = decodeCursor('g', after);
      if (k === undefined || !k.includes('\u0000')) return null;
      let lo = 0, hi = list.length; // first entry with key > k
      while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid].key <= k) lo = mid + 1; else hi = mid; }
      start = lo;
    }
    const end = Math.min(list.length, start + first);
    const nodes = list.slice(start, end).map((e) => e.guild);
    return {
      nodes,
      totalCount: list.length,
      pageInfo: { hasNextPage: end < list.length, endCursor: end > start ? encodeCursor('g', list[end - 1].key) : (after ?? null) },
    };
  }

  guildsChanged() {
    this.guildsVersion++;
    this.guildIndexCache.clear();
    this.dirty = true;
  }

  publishGuild(kind, guild, guildId = guild?.guildId) {
    this.pubsub.publish(TOPIC_GUILD, { kind, guildId, guild: kind === 'DISCONNECTED' ? null : guild.snapshot() });
  }

  /**
   * Makes a feature mapping exactly `input`. Returns {feature, changed}.
   * Validation is the caller's job.
   */
  setFeature(guild, { feature, enabled, channelId = null, mentionRoleId = null }) {
    const features = guild.details.features;
    const cur = features.get(feature);
    if (cur && cur.enabled === enabled && cur.channelId === channelId && cur.mentionRoleId === mentionRoleId) {
      return { feature: cur, changed: false };
    }
    const next = { guildId: guild.guildId, feature, enabled, channelId, mentionRoleId,
      updatedAt: this.stamp(cur ? cur.updatedAt : 0) };
    features.set(feature, next);
    this.dirty = true;
    this.publishGuild('FEATURES_CHANGED', guild);
    return { feature: next, changed: true };
  }

  removeGuild(guild) {
    this.guilds.delete(guild.guildId);
    this.guildsChanged();
    this.publishGuild('DISCONNECTED', null, guild.guildId);
  }

  updateGuild(guild, { name, available, iconUrl }) {
    let changed = false;
    let renamed = false;
    if (name !== undefined && name !== guild.name) { guild.name = name; changed = true; renamed = true; }
    if (available !== undefined && available !== guild.available) { guild.available = available; changed = true; }
    if (iconUrl !== undefined && iconUrl !== guild.iconUrl) { guild.iconUrl = iconUrl; changed = true; }
    if (changed) {
      this.guildsChanged();
      // A newer server has a kind of its own for a new name.
      this.publishGuild(renamed && this.skew ? 'RENAMED' : 'UPDATED', guild);
    }
    return changed;
  }

  /** Starts the OAuth flow: remembers a nonce for the account, valid authorizationTtlMs (10 minutes by default). */
  authorize(account) {
    const state = crypto.randomBytes(16).toString('hex');
    const expiresAt = this.wallNow() + this.authorizationTtlMs;
    // Forget expired ones so the map cannot grow without bound.
    for (const [k, v] of this.pendingAuth) if (v.expiresAt < Date.now()) this.pendingAuth.delete(k);
    this.pendingAuth.set(state, { accountId: account.id, expiresAt });
    const url = `https://discord.com/oauth2/authorize?client_id=${DISCORD_CLIENT_ID}&scope=bot&state=${state}`;
    return { url, expiresAt, state };
  }

  /** What Discord's callback would do: a new guild mapped to the account, published as CONNECTED. */
  connectGuild(account, { name } = {}) {
    this.guildCounter++;
    const rng = mulberry32(hash32(`${this.seed}:guild:${this.guildCounter}`));
    const now = this.wallNow();
    let guildId;
    do guildId = snowflake(rng, now - int(rng, 0, 2 * 365 * 86400_000)); while (this.guilds.has(guildId));
    const guild = new Guild(this, {
      guildId, name: name ?? guildName(rng, account.name), iconUrl: null, accountId: account.id,
      connectedAt: now, available: true, detailSeed: Math.floor(rng() * 0xffffffff), fresh: true,
    });
    this.guilds.set(guildId, guild);
    this.guildsChanged();
    this.publishGuild('CONNECTED', guild);
    return guild;
  }

  // --- life -----------------------------------------------------------------

  /** Rows change by themselves at `rate` events per second (0 = quiet). */
  setEventsPerSecond(rate) {
    this.eventsPerSecond = Math.max(0, Number(rate) || 0);
    if (this.eventsPerSecond > 0 && !this.lifeTimer) {
      let last = performance.now();
      let owed = 0;
      // One batch every 20 ms: cheap timers, smooth enough for the UI.
      this.lifeTimer = setInterval(() => {
        const now = performance.now();
        owed = Math.min(owed + (this.eventsPerSecond * (now - last)) / 1000, this.eventsPerSecond);
        last = now;
        const n = Math.floor(owed);
        owed -= n;
        for (let i = 0; i < n; i++) this.#lifeEvent();
      }, 20);
    } else if (this.eventsPerSecond === 0 && this.lifeTimer) {
      clearInterval(this.lifeTimer);
      this.lifeTimer = null;
    }
  }

  #randomActiveRow() {
    for (let tries = 0; tries < 64; tries++) {
      const row = this.rows[Math.floor(this.lifeRng() * this.rows.length)];
      if (row.connected && row.enabled && !row.suspended) return row;
    }
    return null;
  }

  #lifeEvent() {
    const r = this.lifeRng();
    this.counters.lifeEvents++;
    if (r < 0.01) {
      // Connection lost: the bot dropped out of the channel.
      const row = this.#randomActiveRow();
      if (row && this.changeRow(row, { connected: false })) this.lost.push(row);
      return;
    }
    if (r < 0.02 && this.lost.length) {
      // Recovery of a row lost earlier (unless someone else reconnected it meanwhile).
      const k = Math.floor(this.lifeRng() * this.lost.length);
      const row = this.lost[k];
      this.lost[k] = this.lost[this.lost.length - 1];
      this.lost.pop();
      // (Skew churn may have removed its account meanwhile: then it stays gone.)
      if (!row.connected && this.accountById.get(row.account.id) === row.account) {
        this.changeRow(row, { connected: true, hb: this.wallNow() });
        return;
      }
    }
    const row = this.#randomActiveRow();
    if (row) this.changeRow(row, { hb: this.wallNow() }, { force: true });
  }

  // --- state ----------------------------------------------------------------

  /** Compact rows for row-by-row comparison: [accountId, platform, status, lastHeartbeatAt, updatedAt]. */
  stateRows() {
    const iso = (ms) => (ms === null ? null : new Date(ms).toISOString());
    return this.rows.map((r) => [r.account.id, ROW_PLATFORMS[r.p], r.status, iso(r.hb), iso(r.updatedAt)]);
  }

  toStateFile() {
    const rows = [];
    for (const idx of this.touched) {
      const r = this.rows[idx];
      rows.push([idx, r.connected ? 1 : 0, r.enabled ? 1 : 0, r.hb, r.updatedAt]);
    }
    return { version: STATE_VERSION, seed: this.seed, accounts: this.accountCount, startMs: this.startMs,
      lastWall: this.lastWall, savedAt: Date.now(), guildCounter: this.guildCounter, rows,
      guilds: [...this.guilds.values()].map((g) => g.toJSON()) };
  }

  /** Writes the state file atomically (temp file + rename) if anything changed. */
  save({ force = false } = {}) {
    if (!this.stateFile || (!this.dirty && !force)) return false;
    fs.mkdirSync(path.dirname(path.resolve(this.stateFile)), { recursive: true });
    const tmp = `${this.stateFile}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(this.toStateFile()));
    fs.renameSync(tmp, this.stateFile);
    this.dirty = false;
    return true;
  }

  startAutosave(everyMs = 3000) {
    if (!this.stateFile || this.saveTimer) return;
    this.saveTimer = setInterval(() => {
      try { this.save(); } catch (e) { this.log(`saving ${this.stateFile} failed: ${e.message}`); }
    }, everyMs);
    this.saveTimer.unref();
  }

  stop() {
    this.setEventsPerSecond(0);
    if (this.saveTimer) clearInterval(this.saveTimer);
    this.saveTimer = null;
  }
}

/** First position in the sorted Int32Array whose value is > v. */
function upperBound(arr, v) {
  let lo = 0, hi = arr.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (arr[mid] <= v) lo = mid + 1; else hi = mid; }
  return lo;
}
