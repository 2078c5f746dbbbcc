// The contract: api/openapi.yaml is a sound OpenAPI 3.1 document whose examples follow its own schemas,
// and every answer the test backend gives — in every scenario — follows the document (all but the
// scenario that breaks it on purpose).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import Ajv2020 from 'ajv/dist/2020.js';
import { startBackend, SCENARIO } from '../e2e/support/backend.mjs';

const SITE = 'http://127.0.0.1:8080';
const doc = parse(await readFile(new URL('../../api/openapi.yaml', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
// The document's components, so `#/components/schemas/…` references resolve.
ajv.addKeyword('components');
ajv.addSchema({ $id: 'openapi', components: doc.components });

/** A validator for a schema of the document: every body schema there is a `#/components/schemas/…` reference. */
function validator(schema) {
  assert.match(schema.$ref ?? '', /^#\/components\/schemas\//, 'bodies refer to a named schema');
  return ajv.compile({ $ref: `openapi${schema.$ref}` });
}

function responseSchema(path, method, status) {
  const responses = doc.paths[path]?.[method]?.responses;
  assert.ok(responses, `${method.toUpperCase()} ${path} is in the document`);
  const documented = responses[String(status)];
  assert.ok(documented, `HTTP ${status} is documented for ${method.toUpperCase()} ${path}`);
  return documented.content['application/json'].schema;
}

function assertValid(schema, value, what) {
  const validate = validator(schema);
  assert.ok(validate(value), `${what}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(value, null, 1)}`);
}

let backend;
before(async () => {
  backend = await startBackend({ origins: [SITE], slowSeconds: 1 });
});
after(() => backend?.stop());

async function call(path, method, body) {
  const res = await fetch(backend.url + path, {
    method,
    headers: { 'Content-Type': 'application/json', Origin: SITE },
    body: body && JSON.stringify(body),
  });
  const text = await res.text();
  return { res, text };
}

test('the document is OpenAPI 3.1 and its examples follow its schemas', () => {
  assert.match(doc.openapi, /^3\.1\./);
  let examples = 0;
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const request = op.requestBody?.content?.['application/json'];
      for (const [name, ex] of Object.entries(request?.examples ?? {})) {
        assertValid(request.schema, ex.value, `${method} ${path} request example ${name}`);
        examples++;
      }
      for (const [status, response] of Object.entries(op.responses)) {
        const content = response.content?.['application/json'];
        for (const [name, ex] of Object.entries(content?.examples ?? {})) {
          assertValid(content.schema, ex.value, `${method} ${path} ${status} example ${name}`);
          examples++;
        }
      }
    }
  }
  assert.ok(examples >= 6, `${examples} examples checked`);
  // And the schemas do refuse what breaks them.
  const report = validator({ $ref: '#/components/schemas/ConnectionTestReport' });
  const good = doc.paths['/v1/connection-tests'].post.responses['200'].content['application/json'].examples.allOk.value;
  assert.ok(report(good));
  assert.ok(!report({ ...good, steg: [] }), 'no steps');
  assert.ok(!report({ ...good, steg: [{ ...good.steg[0], status: 'kanskje' }] }), 'unknown status');
  assert.ok(!report({ ...good, steg: [{ ...good.steg[0], feilkode: 'mp251' }] }), 'malformed code');
  assert.ok(!report({ ...good, fodselsnummer: '01018012345' }), 'an extra field');
});

test('the health check follows the contract', async () => {
  const { res, text } = await call('/v1/health', 'GET');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^application\/json/);
  assertValid(responseSchema('/v1/health', 'get', 200), JSON.parse(text), 'health');
});

const SCENARIOS = [
  ['all OK', SCENARIO.ok, 200],
  ['sub-unit', SCENARIO.subUnit, 200],
  ['MP-200', SCENARIO.mp200, 200],
  ['MP-251', SCENARIO.mp251, 200],
  ['MP-120', SCENARIO.mp120, 200],
  ['SSG-005', SCENARIO.ssg005, 200],
  ['Skatteetaten 500', SCENARIO.ske500, 200],
  ['slow', SCENARIO.slow, 200],
  ['HTTP 503', SCENARIO.unavailable, 503],
];

for (const [name, kommune, status] of SCENARIOS) {
  for (const leverandor of ['971032146', undefined]) {
    const how = leverandor ? 'på vegne av' : 'direct';
    test(`scenario ${name} (${how}) answers by the contract`, async () => {
      const request = { miljo: 'test', kommune, leverandor, rettighetspakke: 'kommuneforeldrebetaling' };
      assertValid(doc.paths['/v1/connection-tests'].post.requestBody.content['application/json'].schema,
        JSON.parse(JSON.stringify(request)), 'the request');
      const { res, text } = await call('/v1/connection-tests', 'POST', request);
      assert.equal(res.status, status);
      assert.match(res.headers.get('content-type'), /^application\/json/);
      assert.equal(res.headers.get('access-control-allow-origin'), SITE);
      const body = JSON.parse(text);
      assertValid(responseSchema('/v1/connection-tests', 'post', status), body, name);
      if (status === 503) assert.ok(Number(res.headers.get('retry-after')) > 0);
      else assert.equal(body.steg.some((s) => s.id === 'delegering'), Boolean(leverandor));
    });
  }
}

test('the invalid-JSON scenario breaks the contract, as it is meant to', async () => {
  const { res, text } = await call('/v1/connection-tests', 'POST',
    { miljo: 'produksjon', kommune: SCENARIO.invalidJson, rettighetspakke: 'saernamsmann' });
  assert.equal(res.status, 200);
  assert.throws(() => JSON.parse(text));
});

test('a request outside the contract gets a documented 400', async () => {
  const { res, text } = await call('/v1/connection-tests', 'POST',
    { miljo: 'test', kommune: '910000013', rettighetspakke: 'saernamsmann' });
  assert.equal(res.status, 400);
  const body = JSON.parse(text);
  assertValid(responseSchema('/v1/connection-tests', 'post', 400), body, '400');
  assert.match(body.melding, /910000013 er ikke et gyldig organisasjonsnummer/);
});

test('CORS: the preflight passes for the site and is refused for another origin', async () => {
  const preflight = (origin) => fetch(backend.url + '/v1/connection-tests', {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
  });
  const ok = await preflight(SITE);
  assert.equal(ok.status, 204);
  assert.equal(ok.headers.get('access-control-allow-origin'), SITE);
  assert.match(ok.headers.get('access-control-allow-headers'), /content-type/i);
  const other = await preflight('https://annen.example');
  assert.equal(other.headers.get('access-control-allow-origin'), null);
});
