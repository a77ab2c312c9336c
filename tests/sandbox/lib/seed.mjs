// Deterministic demo data: everything here is a pure function of the seed, so
// two sandboxes started with the same --seed and --accounts hold the same
// accounts, rows and guilds (only timestamps are relative to the start time).

import { iconPath, brokenIconPath } from './icons.mjs';

export const PLATFORMS = ['TWITCH', 'YOUTUBE', 'KICK', 'TROVO', 'DISCORD'];

// The six predefined feature keys of the seeds, in their documented order.
export const FEATURE_CATALOG = [
  { key: 'live_notification', description: 'Stream live alerts' },
  { key: 'event_feed', description: 'Follows, subs, donations' },
  { key: 'chat_mirror', description: 'Platform chat → Discord' },
  { key: 'announcement', description: 'Announcements' },
  { key: 'moderation_log', description: 'Ban/timeout logs' },
  { key: 'clip_feed', description: 'New clips' },
];
// A feature some guilds have that the catalog does not know (yet): the app
// must show and keep it rather than drop it.
export const UNKNOWN_FEATURE_KEY = 'stream_schedule';

export const DISCORD_CLIENT_ID = '1187455310102777856';

/** mulberry32: tiny, fast, good enough for demo data; returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 32-bit FNV-1a of a string, used to derive per-object seeds and stable picks. */
export function hash32(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export const int = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
export const pick = (rng, list) => list[Math.floor(rng() * list.length)];

const HEX = '0123456789abcdef';
/** A lowercase UUID v4 built from the PRNG. */
export function uuid4(rng) {
  let s = '';
  for (let i = 0; i < 32; i++) {
    let n = Math.floor(rng() * 16);
    if (i === 12) n = 4; // version
    if (i === 16) n = 8 | (n & 3); // variant 10xx
    s += HEX[n];
    if (i === 7 || i === 11 || i === 15 || i === 19) s += '-';
  }
  return s;
}

/** Lowercases and strips accents so "zoe" finds "Zoë_Streams" and "jose" finds "José Martín". */
export function foldText(s) {
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase(); // the common case, 20x cheaper
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const DISCORD_EPOCH = 1420070400000n;
const ID_REFERENCE_MS = Date.UTC(2026, 0, 1);
/**
 * A Discord snowflake for the given time: (ms since 2015) << 22 | 22 random
 * bits. For dates after 2016 this gives 18-19 digits, like real IDs.
 */
export function snowflake(rng, timeMs) {
  const low = BigInt(Math.floor(rng() * 0x400000));
  return ((BigInt(Math.floor(timeMs)) - DISCORD_EPOCH) << 22n | low).toString();
}

// --- streamer names -------------------------------------------------------

const ADJECTIVES = ['Night', 'Pixel', 'Lazy', 'Crimson', 'Silent', 'Lucky', 'Frosty', 'Cosmic', 'Retro',
  'Turbo', 'Sneaky', 'Golden', 'Shadow', 'Happy', 'Wild', 'Mighty', 'Sleepy', 'Neon', 'Iron', 'Salty',
  'Chill', 'Rapid', 'Tiny', 'Grumpy', 'Electric', 'Velvet', 'Atomic', 'Hidden', 'Brave', 'Spicy'];
const NOUNS = ['Owl', 'Fox', 'Panda', 'Wolf', 'Ninja', 'Knight', 'Dragon', 'Otter', 'Raven', 'Tiger',
  'Pirate', 'Wizard', 'Falcon', 'Badger', 'Comet', 'Golem', 'Kraken', 'Moose', 'Phoenix', 'Yeti',
  'Goblin', 'Llama', 'Samurai', 'Cactus', 'Penguin', 'Rocket', 'Viking', 'Koala', 'Bandit', 'Lynx'];
const SUFFIXES = ['Gaming', 'TV', 'Plays', 'Live', 'Streams', 'HD', 'GG', 'Official', 'Games', 'Clips'];
const FIRST = ['lena', 'max', 'sophie', 'jonas', 'mia', 'leo', 'emma', 'noah', 'lucas', 'hannah',
  'sam', 'alex', 'kai', 'nina', 'tom', 'ella', 'finn', 'lara', 'ben', 'ida', 'omar', 'yuki', 'ravi',
  'chen', 'ana', 'mateo', 'ines', 'pablo', 'sara', 'luca'];
const LAST = ['Müller', 'Schmidt', 'Dubois', 'García', 'Rossi', 'Novak', 'Kowalski', 'Johansson',
  'Smith', 'Nguyen', 'Tanaka', 'Silva', 'Jensen', 'Meyer', 'Fischer', 'Costa', 'Moreau', 'Ivanova'];
const WORDS = ['acme', 'blaze', 'pixel', 'frost', 'nova', 'echo', 'vortex', 'orbit', 'ember', 'glitch',
  'storm', 'lumen', 'quest', 'drift', 'zen', 'hyper', 'mango', 'byte', 'rogue', 'sonic'];
// Hand-picked names with accents and other non-ASCII letters, so accent-
// insensitive search and Unicode rendering get exercised with every seed.
const ACCENTED = ['Zoë_Streams', 'José Martín', 'Björn_plays', 'Chloé.live', 'Łukasz_Gaming',
  'Renée Dubois', 'Åsa_spelar', 'François.tv', 'Ünal_oyun', 'Søren_Streams', 'Mónica Peña',
  'Çağla_live', 'Noël_plays', 'Dvořák_Games', 'Jürgen.tv', 'Inés_Clips', 'Håkon_GG', 'Anaïs.plays'];

function capitalize(s) { return s[0].toUpperCase() + s.slice(1); }

function streamerName(rng) {
  switch (int(rng, 0, 9)) {
    case 0: case 1: return `${pick(rng, ADJECTIVES)}${pick(rng, NOUNS)}${pick(rng, SUFFIXES)}`;
    case 2: return `${pick(rng, FIRST)}.plays`;
    case 3: return `${pick(rng, WORDS)}_live`;
    case 4: return `${capitalize(pick(rng, FIRST))} ${pick(rng, LAST)}`;
    case 5: return `the${pick(rng, NOUNS)}${pick(rng, SUFFIXES)}`;
    case 6: return `${pick(rng, WORDS)}${pick(rng, WORDS)}${int(rng, 1, 99)}`;
    case 7: return `${capitalize(pick(rng, FIRST))}_${pick(rng, SUFFIXES)}`;
    case 8: return rng() < 0.5 ? pick(rng, ACCENTED) : `${pick(rng, ADJECTIVES).toLowerCase()}_${pick(rng, NOUNS).toLowerCase()}`;
    default: return `x${pick(rng, NOUNS)}${pick(rng, NOUNS)}x`;
  }
}

const GUILD_WORDS = ['Lounge', 'Hangout', 'Community', 'Crew', 'Den', 'Squad', 'Hideout', 'Club', 'Tavern',
  'HQ', 'Guild', 'Cafe', 'Arcade', 'Camp'];
export function guildName(rng, accountName) {
  const base = accountName.replace(/[._]/g, ' ').replace(/\s+(Gaming|TV|Plays|Live|Streams|plays|live|tv)$/i, '');
  switch (int(rng, 0, 3)) {
    case 0: return `${base}'s ${pick(rng, GUILD_WORDS)}`;
    case 1: return `${base} ${pick(rng, GUILD_WORDS)}`;
    case 2: return `The ${pick(rng, ADJECTIVES)} ${pick(rng, GUILD_WORDS)}`;
    default: return `${base} Community 🎮`;
  }
}

/**
 * Generates accounts and their per-platform connection state, in generation
 * order (the store sorts them). Per-row data lives in flat typed arrays
 * indexed gen * 5 + platform, so 500,000 rows cost no garbage at start-up.
 * Returns {accounts: [{id, name, lower, search, guildCount, gen, rows}], flags
 * (bit 0 connected, bit 1 enabled), hbAgoMs (NaN = none), updatedAgoMs}.
 */
export function generateAccounts(seed, count) {
  const rng = mulberry32(seed);
  const used = new Set(['acme_live']);
  const accounts = new Array(count);
  const n = count * PLATFORMS.length;
  const flags = new Uint8Array(n);
  const hbAgoMs = new Float64Array(n);
  const updatedAgoMs = new Float64Array(n);
  for (let i = 0; i < count; i++) {
    let name;
    if (i === 0) {
      name = 'acme_live';
    } else {
      name = streamerName(rng);
      if (used.has(name)) {
        // Real handles are unique; add a number like people do.
        let k = int(rng, 2, 99);
        while (used.has(`${name}${k}`)) k = int(rng, 2, 99999);
        name = `${name}${k}`;
      }
      used.add(name);
    }
    const id = uuid4(rng);
    // How "connected" an account is: some use every platform, many only one or two.
    const share = pick(rng, [0.15, 0.35, 0.55, 0.8]);
    for (let p = 0; p < PLATFORMS.length; p++) {
      const r = i * PLATFORMS.length + p;
      const connected = rng() < share;
      const enabled = rng() >= 0.15; // ~15% of connections paused
      flags[r] = (connected ? 1 : 0) | (enabled ? 2 : 0);
      // Fresh heartbeats within the last minutes, a few stale ones (> 2 min).
      hbAgoMs[r] = !connected ? NaN : rng() < 0.06 ? int(rng, 3 * 60_000, 3 * 3600_000) : int(rng, 1_000, 100_000);
      updatedAgoMs[r] = int(rng, 100_000, 30 * 86400_000);
    }
    if (i === 0) {
      // Tests rely on acme_live having an ACTIVE Twitch bot with a fresh heartbeat.
      flags[0] = 3;
      hbAgoMs[0] = 5_000;
      updatedAgoMs[0] = 3600_000;
    }
    const guildCount = rng() < 0.3 ? (rng() < 0.12 ? 2 : 1) : 0;
    const lower = name.toLowerCase();
    // One object shape for all accounts (no properties added later): V8 keeps them compact.
    accounts[i] = { id, name, lower, search: `${foldText(name)}\u0000${id}`, guildCount, gen: i, rows: null };
  }
  return { accounts, flags, hbAgoMs, updatedAgoMs };
}

function iconUrlFor(guildId, hash, state) {
  const broken = state.first || hash[0] === '0';
  state.first = false;
  return broken ? brokenIconPath(guildId) : iconPath(guildId);
}

/**
 * The guilds' top-level data (cheap; channels/roles/features are generated
 * lazily from `detailSeed`, see generateGuildDetails).
 */
export function generateGuilds(seed, accounts, nowMs) {
  const rng = mulberry32(seed ^ 0x9e3779b9);
  const guilds = [];
  const ids = new Set();
  const iconState = { first: true };
  for (const acc of accounts) {
    for (let k = 0; k < acc.guildCount; k++) {
      const connectedAgo = int(rng, 3600_000, 3 * 365 * 86400_000);
      const connectedAt = nowMs - connectedAgo;
      // Guild creation precedes the connection by up to a few years. IDs use a
      // fixed reference time, not the start time, so they depend on the seed only.
      let guildId;
      do guildId = snowflake(rng, ID_REFERENCE_MS - connectedAgo - int(rng, 0, 4 * 365 * 86400_000)); while (ids.has(guildId));
      ids.add(guildId);
      guilds.push({
        guildId,
        name: guildName(rng, acc.name),
        // Served by the sandbox itself (GET /icons/<id>.png; the resolver adds
        // the origin), never Discord's CDN. The hash draw is kept so the
        // rest of the data stays what it was; its first digit (and the very
        // first icon) picks the few icons whose URL is gone (404).
        iconUrl: rng() < 0.7 ? iconUrlFor(guildId, uuid4(rng), iconState) : null,
        accountId: acc.id,
        connectedAt,
        available: rng() >= 0.05,
        detailSeed: Math.floor(rng() * 0xffffffff),
      });
    }
  }
  return guilds;
}

const CATEGORY_NAMES = ['Information', 'Community', 'Stream', 'Gaming', 'Voice', 'Staff', 'Off-topic'];
const TEXT_NAMES = ['general', 'welcome', 'rules', 'announcements', 'live-now', 'clips', 'memes', 'chat',
  'mod-log', 'bot-commands', 'schedule', 'fan-art', 'suggestions', 'events', 'highlights', 'music'];
const VOICE_NAMES = ['Lounge', 'Gaming 1', 'Gaming 2', 'Stream Room', 'AFK', 'Podcast'];
const ROLE_NAMES = ['Moderator', 'Subscriber', 'VIP', 'Live Alerts', 'Member', 'Admin', 'Follower',
  'Clip Fan', 'Event Ping', 'Booster', 'Artist', 'Regular'];

/**
 * Channels, roles and feature mappings of a guild. Deterministic from the
 * guild's detailSeed; `fresh` guilds (just connected) have no mappings yet.
 */
export function generateGuildDetails(guild, nowMs, { fresh = false } = {}) {
  const rng = mulberry32(guild.detailSeed);
  let t = Number((BigInt(guild.guildId) >> 22n) + DISCORD_EPOCH);
  const nextId = () => { t += int(rng, 1000, 5_000_000); return snowflake(rng, t); };

  const channels = [];
  // A few uncategorised channels at the top, then categories with children,
  // each group with its own 0-based positions, as Discord orders them.
  const topCount = int(rng, 0, 2);
  for (let p = 0; p < topCount; p++) {
    channels.push({ id: nextId(), name: pick(rng, TEXT_NAMES), type: 'TEXT', parentId: null, position: p, botCanPost: true });
  }
  const categories = int(rng, 2, 4);
  const forumAt = int(rng, 0, categories - 1);
  for (let c = 0; c < categories; c++) {
    const cat = { id: nextId(), name: CATEGORY_NAMES[(c + int(rng, 0, 6)) % CATEGORY_NAMES.length].toUpperCase(),
      type: 'CATEGORY', parentId: null, position: c, botCanPost: false };
    channels.push(cat);
    const children = int(rng, 2, 6);
    for (let p = 0; p < children; p++) {
      const r = rng();
      let type = r < 0.6 ? 'TEXT' : r < 0.75 ? 'ANNOUNCEMENT' : 'VOICE';
      if (c === forumAt && p === 0) type = 'FORUM';
      if (c === categories - 1 && p === children - 1 && rng() < 0.3) type = 'STAGE';
      const name = type === 'VOICE' || type === 'STAGE' ? pick(rng, VOICE_NAMES)
        : type === 'FORUM' ? 'help-forum' : pick(rng, TEXT_NAMES);
      const postable = type === 'TEXT' || type === 'ANNOUNCEMENT';
      channels.push({ id: nextId(), name, type, parentId: cat.id, position: p,
        botCanPost: postable ? rng() >= 0.15 : false });
    }
  }
  // Make sure every guild has at least one postable TEXT channel.
  if (!channels.some((ch) => ch.type === 'TEXT' && ch.botCanPost)) {
    channels.push({ id: nextId(), name: 'general', type: 'TEXT', parentId: null, position: topCount, botCanPost: true });
  }

  // @everyone has the guild's own ID and position 0, as on Discord.
  const roles = [{ id: guild.guildId, name: '@everyone', color: 0, position: 0, mentionable: false }];
  const roleCount = int(rng, 2, 8);
  for (let p = 1; p <= roleCount; p++) {
    roles.push({ id: nextId(), name: pick(rng, ROLE_NAMES), color: rng() < 0.2 ? 0 : Math.floor(rng() * 0xffffff),
      position: p, mentionable: rng() < 0.6 });
  }

  const features = new Map();
  if (!fresh) {
    const postable = channels.filter((ch) => ch.type === 'TEXT' || ch.type === 'ANNOUNCEMENT');
    const keys = FEATURE_CATALOG.map((f) => f.key);
    if (rng() < 0.2) keys.push(UNKNOWN_FEATURE_KEY);
    for (const key of keys) {
      if (key !== UNKNOWN_FEATURE_KEY && rng() < 0.45) continue; // not mapped at all
      const enabled = rng() < 0.8;
      let channelId = pick(rng, postable).id;
      // A few mappings point at a channel that was deleted on Discord since:
      // the app must flag it, not silently keep it.
      if (rng() < 0.04) channelId = nextId();
      const mentionRoleId = rng() < 0.3 ? pick(rng, roles.slice(1)).id : null;
      features.set(key, { guildId: guild.guildId, feature: key, enabled,
        channelId: enabled || rng() < 0.5 ? channelId : null, mentionRoleId,
        updatedAt: nowMs - int(rng, 60_000, 90 * 86400_000) });
    }
  }
  return { channels, roles, features };
}
