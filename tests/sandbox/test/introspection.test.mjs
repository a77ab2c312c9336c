// The introspection knob (issue 13, "the operator is told when the server is
// newer"): who may read the schema. 'authenticated' (the default: a token,
// like every other field), 'public' (a document that asks for nothing but
// __schema/__type needs no token) and 'disabled' (graphql-js's
// NoSchemaIntrospectionCustomRule, as servers that switch it off answer).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sandbox } from './helpers.mjs';

const ENUMS = '{ platform: __type(name: "Platform") { enumValues { name } } __schema { queryType { name } } }';

let sb;
before(async () => { sb = await sandbox({ seed: 3, accounts: 20 }); });
after(() => sb.close());

test('authenticated (default): introspection needs a token, like any field', async () => {
  const { faults } = await sb.ctl('faults', {});
  assert.equal(faults.introspection, 'authenticated');
  const anonymous = await sb.gql(null, ENUMS);
  assert.equal(anonymous.body.errors[0].extensions.code, 'UNAUTHENTICATED');
  const withToken = await sb.gql('readonly', ENUMS);
  assert.equal(withToken.body.errors, undefined);
  assert.deepEqual(withToken.body.data.platform.enumValues.map((v) => v.name), ['TWITCH', 'YOUTUBE', 'KICK', 'TROVO', 'DISCORD']);
});

test('public: schema-only documents are answered without a token, nothing else is', async () => {
  await sb.ctl('faults', { introspection: 'public' });
  try {
    const before = (await sb.ctl('state', { rows: false })).counters;
    const anonymous = await sb.gql(null, ENUMS);
    assert.equal(anonymous.body.errors, undefined);
    assert.equal(anonymous.body.data.__schema.queryType.name, 'Query');
    // A document that mixes data with introspection still needs a token.
    const mixed = await sb.gql(null, '{ __schema { queryType { name } } viewer { id } }');
    assert.equal(mixed.body.errors[0].extensions.code, 'UNAUTHENTICATED');
    const data = await sb.gql(null, '{ adminBotStatuses(first: 1) { totalCount } }');
    assert.equal(data.body.errors[0].extensions.code, 'UNAUTHENTICATED');
    const after = (await sb.ctl('state', { rows: false })).counters;
    assert.equal(after.anonymousIntrospections - before.anonymousIntrospections, 1);
    assert.equal(after.introspectionRequests - before.introspectionRequests, 2);
  } finally {
    await sb.ctl('reset-faults');
  }
});

test('disabled: GRAPHQL_VALIDATION_FAILED naming the field, __typename still allowed', async () => {
  await sb.ctl('faults', { introspection: 'disabled' });
  try {
    const r = await sb.gql('admin', ENUMS);
    assert.equal(r.status, 200);
    assert.equal(r.body.data, undefined);
    assert.equal(r.body.errors[0].extensions.code, 'GRAPHQL_VALIDATION_FAILED');
    assert.match(r.body.errors[0].message, /introspection has been disabled/);
    const modern = await sb.gql('admin', ENUMS, undefined, { accept: 'application/graphql-response+json' });
    assert.equal(modern.status, 400);
    const typename = await sb.gql('admin', '{ __typename viewer { id } }');
    assert.equal(typename.body.errors, undefined);
    // Without a token the request is refused first, as any other.
    const anonymous = await sb.gql(null, ENUMS);
    assert.equal(anonymous.body.errors[0].extensions.code, 'UNAUTHENTICATED');
  } finally {
    await sb.ctl('reset-faults');
  }
});

test('an invalid mode changes nothing', async () => {
  await assert.rejects(sb.ctl('faults', { introspection: 'sometimes' }), /introspection must be one of/);
  assert.equal((await sb.ctl('faults', {})).faults.introspection, 'authenticated');
});
