// The sandbox server: GraphQL over HTTP (POST /graphql), graphql-transport-ws
// on the same path, and the loopback-only control endpoint (/control/<verb>)
// with the fault knobs. server.mjs is the CLI around startSandbox().

import http from 'node:http';
import zlib from 'node:zlib';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/lib/use/ws';
import { parse, validate, execute, getOperationAST, GraphQLError, Kind, NoSchemaIntrospectionCustomRule } from 'graphql';
import { Store } from './store.mjs';
import { createSchema, USERS, gqlError, applyNewerEnumValues, unsupportedOperationErrors } from './graphql.mjs';
import { AWKWARD_NAMES } from './skew.mjs';
import { ICON_ROUTE, createIconCache } from './icons.mjs';

const MAX_BODY = 1 << 20;
const GRAPHQL_RESPONSE = 'application/graphql-response+json';
// LOST_ANSWER is the awkward legal one: the operation runs (a mutation takes
// effect) and then the connection is reset instead of the answer, as when a
// server or a proxy goes down between doing the work and replying.
const FAULT_KINDS = new Set(['HTTP_500', 'HTTP_502', 'HTTP_503', 'RATE_LIMITED', 'INTERNAL_SERVER_ERROR', 'TIMEOUT', 'LOST_ANSWER']);
export const MODES = ['default', 'legacy', 'skew'];
// Skew knobs and their defaults whenever skew is switched on (see README).
export const SKEW_DEFAULTS = Object.freeze({
  pagingChurn: Object.freeze({ insertPerPage: 1, removePerPage: 1, pages: 3 }),
  successStatus: Object.freeze({ status: 203, every: 3 }),
});
const SUCCESS_STATUSES = [200, 201, 202, 203];
// Who may introspect (__schema, __type): 'authenticated' (any valid token,
// like every other field: the default), 'public' (documents whose root fields
// are all introspection fields are answered without a token) or 'disabled'
// (graphql-js's NoSchemaIntrospectionCustomRule: GRAPHQL_VALIDATION_FAILED, as
// production servers that switch introspection off answer).
export const INTROSPECTION_MODES = ['authenticated', 'public', 'disabled'];

/** Control-endpoint errors: HTTP status plus a message. */
class ControlError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

function isLoopback(addr) {
  return addr === '::1' || /^(::ffff:)?127\./.test(addr ?? '');
}

function bearer(header) {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return m ? m[1] : null;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > MAX_BODY) { reject(new ControlError(413, 'request body too large')); req.destroy(); return; }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Names of the root fields an operation selects (aliases resolved, inline fragments followed). */
function rootFields(document, operation) {
  const names = new Set();
  const fragments = Object.fromEntries(document.definitions
    .filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const walk = (sel, seen) => {
    for (const s of sel.selections) {
      if (s.kind === Kind.FIELD) names.add(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet, seen);
      else if (s.kind === Kind.FRAGMENT_SPREAD && !seen.has(s.name.value) && fragments[s.name.value]) {
        seen.add(s.name.value);
        walk(fragments[s.name.value].selectionSet, seen);
      }
    }
  };
  walk(operation.selectionSet, new Set());
  return [...names];
}

/**
 * Errors with a code (ours) pass as they are. Errors without a path come from
 * request processing (e.g. variable coercion): the caller's input. Anything
 * else thrown during execution is a sandbox bug: masked and logged.
 */
function formatError(error, log) {
  if (error instanceof GraphQLError && error.extensions?.code) return error.toJSON();
  if (error instanceof GraphQLError && !error.path) {
    return { ...error.toJSON(), extensions: { ...error.extensions, code: 'BAD_USER_INPUT' } };
  }
  log(`internal error: ${error.originalError?.stack ?? error.stack}`);
  return { message: 'Internal server error.', locations: error.locations, path: error.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/**
 * Starts a sandbox. Options mirror the CLI: host, port, seed, accounts,
 * eventsPerSecond, latencyMs, dropWsEvery, stateFile, faults (as for
 * /control/faults), mode ('default', 'legacy' or 'skew'), log (stderr by default).
 * Resolves to { url, ws, control, port, tokens, mode, store, close() }.
 */
export async function startSandbox(opts = {}) {
  const log = opts.log ?? ((m) => process.stderr.write(`[sandbox] ${m}\n`));
  const host = opts.host ?? '127.0.0.1';
  const mode = opts.mode ?? 'default';
  if (!MODES.includes(mode)) throw new Error(`mode must be one of ${MODES.join(', ')}`);
  if (mode === 'skew' && opts.stateFile) throw new Error('--state-file is not supported with --skew');

  // A "world" is a store and the schema served over it. default and legacy
  // share the same kind of data (legacy only serves less of it); skew is a
  // newer server with data of its own. The skew knob switches between the
  // default world and the skew world (each made when first needed, each
  // keeping its state), like a deployment of another server version.
  const worlds = new Map();
  let store; // the active world's; every handler below reads these two
  let schema;
  let world;
  function makeWorld(kind) {
    const w = { kind };
    w.store = new Store({ seed: opts.seed ?? 42, accounts: opts.accounts ?? 250, stateFile: kind === 'skew' ? null : opts.stateFile ?? null,
      log, skew: kind === 'skew' });
    w.schema = createSchema(w.store, { variant: kind === 'legacy' ? 'legacy' : kind === 'skew' ? 'newer' : 'contract' });
    w.docCache = new Map(); // query text -> {document} | {errors} (per schema)
    if (kind === 'skew') resetSkewKnobs(w);
    worlds.set(kind, w);
    return w;
  }
  function resetSkewKnobs(w) {
    w.store.setChurn(SKEW_DEFAULTS.pagingChurn);
    w.successStatus = { ...SKEW_DEFAULTS.successStatus };
    w.successCount = 0;
  }
  function activate(w) {
    world = w;
    store = w.store;
    schema = w.schema;
  }
  activate(makeWorld(mode));
  const tokens = new Map(Object.values(USERS).map((u) => [u.token, u]));
  const revoked = new Set();
  // mutationRequests: every HTTP request whose operation is a mutation, counted
  // on arrival (before faults and auth): what a client sent, changed or not.
  const counters = { requests: 0, controlRequests: 0, wsConnectionsTotal: 0, wsDropped: 0, restarts: 0, faultsInjected: 0, mutationRequests: 0, answersLost: 0, introspectionRequests: 0, anonymousIntrospections: 0 };
  const DEFAULT_FAULTS = { latencyMs: 0, failures: {}, dropWebSocketsEverySeconds: 0, newerEnumValues: false, authorizationTtlSeconds: 600, introspection: 'authenticated' };
  const faults = { ...DEFAULT_FAULTS };
  let dropTimer = null;
  const httpSockets = new Set();
  let port = opts.port ?? 0;
  let listening = false;
  let closed = false; // close() was called: a pending restart must not listen again

  const userFor = (token) => (token && !revoked.has(token) ? tokens.get(token) ?? null : null);
  // Account IDs from control bodies: the exact ID, else its lower-case form
  // (the default data is all lower case; skew IDs are case-sensitive).
  const accountKey = (id) => { const s = String(id ?? ''); return store.accountById.has(s) ? s : s.toLowerCase(); };

  /** Switches between the default and the skew world (a redeploy: every WebSocket is cut). */
  function switchWorld(kind) {
    if (world.kind === kind) return;
    let next = worlds.get(kind);
    if (next) { if (kind === 'skew') resetSkewKnobs(next); } else next = makeWorld(kind); // skew knobs start at their defaults
    const rate = store.eventsPerSecond;
    store.setEventsPerSecond(0);
    next.store.publicOrigin = store.publicOrigin;
    next.store.authorizationTtlMs = store.authorizationTtlMs;
    activate(next);
    store.setEventsPerSecond(rate);
    store.startAutosave();
    for (const ws of wss.clients) ws.terminate();
    log(`now serving the ${kind} world`);
  }

  /** The knobs as answered: the skew ones only while skew is on. */
  function faultsJson() {
    if (world.kind !== 'skew') return { ...faults };
    return { ...faults, skew: true, pagingChurn: store.churnKnob(), successStatus: { ...world.successStatus } };
  }

  // --- fault knobs -------------------------------------------------------------
  /** Validates every given knob first, then applies them all (or none). */
  function setFaults(body) {
    const next = { ...faults };
    if (body.latencyMs !== undefined) {
      next.latencyMs = Number(body.latencyMs);
      if (!(next.latencyMs >= 0)) throw new ControlError(400, 'latencyMs must be >= 0');
    }
    if (body.failures !== undefined) {
      if (body.failures === null || typeof body.failures !== 'object') throw new ControlError(400, 'failures must be an object');
      next.failures = {};
      for (const [field, f] of Object.entries(body.failures)) {
        const rate = Number(f?.rate ?? 1);
        if (!(rate >= 0 && rate <= 1)) throw new ControlError(400, `failures.${field}.rate must be within 0..1`);
        if (!FAULT_KINDS.has(f?.kind)) throw new ControlError(400, `failures.${field}.kind must be one of ${[...FAULT_KINDS].join(', ')}`);
        const retryAfterSeconds = Number(f.retryAfterSeconds ?? 1);
        if (!(retryAfterSeconds >= 0)) throw new ControlError(400, `failures.${field}.retryAfterSeconds must be >= 0`);
        next.failures[field] = { rate, kind: f.kind, retryAfterSeconds };
      }
    }
    if (body.dropWebSocketsEverySeconds !== undefined) {
      next.dropWebSocketsEverySeconds = Number(body.dropWebSocketsEverySeconds);
      if (!(next.dropWebSocketsEverySeconds >= 0)) throw new ControlError(400, 'dropWebSocketsEverySeconds must be >= 0');
    }
    if (body.newerEnumValues !== undefined) next.newerEnumValues = !!body.newerEnumValues;
    if (body.introspection !== undefined) {
      if (!INTROSPECTION_MODES.includes(body.introspection)) throw new ControlError(400, `introspection must be one of ${INTROSPECTION_MODES.join(', ')}`);
      next.introspection = body.introspection;
    }
    if (body.authorizationTtlSeconds !== undefined) {
      next.authorizationTtlSeconds = Number(body.authorizationTtlSeconds);
      if (!(next.authorizationTtlSeconds > 0)) throw new ControlError(400, 'authorizationTtlSeconds must be > 0');
    }
    // Skew knobs.
    let skewOn = world.kind === 'skew';
    if (body.skew !== undefined) {
      if (typeof body.skew !== 'boolean') throw new ControlError(400, 'skew must be true or false');
      if (body.skew && mode === 'legacy') throw new ControlError(400, 'a --legacy sandbox cannot serve the newer (skew) schema');
      skewOn = body.skew && mode !== 'legacy';
    }
    let churn;
    if (body.pagingChurn !== undefined) {
      if (!skewOn) throw new ControlError(400, 'pagingChurn needs skew mode (--skew or {"skew": true})');
      churn = validChurn(body.pagingChurn, 'pagingChurn');
    }
    let successStatus;
    if (body.successStatus !== undefined) {
      if (!skewOn) throw new ControlError(400, 'successStatus needs skew mode (--skew or {"skew": true})');
      const b = body.successStatus;
      if (b === null || typeof b !== 'object') throw new ControlError(400, 'successStatus must be an object {status, every}');
      successStatus = { status: Number(b.status ?? 203), every: Number(b.every ?? 3) };
      if (!SUCCESS_STATUSES.includes(successStatus.status)) throw new ControlError(400, `successStatus.status must be one of ${SUCCESS_STATUSES.join(', ')}`);
      if (!Number.isInteger(successStatus.every) || successStatus.every < 0) throw new ControlError(400, 'successStatus.every must be an integer >= 0');
    }

    if (next.dropWebSocketsEverySeconds !== faults.dropWebSocketsEverySeconds) {
      if (dropTimer) clearInterval(dropTimer);
      dropTimer = next.dropWebSocketsEverySeconds > 0 ? setInterval(dropWebSockets, next.dropWebSocketsEverySeconds * 1000) : null;
    }
    Object.assign(faults, next);
    if (body.skew !== undefined && mode !== 'legacy') switchWorld(skewOn ? 'skew' : 'default');
    if (churn) store.setChurn(churn);
    if (successStatus) { world.successStatus = successStatus; world.successCount = 0; }
    store.authorizationTtlMs = faults.authorizationTtlSeconds * 1000;
    return faultsJson();
  }

  function validChurn(b, name) {
    if (b === null || typeof b !== 'object') throw new ControlError(400, `${name} must be an object {insertPerPage, removePerPage, pages}`);
    const out = {};
    for (const k of ['insertPerPage', 'removePerPage', 'pages']) {
      if (b[k] === undefined) continue;
      const n = Number(b[k]);
      if (!Number.isInteger(n) || n < 0 || n > 1000) throw new ControlError(400, `${name}.${k} must be an integer 0..1000`);
      out[k] = n;
    }
    return out;
  }

  /** The failure to inject for a request, if any: the first configured root field, else '*', fires with its rate. */
  function pickFailure(fields) {
    const name = [...fields, '*'].find((f) => Object.hasOwn(faults.failures, f));
    const failure = name && faults.failures[name];
    return failure && Math.random() < failure.rate ? failure : null;
  }

  // --- HTTP ------------------------------------------------------------------
  function send(req, res, status, body, headers = {}) {
    if (req.lumioLoseAnswer) {
      // LOST_ANSWER: the work is done; the client never hears of it.
      counters.answersLost++;
      req.socket.destroy();
      return;
    }
    const json = typeof body === 'string' ? body : JSON.stringify(body);
    const accept = req.headers.accept ?? '';
    const type = headers['Content-Type'] ?? (accept.includes(GRAPHQL_RESPONSE) ? GRAPHQL_RESPONSE : 'application/json');
    const out = { ...headers, 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store', Vary: 'Accept, Accept-Encoding' };
    const finish = (buf) => { out['Content-Length'] = buf.length; res.writeHead(status, out); res.end(buf); };
    if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && json.length > 1024) {
      zlib.gzip(json, { level: 1 }, (err, buf) => {
        if (err) { finish(Buffer.from(json)); return; }
        out['Content-Encoding'] = 'gzip';
        finish(buf);
      });
    } else {
      finish(Buffer.from(json));
    }
  }

  async function handleGraphQL(req, res) {
    counters.requests++;
    // application/graphql-response+json gets the GraphQL-over-HTTP status codes;
    // legacy application/json clients always get 200 for GraphQL-level errors.
    const modern = (req.headers.accept ?? '').includes(GRAPHQL_RESPONSE);
    // Malformed HTTP requests get 4xx either way; errors a GraphQL server
    // reports in the body (auth, parse, rate limit) get 200 for legacy clients.
    const requestError = (status, code, message, extra = {}, headers = {}, legacyStatus = 200) =>
      send(req, res, modern ? status : legacyStatus, { errors: [{ message, extensions: { code, ...extra } }] }, headers);

    if (req.method !== 'POST') {
      requestError(405, 'BAD_REQUEST', 'Use POST with a JSON body.', {}, { Allow: 'POST' }, 405);
      return;
    }
    let text;
    try { text = await readBody(req); } catch (e) { requestError(e.status ?? 400, 'BAD_REQUEST', e.message, {}, {}, e.status ?? 400); return; }
    if (faults.latencyMs > 0) await sleep(faults.latencyMs);

    let body;
    try { body = JSON.parse(text); } catch { requestError(400, 'BAD_REQUEST', 'The body is not valid JSON.', {}, {}, 400); return; }
    if (!body || typeof body !== 'object' || typeof body.query !== 'string') {
      requestError(400, 'BAD_REQUEST', 'The body needs a "query" string.', {}, {}, 400);
      return;
    }
    const variables = body.variables ?? undefined;
    if (variables !== undefined && (variables === null || typeof variables !== 'object' || Array.isArray(variables))) {
      requestError(400, 'BAD_REQUEST', '"variables" must be an object.', {}, {}, 400);
      return;
    }

    const docCache = world.docCache;
    let cached = docCache.get(body.query);
    if (!cached) {
      try {
        const document = parse(body.query);
        const errors = validate(schema, document);
        errors.push(...unsupportedOperationErrors(schema, document));
        cached = errors.length ? { document, errors } : { document };
      } catch (e) {
        cached = { parseError: e };
      }
      if (docCache.size > 500) docCache.delete(docCache.keys().next().value);
      docCache.set(body.query, cached);
    }
    if (cached.parseError) {
      requestError(400, 'GRAPHQL_PARSE_FAILED', cached.parseError.message);
      return;
    }
    const operation = getOperationAST(cached.document, body.operationName ?? null);
    if (!operation) {
      requestError(400, 'BAD_REQUEST', 'Name the operation to run (operationName) or send exactly one.', {}, {}, 400);
      return;
    }

    if (operation.operation === 'mutation') counters.mutationRequests++;
    // Faults act like the gateway in front of the real API: before auth.
    const failure = pickFailure(rootFields(cached.document, operation));
    if (failure) {
      counters.faultsInjected++;
      switch (failure.kind) {
        case 'LOST_ANSWER': req.lumioLoseAnswer = true; break; // runs; the answer is lost
        case 'TIMEOUT': return; // never answer; the client's timeout must fire
        case 'HTTP_500':
          send(req, res, 500, { errors: [{ message: 'Injected HTTP 500.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
          return;
        case 'HTTP_502':
        case 'HTTP_503': {
          const status = failure.kind === 'HTTP_502' ? 502 : 503;
          // What a proxy in front of the API would answer: not GraphQL at all.
          send(req, res, status, `${status} ${http.STATUS_CODES[status]}\n`,
            { 'Content-Type': 'text/plain', ...(status === 503 ? { 'Retry-After': String(failure.retryAfterSeconds) } : {}) });
          return;
        }
        case 'RATE_LIMITED':
          requestError(429, 'RATE_LIMITED', `Too many requests; retry in ${failure.retryAfterSeconds} s.`,
            { retryAfterSeconds: failure.retryAfterSeconds }, { 'Retry-After': String(Math.ceil(failure.retryAfterSeconds)) });
          return;
        case 'INTERNAL_SERVER_ERROR':
          send(req, res, 200, { data: null, errors: [{ message: 'Injected internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
          return;
      }
    }

    const token = bearer(req.headers.authorization);
    const user = userFor(token);
    const fields = rootFields(cached.document, operation);
    const introspection = fields.some((f) => f === '__schema' || f === '__type');
    if (introspection) counters.introspectionRequests++;
    // 'public' introspection: a document that asks for nothing but the schema
    // needs no token (many servers publish their schema this way).
    const anonymousIntrospection = !user && introspection && faults.introspection === 'public'
      && operation.operation === 'query' && fields.every((f) => f.startsWith('__'));
    if (anonymousIntrospection) counters.anonymousIntrospections++;
    if (!user && !anonymousIntrospection) {
      requestError(401, 'UNAUTHENTICATED', 'Sign in again: the token is missing, unknown or revoked.', {},
        { 'WWW-Authenticate': 'Bearer realm="lumio-sandbox"' });
      return;
    }
    if (cached.errors) {
      send(req, res, modern ? 400 : 200, { errors: cached.errors.map((e) => ({ ...e.toJSON(), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })) });
      return;
    }
    if (introspection && faults.introspection === 'disabled') {
      const refused = validate(schema, cached.document, [NoSchemaIntrospectionCustomRule]);
      send(req, res, modern ? 400 : 200, { errors: refused.map((e) => ({ ...e.toJSON(), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })) });
      return;
    }
    if (operation.operation === 'subscription') {
      requestError(400, 'BAD_REQUEST', 'Subscriptions are served over WebSocket (graphql-transport-ws) at this path.');
      return;
    }

    const result = await execute({ schema, document: cached.document, variableValues: variables,
      operationName: body.operationName ?? null, contextValue: { user, isRevoked: () => revoked.has(token) } });
    const out = {};
    if (result.errors) out.errors = result.errors.map((e) => formatError(e, log));
    if ('data' in result) out.data = faults.newerEnumValues && result.data ? applyNewerEnumValues(result.data) : result.data;
    // No data at all = the request failed as a whole (e.g. bad variables).
    let status = modern && out.data === undefined ? 400 : 200;
    // Skew: every Nth answer with data and no errors gets another 2xx status.
    if (world.successStatus?.every > 0 && out.data && !out.errors && ++world.successCount % world.successStatus.every === 0) {
      status = world.successStatus.status;
    }
    send(req, res, status, out);
  }

  // --- control -----------------------------------------------------------------
  function dropWebSockets() {
    for (const ws of wss.clients) { ws.terminate(); counters.wsDropped++; }
  }

  function rowFor(body) {
    const row = store.row(accountKey(body.accountId), body.platform);
    if (!row) throw new ControlError(404, `no row for accountId ${body.accountId} platform ${body.platform}`);
    return row;
  }

  const control = {
    faults: (b) => ({ faults: setFaults(b) }),
    'reset-faults': () => ({ faults: setFaults(resetBody()) }),
    events: (b) => {
      const r = Number(b.eventsPerSecond);
      if (!(r >= 0)) throw new ControlError(400, 'eventsPerSecond must be >= 0');
      store.setEventsPerSecond(r);
      return { eventsPerSecond: store.eventsPerSecond };
    },
    'drop-websockets': () => { const n = wss.clients.size; dropWebSockets(); return { dropped: n }; },
    restart: (b, res) => {
      const downMs = Math.max(0, Number(b.downMs ?? 0));
      // Answer first, then go down.
      res.once('finish', () => setImmediate(() => restart(downMs)));
      return { restarting: true, downMs, port };
    },
    revoke: (b) => {
      if (typeof b.token !== 'string') throw new ControlError(400, 'token (string) is required');
      if (b.revoked === false) { revoked.delete(b.token); return { token: b.token, revoked: false }; }
      revoked.add(b.token);
      // Live sockets with that token are told at once, like a server that
      // re-checks the session: 4403 Forbidden.
      let closed = 0;
      for (const ws of wss.clients) if (ws.lumioToken === b.token) { ws.close(4403, 'Forbidden'); closed++; }
      return { token: b.token, revoked: true, closedWebSockets: closed };
    },
    'set-row': (b) => {
      const row = rowFor(b);
      const change = {};
      if (b.status !== undefined) {
        if (store.skew) {
          if (!['ACTIVE', 'PAUSED', 'NO_CONNECTION', 'SUSPENDED'].includes(b.status)) throw new ControlError(400, 'status must be ACTIVE, PAUSED, NO_CONNECTION or SUSPENDED');
        } else if (!['ACTIVE', 'PAUSED', 'NO_CONNECTION'].includes(b.status)) throw new ControlError(400, 'status must be ACTIVE, PAUSED or NO_CONNECTION');
        change.connected = b.status !== 'NO_CONNECTION';
        // SUSPENDED keeps bot_enabled as it was (lifting the suspension brings it back).
        change.suspended = b.status === 'SUSPENDED';
        if (b.status !== 'NO_CONNECTION' && b.status !== 'SUSPENDED') change.enabled = b.status === 'ACTIVE';
        if (change.connected && !row.connected && b.lastHeartbeatAt === undefined) change.hb = store.wallNow();
      }
      if (b.lastHeartbeatAt !== undefined) {
        if (b.lastHeartbeatAt === null) change.hb = null;
        else if (b.lastHeartbeatAt === 'now') change.hb = store.wallNow();
        else {
          const ms = typeof b.lastHeartbeatAt === 'number' ? b.lastHeartbeatAt : Date.parse(b.lastHeartbeatAt);
          if (!Number.isFinite(ms)) throw new ControlError(400, 'lastHeartbeatAt must be an RFC 3339 string, ms, "now" or null');
          change.hb = ms;
        }
      }
      const changed = store.changeRow(row, change);
      return { changed, row: rowJson(row) };
    },
    'connect-guild': (b) => {
      let accountId = b.accountId;
      if (b.state !== undefined) {
        const pending = store.pendingAuth.get(b.state);
        if (!pending) throw new ControlError(404, 'no pending authorization with that state');
        if (pending.expiresAt < Date.now()) throw new ControlError(410, 'that authorization expired');
        accountId = pending.accountId;
        store.pendingAuth.delete(b.state);
      } else {
        // Complete the newest pending authorization of the account, if any.
        for (const [state, p] of store.pendingAuth) if (p.accountId === accountId) store.pendingAuth.delete(state);
      }
      const account = store.accountById.get(accountKey(accountId));
      if (!account) throw new ControlError(404, `no account ${accountId}`);
      const guild = store.connectGuild(account, { name: b.name });
      return { guild: guild.snapshot() };
    },
    'delete-guild': (b) => {
      const guild = store.guilds.get(String(b.guildId));
      if (!guild) throw new ControlError(404, `no guild ${b.guildId}`);
      store.removeGuild(guild);
      return { deleted: guild.guildId };
    },
    'update-guild': (b) => {
      const guild = store.guilds.get(String(b.guildId));
      if (!guild) throw new ControlError(404, `no guild ${b.guildId}`);
      const changed = store.updateGuild(guild, { name: b.name, available: b.available, iconUrl: b.iconUrl });
      return { changed, guild: guild.snapshot() };
    },
    'pending-authorizations': () => ({
      pending: [...store.pendingAuth].map(([state, p]) => ({ state, accountId: p.accountId, expiresAt: new Date(p.expiresAt).toISOString() })),
    }),
    'guild-event': (b) => {
      const guild = store.guilds.get(String(b.guildId));
      if (!guild) throw new ControlError(404, `no guild ${b.guildId}`);
      const kinds = schema.getType('DiscordGuildEventKind')?.getValues().map((v) => v.name) ?? [];
      if (!kinds.includes(b.kind)) throw new ControlError(400, `kind must be one of ${kinds.join(', ') || '(none: this schema has no guild events)'}`);
      store.publishGuild(b.kind, guild);
      return { published: { kind: b.kind, guildId: guild.guildId } };
    },
    'paging-churn': (b) => {
      if (!store.skew) throw new ControlError(400, 'paging-churn needs skew mode (--skew or {"skew": true})');
      return { pagingChurn: store.setChurn(validChurn(b, 'body')) };
    },
    'skew-info': () => {
      if (!store.skew) throw new ControlError(400, 'skew-info needs skew mode (--skew or {"skew": true})');
      return skewInfo();
    },
    state: (b) => ({
      ...(world.kind !== 'default' ? { mode: world.kind } : {}),
      rows: b.rows === false ? undefined : store.stateRows(),
      guildCount: store.guilds.size,
      eventsPerSecond: store.eventsPerSecond,
      faults: faultsJson(),
      counters: { ...counters, ...iconCounters, ...(mode === 'legacy' ? { wsRefused } : {}), wsConnections: wss.clients.size, eventsPublished: store.pubsub.published,
        lifeEvents: store.counters.lifeEvents, mutations: store.counters.mutations, indexBuilds: store.counters.indexBuilds,
        rssMb: Math.round(process.memoryUsage.rss() / 1048576), heapUsedMb: Math.round(process.memoryUsage().heapUsed / 1048576) },
    }),
    save: () => ({ saved: store.save({ force: true }) }),
  };

  /** The body reset-faults applies: every knob as the server started (skew as --skew left it). */
  function resetBody() {
    if (mode === 'legacy') return DEFAULT_FAULTS;
    return mode === 'skew' ? { ...DEFAULT_FAULTS, skew: true, pagingChurn: SKEW_DEFAULTS.pagingChurn, successStatus: SKEW_DEFAULTS.successStatus }
      : { ...DEFAULT_FAULTS, skew: false };
  }

  /** What tests need to find the skew data without hard-coding it (POST /control/skew-info). */
  function skewInfo() {
    const skew = store.skew;
    const kindOf = (name) => skew.kindOf(name);
    const awkwardAccounts = skew.awkwardAccounts.filter((a) => store.accountById.has(a.accountId))
      .map((a) => ({ accountId: a.accountId, kind: a.kind, name: store.accountById.get(a.accountId).name }));
    const guildInfo = (g) => ({ guildId: g.guildId, accountId: g.accountId, name: g.name });
    const awkwardGuilds = [];
    for (const [guildId, a] of skew.awkwardGuilds) {
      const g = store.guilds.get(guildId);
      if (g) awkwardGuilds.push({ ...guildInfo(g), kind: a.kind });
    }
    const awkwardChannels = [];
    const awkwardRoles = [];
    for (const guildId of skew.detailPlans.keys()) {
      const g = store.guilds.get(guildId);
      if (!g) continue;
      for (const c of g.details.channels) {
        const kind = kindOf(c.name);
        if (kind) awkwardChannels.push({ guildId, channelId: c.id, kind, name: c.name, type: c.type });
      }
      for (const r of g.details.roles) {
        const kind = kindOf(r.name);
        if (kind) awkwardRoles.push({ guildId, roleId: r.id, kind, name: r.name });
      }
    }
    // MEDIA channels of the showcase guild and of the first 30 guilds (details are made lazily).
    const mediaChannels = [];
    const scan = [store.guilds.get(skew.mediaGuildId), ...[...store.guilds.values()].slice(0, 30)].filter(Boolean);
    for (const g of new Set(scan)) {
      for (const c of g.details.channels) {
        if (c.type === 'MEDIA') mediaChannels.push({ guildId: g.guildId, channelId: c.id, name: c.name, botCanPost: c.botCanPost });
      }
    }
    const rumbleRows = [];
    const suspendedRows = [];
    for (const row of store.rows) {
      if (row.platform === 'RUMBLE' && rumbleRows.length < 200) rumbleRows.push({ accountId: row.accountId, status: row.status });
      if (row.status === 'SUSPENDED') suspendedRows.push({ accountId: row.accountId, platform: row.platform });
    }
    const upperCaseAccountIds = skew.upperIds.filter((id) => store.accountById.has(id));
    const hostileActiveTwitch = awkwardAccounts.find((a) => store.row(a.accountId, 'TWITCH')?.status === 'ACTIVE') ?? null;
    const hostileGuild = store.guilds.get(skew.hostileGuildId);
    return {
      mode: 'skew',
      awkwardNames: AWKWARD_NAMES,
      awkwardAccounts,
      awkwardGuilds,
      awkwardChannels,
      awkwardRoles,
      hostileActiveTwitch,
      hostileGuild: hostileGuild ? { ...guildInfo(hostileGuild), accountName: hostileGuild.accountName } : null,
      upperCaseAccountIds,
      rumbleRowCount: store.rows.reduce((n, r) => n + (r.platform === 'RUMBLE' ? 1 : 0), 0),
      rumbleRows,
      suspendedRows,
      mediaGuildId: skew.mediaGuildId,
      mediaChannels,
      pagingChurn: store.churnKnob(),
      churn: { inserted: skew.churnInserted, removed: skew.churnRemoved },
      successStatus: { ...world.successStatus },
    };
  }

  function rowJson(row) {
    const s = row.snapshot();
    return { ...s, lastHeartbeatAt: s.lastHeartbeatAt === null ? null : new Date(s.lastHeartbeatAt).toISOString(),
      updatedAt: new Date(s.updatedAt).toISOString() };
  }

  async function handleControl(req, res, verb) {
    counters.controlRequests++;
    const reply = (status, obj) => send(req, res, status, obj, { 'Content-Type': 'application/json' });
    if (!isLoopback(req.socket.remoteAddress)) { reply(403, { error: 'the control endpoint only answers loopback clients' }); return; }
    if (req.method !== 'POST') { reply(405, { error: 'use POST with a JSON body' }); return; }
    const fn = Object.hasOwn(control, verb) ? control[verb] : null;
    if (!fn) { reply(404, { error: `unknown control verb "${verb}"`, verbs: Object.keys(control) }); return; }
    try {
      const text = await readBody(req);
      let b = {};
      if (text.trim()) {
        try { b = JSON.parse(text); } catch { throw new ControlError(400, 'body is not valid JSON'); }
      }
      if (b === null || typeof b !== 'object') throw new ControlError(400, 'body must be a JSON object');
      reply(200, { ok: true, ...fn(b, res) });
    } catch (e) {
      if (!(e instanceof ControlError)) log(`control ${verb} failed: ${e.stack}`);
      reply(e.status ?? 500, { ok: false, error: e.message });
    }
  }

  // --- guild icons (GET /icons/<guildId>.png) ------------------------------------
  // What Discord's CDN is to the real API: public images, no token needed.
  // Requests carrying credentials are counted, so tests can prove the app
  // never sends its token with an icon request.
  const iconOf = createIconCache();
  const iconCounters = { iconRequests: 0, iconRequestsWithCredentials: 0, iconNotFound: 0 };
  function handleIcon(req, res, pathname) {
    iconCounters.iconRequests++;
    if (req.headers.authorization || req.headers.cookie) iconCounters.iconRequestsWithCredentials++;
    const plain = (status, text, headers = {}) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers });
      res.end(req.method === 'HEAD' ? undefined : text);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') { plain(405, 'method not allowed\n', { Allow: 'GET, HEAD' }); return; }
    const m = ICON_ROUTE.exec(pathname);
    const guild = m && store.guilds.get(m[1]);
    if (!guild) { iconCounters.iconNotFound++; plain(404, 'no such icon\n'); return; }
    const { png, etag } = iconOf(guild.guildId, guild.name);
    const headers = { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=3600', ETag: etag };
    if (req.headers['if-none-match'] === etag) { res.writeHead(304, headers); res.end(); return; }
    res.writeHead(200, { ...headers, 'Content-Length': png.length });
    res.end(req.method === 'HEAD' ? undefined : png);
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://sandbox');
    const route = url.pathname === '/graphql' ? handleGraphQL(req, res)
      : url.pathname.startsWith('/control/') ? handleControl(req, res, url.pathname.slice('/control/'.length))
        : url.pathname.startsWith('/icons/') ? handleIcon(req, res, url.pathname)
          : (send(req, res, 404, { error: 'not found: use /graphql, /control/<verb> or /icons/<guildId>.png' }), null);
    route?.catch((e) => {
      log(`request failed: ${e.stack}`);
      if (!res.headersSent) send(req, res, 500, { errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    });
  });
  server.keepAliveTimeout = 30_000;
  server.on('connection', (s) => { httpSockets.add(s); s.on('close', () => httpSockets.delete(s)); });

  // --- WebSocket (graphql-transport-ws) ---------------------------------------
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_BODY });
  let wsRefused = 0;
  server.on('upgrade', (req, socket, head) => {
    if (mode === 'legacy') { refuseUpgrade(req, socket); return; }
    if (new URL(req.url, 'http://sandbox').pathname !== '/graphql') { socket.destroy(); return; }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });
  wss.on('connection', () => { counters.wsConnectionsTotal++; });
  /**
   * --legacy: the older server has no WebSocket endpoint. It does not know
   * WebSocket at all, so an upgrade request is answered like any other GET:
   * 405 on /graphql (POST only), 404 elsewhere; no 101, connection closed.
   */
  function refuseUpgrade(req, socket) {
    wsRefused++;
    const graphql = new URL(req.url, 'http://sandbox').pathname === '/graphql';
    const status = graphql ? 405 : 404;
    const body = JSON.stringify(graphql ? { errors: [{ message: 'Use POST with a JSON body.', extensions: { code: 'BAD_REQUEST' } }] }
      : { error: 'not found: use /graphql, /control/<verb> or /icons/<guildId>.png' });
    const head = [`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}`, 'Content-Type: application/json; charset=utf-8',
      'Cache-Control: no-store', `Content-Length: ${Buffer.byteLength(body)}`, ...(graphql ? ['Allow: POST'] : []), 'Connection: close'];
    socket.on('error', () => {});
    socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
  }

  useServer({
    // The active world's schema (the skew knob can switch it).
    schema: () => schema,
    // onConnect returning false closes the socket with 4403 Forbidden.
    onConnect: (ctx) => {
      const token = bearer(ctx.connectionParams?.authorization);
      const user = userFor(token);
      if (!user) return false;
      const socket = ctx.extra.socket;
      socket.lumioToken = token;
      ctx.extra.lumio = { user, isRevoked: () => revoked.has(token), onOverflow: () => socket.terminate() };
      return true;
    },
    context: (ctx) => ctx.extra.lumio,
    onSubscribe: (ctx, msg) => {
      // Refuse up front with an `error` message (rather than a `next` carrying
      // errors) when the user lacks a permission the subscription needs.
      let document;
      try { document = parse(msg.payload.query); } catch { return undefined; } // graphql-ws reports it
      const operation = getOperationAST(document, msg.payload.operationName ?? null);
      if (!operation || operation.operation !== 'subscription') return undefined;
      const fields = schema.getSubscriptionType().getFields();
      for (const name of rootFields(document, operation)) {
        for (const perm of fields[name]?.permissions ?? []) {
          const user = ctx.extra.lumio.user;
          if (!user.isSystemAdmin && !user.permissions.includes(perm)) {
            return [gqlError('FORBIDDEN', `${name} needs the ${perm} permission.`, { permission: perm })];
          }
        }
      }
      return undefined;
    },
    onNext: (_ctx, _msg, _args, result) => {
      if (faults.newerEnumValues && result.data) applyNewerEnumValues(result.data);
      if (result.errors) return { ...result, errors: result.errors.map((e) => formatError(e, log)) };
      return result;
    },
  }, wss);

  // --- lifecycle -----------------------------------------------------------------
  function listen() {
    return new Promise((resolve, reject) => {
      const onError = (e) => { server.off('listening', onListening); reject(e); };
      const onListening = () => { server.off('error', onError); listening = true; port = server.address().port; resolve(); };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(port, host);
    });
  }

  function goDown() {
    for (const ws of wss.clients) ws.terminate();
    for (const s of httpSockets) s.destroy();
    listening = false;
    return new Promise((resolve) => server.close(() => resolve()));
  }

  async function restart(downMs) {
    counters.restarts++;
    log(`restart: down for ${downMs} ms`);
    await goDown();
    await sleep(downMs);
    // The port may be briefly held by someone else in theory; retry a few times.
    for (let attempt = 0; !closed; attempt++) {
      try { await listen(); break; } catch (e) {
        if (attempt >= 50) { log(`restart: cannot listen again on ${port}: ${e.message}`); process.exitCode = 1; return; }
        await sleep(100);
      }
    }
    if (!closed) log(`restart: listening again on ${port}`);
  }

  await listen();
  const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const base = `${urlHost}:${port}`;
  // Icon URLs in answers point here (see createSchema); the port is kept across restarts.
  store.publicOrigin = `http://${base}`;
  setFaults({ latencyMs: opts.latencyMs ?? 0, dropWebSocketsEverySeconds: opts.dropWsEvery ?? 0, ...(opts.faults ?? {}) });
  store.setEventsPerSecond(opts.eventsPerSecond ?? 0);
  store.startAutosave();

  return {
    url: `http://${base}/graphql`,
    ws: `ws://${base}/graphql`,
    control: `http://${base}/control`,
    port,
    tokens: Object.fromEntries(Object.entries(USERS).map(([role, u]) => [role, u.token])),
    mode,
    /** The active world's store (the skew knob can switch it). */
    get store() { return store; },
    get listening() { return listening; },
    /** Stops everything; saves the state file when there is one. */
    async close() {
      closed = true;
      if (dropTimer) clearInterval(dropTimer);
      for (const w of worlds.values()) {
        w.store.stop();
        try { w.store.save({ force: true }); } catch (e) { log(`saving state failed: ${e.message}`); }
      }
      await goDown().catch(() => {});
      wss.close();
    },
  };
}

