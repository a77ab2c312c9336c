// The executable schema: api/schema/botcontrol.graphql (the contract, read at
// start-up, never copied) plus resolvers, auth and permission checks.
//
// Permissions are read from the schema itself: a root field whose description
// starts with "perm:name" (e.g. "bot-control:read. first <= 5000.") needs that
// permission, and every root field except `viewer` also needs admin:access.
// So the sandbox enforces exactly what the contract says.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { FEATURE_CATALOG, PLATFORMS } from './seed.mjs';
import { TOPIC_BOT, TOPIC_GUILD } from './store.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SCHEMA_PATH = path.resolve(here, '../../../api/schema/botcontrol.graphql');
export const OPERATIONS_DIR = path.resolve(here, '../../../api/operations');

export const ALL_PERMISSIONS = ['admin:access', 'bot-control:read', 'bot-control:edit', 'discord-guilds:read',
  'discord-guilds:delete', 'bot-connections:read', 'bot-connections:create', 'bot-connections:delete'];

const READONLY = ['admin:access', 'bot-control:read', 'discord-guilds:read', 'bot-connections:read'];

/** The seeded users. Tokens are demo strings, not secrets. */
export const USERS = {
  admin: { token: 'sandbox-admin-token', id: 'user-admin', displayName: 'Ada Admin', isSystemAdmin: true, permissions: ALL_PERMISSIONS },
  readonly: { token: 'sandbox-readonly-token', id: 'user-readonly', displayName: 'Rhea Readonly', isSystemAdmin: false, permissions: READONLY },
  operator: { token: 'sandbox-operator-token', id: 'user-operator', displayName: 'Otto Operator', isSystemAdmin: false,
    permissions: [...READONLY, 'bot-control:edit', 'bot-connections:create'] },
  noaccess: { token: 'sandbox-noaccess-token', id: 'user-noaccess', displayName: 'Nora Noaccess', isSystemAdmin: false,
    permissions: ['bot-control:read'] },
};

export const MAX_PAGE = 5000;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SNOWFLAKE_RE = /^[0-9]{17,20}$/;
const FEATURE_RE = /^[a-z][a-z0-9_]{0,63}$/;

export function gqlError(code, message, extra = {}) {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

function hasPermission(user, perm) {
  return user.isSystemAdmin || user.permissions.includes(perm);
}

/** Throws UNAUTHENTICATED / FORBIDDEN unless the context's user may use the field. */
function authorize(ctx, fieldName, required) {
  const user = ctx.user;
  if (!user || ctx.isRevoked?.()) throw gqlError('UNAUTHENTICATED', 'Sign in again: the token is missing, unknown or revoked.');
  if (fieldName === 'viewer') return;
  for (const perm of required) {
    if (!hasPermission(user, perm)) throw gqlError('FORBIDDEN', `${fieldName} needs the ${perm} permission.`, { permission: perm });
  }
}

function uuid(value, name) {
  if (typeof value !== 'string' || !UUID_RE.test(value)) throw gqlError('BAD_USER_INPUT', `${name} must be a UUID.`, { argument: name });
  return value.toLowerCase();
}

function snowflake(value, name) {
  if (typeof value !== 'string' || !SNOWFLAKE_RE.test(value)) {
    throw gqlError('BAD_USER_INPUT', `${name} must be a Discord snowflake (17-20 digits).`, { argument: name });
  }
  // 20 digits may still exceed 64 bits.
  if (BigInt(value) > 0xffffffffffffffffn) throw gqlError('BAD_USER_INPUT', `${name} is out of range.`, { argument: name });
  return value;
}

function pageSize(first) {
  if (first === null || first === undefined) return 500;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) {
    throw gqlError('BAD_USER_INPUT', `first must be between 0 and ${MAX_PAGE}.`, { argument: 'first' });
  }
  return first;
}

const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  description: 'RFC 3339 date-time in UTC with milliseconds.',
  serialize(value) {
    const ms = typeof value === 'number' ? value : value instanceof Date ? value.getTime() : Date.parse(value);
    if (!Number.isFinite(ms)) throw new TypeError(`not a date-time: ${value}`);
    return new Date(ms).toISOString();
  },
  parseValue(value) {
    const ms = typeof value === 'string' ? Date.parse(value) : NaN;
    if (!Number.isFinite(ms)) throw new TypeError('DateTime must be an RFC 3339 string');
    return ms;
  },
  parseLiteral(ast) {
    const ms = ast.kind === Kind.STRING ? Date.parse(ast.value) : NaN;
    if (!Number.isFinite(ms)) throw new TypeError('DateTime must be an RFC 3339 string');
    return ms;
  },
});

/** Builds the executable schema bound to a store. */
export function createSchema(store) {
  const schema = buildSchema(fs.readFileSync(SCHEMA_PATH, 'utf8'));
  Object.assign(schema.getType('DateTime'), {
    serialize: DateTime.serialize, parseValue: DateTime.parseValue, parseLiteral: DateTime.parseLiteral,
  });

  const guildOf = (guildId, name = 'guildId') => {
    const guild = store.guilds.get(snowflake(guildId, name));
    if (!guild) throw gqlError('NOT_FOUND', `No Discord guild ${guildId} is connected.`);
    return guild;
  };
  const connectedRow = (args) => {
    const accountId = uuid(args.accountId, 'accountId');
    const row = store.row(accountId, args.platform);
    if (!row) throw gqlError('NOT_FOUND', `No account ${accountId}.`);
    if (!row.connected) {
      throw gqlError('NO_CONNECTION', `${row.accountName} has no ${row.platform} bot connection: there is nothing to pause or resume.`);
    }
    return row;
  };

  const query = {
    viewer: (_, __, ctx) => ({ ...ctx.user }),
    adminBotStatuses: (_, { filter, first, after }) => {
      const page = store.botPage(filter ?? {}, pageSize(first), after);
      if (!page) throw gqlError('BAD_USER_INPUT', 'after is not a cursor of this list.', { argument: 'after' });
      return page;
    },
    adminDiscordGuilds: (_, { search, first, after }) => {
      const page = store.guildPage(search, pageSize(first), after);
      if (!page) throw gqlError('BAD_USER_INPUT', 'after is not a cursor of this list.', { argument: 'after' });
      return page;
    },
    discordFeatureCatalog: () => FEATURE_CATALOG,
    discordGuildChannels: (_, { guildId }) => guildOf(guildId).details.channels,
    discordGuildRoles: (_, { guildId }) => guildOf(guildId).details.roles,
    discordGuildFeatures: (_, { guildId }) => [...guildOf(guildId).details.features.values()],
  };

  const mutation = {
    adminToggleBotForAccount: (_, args) => {
      const row = connectedRow(args);
      if (store.changeRow(row, { enabled: args.enabled })) store.counters.mutations++;
      return row;
    },
    adminRejoinBot: (_, args) => {
      const row = connectedRow(args);
      // The worker rejoins at once and reports a heartbeat.
      store.changeRow(row, { hb: store.wallNow() }, { force: true });
      store.counters.mutations++;
      return true;
    },
    authorizeDiscordGuild: (_, { accountId }) => {
      const account = store.accountById.get(uuid(accountId, 'accountId'));
      if (!account) throw gqlError('NOT_FOUND', `No account ${accountId}.`);
      const { url, expiresAt } = store.authorize(account);
      return { url, expiresAt };
    },
    setDiscordGuildFeature: (_, { input }) => {
      const guild = guildOf(input.guildId, 'input.guildId');
      if (!FEATURE_RE.test(input.feature)) {
        throw gqlError('BAD_USER_INPUT', 'input.feature must match ^[a-z][a-z0-9_]{0,63}$.', { argument: 'input.feature' });
      }
      const channelId = input.channelId ?? null;
      const mentionRoleId = input.mentionRoleId ?? null;
      if (channelId !== null) {
        snowflake(channelId, 'input.channelId');
        const channel = guild.details.channels.find((c) => c.id === channelId);
        if (!channel) throw gqlError('BAD_USER_INPUT', `Channel ${channelId} does not exist in this guild.`, { argument: 'input.channelId' });
        if (channel.type !== 'TEXT' && channel.type !== 'ANNOUNCEMENT') {
          throw gqlError('BAD_USER_INPUT', `#${channel.name} is a ${channel.type} channel; features post to TEXT or ANNOUNCEMENT channels.`, { argument: 'input.channelId' });
        }
      }
      if (input.enabled && channelId === null) {
        throw gqlError('BAD_USER_INPUT', 'An enabled feature needs a channelId.', { argument: 'input.channelId' });
      }
      if (mentionRoleId !== null) {
        snowflake(mentionRoleId, 'input.mentionRoleId');
        if (!guild.details.roles.some((r) => r.id === mentionRoleId)) {
          throw gqlError('BAD_USER_INPUT', `Role ${mentionRoleId} does not exist in this guild.`, { argument: 'input.mentionRoleId' });
        }
      }
      const { feature, changed } = store.setFeature(guild, { feature: input.feature, enabled: input.enabled, channelId, mentionRoleId });
      if (changed) store.counters.mutations++;
      return feature;
    },
    disconnectDiscordGuild: (_, { guildId }) => {
      store.removeGuild(guildOf(guildId));
      store.counters.mutations++;
      return true;
    },
  };

  const subscription = {
    botStatusChanged: {
      subscribe: (_, { platform }, ctx) =>
        store.pubsub.subscribe(TOPIC_BOT, platform ? (e) => e.platform === platform : null, ctx.onOverflow),
      resolve: (event) => event,
    },
    discordGuildChanged: {
      subscribe: (_, __, ctx) => store.pubsub.subscribe(TOPIC_GUILD, null, ctx.onOverflow),
      resolve: (event) => event,
    },
  };

  // Wire resolvers and the permission check the field's description names.
  const roots = [[schema.getQueryType(), query], [schema.getMutationType(), mutation], [schema.getSubscriptionType(), subscription]];
  for (const [type, impl] of roots) {
    for (const field of Object.values(type.getFields())) {
      const fn = impl[field.name];
      if (!fn) throw new Error(`sandbox has no resolver for ${type.name}.${field.name}`);
      const required = permissionsOf(field);
      field.permissions = required;
      if (typeof fn === 'function') {
        field.resolve = (src, args, ctx, info) => { authorize(ctx, field.name, required); return fn(src, args, ctx, info); };
      } else {
        field.subscribe = (src, args, ctx, info) => { authorize(ctx, field.name, required); return fn.subscribe(src, args, ctx, info); };
        field.resolve = fn.resolve;
      }
    }
  }
  // Icons are stored as paths (/icons/<id>.png) the sandbox serves itself;
  // the URL gets the origin it listens on (store.publicOrigin, set once
  // listening), for queries and subscription events alike.
  schema.getType('DiscordGuild').getFields().iconUrl.resolve = (guild) => {
    const url = guild.iconUrl ?? null;
    return url && url.startsWith('/') && store.publicOrigin ? store.publicOrigin + url : url;
  };
  return schema;
}

/** The permissions a root field needs: admin:access plus the one its description starts with. */
export function permissionsOf(field) {
  if (field.name === 'viewer') return [];
  const m = /^([a-z-]+:[a-z-]+)/.exec(field.description ?? '');
  return m ? ['admin:access', m[1]] : ['admin:access'];
}

// --- newer-schema simulation --------------------------------------------------

function stableHash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * Rewrites an execution result as a newer server would answer: about one bot
 * row in eight shows platform RUMBLE, one TEXT/FORUM channel in five type
 * MEDIA, one guild event in ten... kind stays. Works in place on plain JSON.
 */
export function applyNewerEnumValues(value) {
  if (Array.isArray(value)) { for (const v of value) applyNewerEnumValues(v); return value; }
  if (value === null || typeof value !== 'object') return value;
  if (typeof value.platform === 'string' && PLATFORMS.includes(value.platform) && typeof value.accountId === 'string') {
    if (stableHash(value.accountId + value.platform) % 8 === 0) value.platform = 'RUMBLE';
  }
  if (typeof value.type === 'string' && 'botCanPost' in value && typeof value.id === 'string'
      && (value.type === 'TEXT' || value.type === 'FORUM') && stableHash(value.id) % 5 === 0) {
    value.type = 'MEDIA';
  }
  for (const k in value) {
    const v = value[k];
    if (v !== null && typeof v === 'object') applyNewerEnumValues(v);
  }
  return value;
}

export { UUID_RE, SNOWFLAKE_RE, FEATURE_RE };
