// Every operation the app sends (api/operations/*.graphql) parses and passes
// graphql-js's validate against the contract (api/schema/botcontrol.graphql),
// so the app can never ship a query the server would reject. Registered in
// CTest as api_operations_valid_against_schema.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { SCHEMA_PATH, OPERATIONS_DIR } from '../lib/graphql.mjs';

const schema = buildSchema(fs.readFileSync(SCHEMA_PATH, 'utf8'));
const files = fs.readdirSync(OPERATIONS_DIR).filter((f) => f.endsWith('.graphql')).sort();

function check(source, name) {
  const document = parse(source);
  const errors = validate(schema, document);
  return { document, errors: errors.map((e) => `${name}: ${e.message}`) };
}

test('the operations folder is not empty', () => {
  assert.ok(files.length >= 14, `expected the app's 14 operations, found ${files.length}`);
});

for (const file of files) {
  test(`${file} is valid against the schema`, () => {
    const source = fs.readFileSync(path.join(OPERATIONS_DIR, file), 'utf8');
    const { document, errors } = check(source, file);
    assert.deepEqual(errors, []);
    // One named operation per file, named like the file: the app loads them by name.
    const ops = document.definitions.filter((d) => d.kind === 'OperationDefinition');
    assert.equal(ops.length, 1, `${file} must hold exactly one operation`);
    assert.equal(ops[0].name?.value, path.basename(file, '.graphql'));
  });
}

test('a broken operation is rejected (the check can fail)', () => {
  const broken = fs.readFileSync(path.join(OPERATIONS_DIR, 'AdminBotStatuses.graphql'), 'utf8')
    .replace('lastHeartbeatAt', 'lastHeartbeat');
  assert.notDeepEqual(check(broken, 'broken').errors, []);
  // Wrong argument type and an unknown enum value are caught too.
  assert.notDeepEqual(check('query Q($p: String) { adminBotStatuses(filter: {platform: $p}) { totalCount } }', 'x').errors, []);
  assert.notDeepEqual(check('subscription S { botStatusChanged(platform: RUMBLE) { status } }', 'x').errors, []);
  assert.throws(() => parse('query { viewer { id }'), /Syntax Error/);
});

test('every root field of the schema is used by some operation', () => {
  const used = new Set();
  for (const file of files) {
    const doc = parse(fs.readFileSync(path.join(OPERATIONS_DIR, file), 'utf8'));
    for (const def of doc.definitions) for (const sel of def.selectionSet.selections) used.add(sel.name.value);
  }
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
    .flatMap((t) => Object.keys(t.getFields()));
  assert.deepEqual(roots.filter((f) => !used.has(f)), []);
});
