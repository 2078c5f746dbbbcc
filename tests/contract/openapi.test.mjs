// The contract: api/openapi.yaml is a sound OpenAPI 3.1 document whose examples follow its own schemas,
// and every answer the real backend gives against the simulators — in every scenario — follows the
// document and holds no token; the test double in front of it breaks it only where it means to.

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
  backend = await startBackend({ origins: [SITE], slowSeconds: 1, produksjon: 'ks' });
});
after(() => backend?.stop());

/** Calls the real backend (or, with `through: 'double'`, the test double in front of it), in `lang`
 * (an `Accept-Language`) when given. */
async function call(path, method, body, { through = 'backend', lang } = {}) {
  const res = await fetch((through === 'double' ? backend.url : backend.backendUrl) + path, {
    method,
    headers: { 'Content-Type': 'application/json', Origin: SITE, ...(lang ? { 'Accept-Language': lang } : {}) },
    body: body && JSON.stringify(body),
  });
  const text = await res.text();
  assert.doesNotMatch(text, /eyJ[A-Za-z0-9_-]{10,}/, 'no answer holds a token');
  assert.ok(!text.includes('09819899123'), 'no answer holds the test person');
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

/** [name, kommune, miljo, status] through the real backend: every state of the fixture. */
const SCENARIOS = [
  ['all OK', SCENARIO.ok, 'test', 200],
  ['sub-unit', SCENARIO.subUnit, 'test', 200],
  ['organisasjonsledd', SCENARIO.organisasjonsledd, 'test', 200],
  ['deleted', '910000128', 'test', 200],
  ['removed', '910000136', 'test', 200],
  ['fylkeskommune', '910000144', 'test', 200],
  ['not in the register', '910000160', 'test', 200],
  ['MP-250', SCENARIO.mp250, 'test', 200],
  ['MP-251', SCENARIO.mp251, 'test', 200],
  ['SSG-005', SCENARIO.ssg005, 'test', 200],
  ['Skatteetaten 500', SCENARIO.ske500, 'test', 200],
  ['production, SSG switched off', SCENARIO.mp251, 'produksjon', 200],
];

for (const [name, kommune, miljo, status] of SCENARIOS) {
  for (const leverandor of ['971032146', undefined]) {
    const how = leverandor ? 'på vegne av' : 'direct';
    test(`scenario ${name} (${miljo}, ${how}) answers by the contract`, async () => {
      const request = { miljo, kommune, leverandor, rettighetspakke: 'kommuneforeldrebetaling' };
      assertValid(doc.paths['/v1/connection-tests'].post.requestBody.content['application/json'].schema,
        JSON.parse(JSON.stringify(request)), 'the request');
      const { res, text } = await call('/v1/connection-tests', 'POST', request);
      assert.equal(res.status, status);
      assert.match(res.headers.get('content-type'), /^application\/json/);
      assert.equal(res.headers.get('access-control-allow-origin'), SITE);
      const body = JSON.parse(text);
      assertValid(responseSchema('/v1/connection-tests', 'post', status), body, name);
      assert.equal(body.steg.some((s) => s.id === 'delegering'), Boolean(leverandor));
    });
  }
}

test('the test double\'s faults: late but valid, 503 by the contract, and cut-off JSON', async () => {
  const request = (kommune) => ({ miljo: 'test', kommune, leverandor: '971032146', rettighetspakke: 'saernamsmann' });
  const slow = await call('/v1/connection-tests', 'POST', request(SCENARIO.slow), { through: 'double' });
  assert.equal(slow.res.status, 200);
  assertValid(responseSchema('/v1/connection-tests', 'post', 200), JSON.parse(slow.text), 'slow');
  const down = await call('/v1/connection-tests', 'POST', request(SCENARIO.unavailable), { through: 'double' });
  assert.equal(down.res.status, 503);
  assert.ok(Number(down.res.headers.get('retry-after')) > 0);
  assert.equal(down.res.headers.get('access-control-allow-origin'), SITE);
  assertValid(responseSchema('/v1/connection-tests', 'post', 503), JSON.parse(down.text), '503');
  const cut = await call('/v1/connection-tests', 'POST', request(SCENARIO.invalidJson), { through: 'double' });
  assert.equal(cut.res.status, 200);
  assert.throws(() => JSON.parse(cut.text));
  // Everything else passes through unchanged.
  const ok = await call('/v1/connection-tests', 'POST', request(SCENARIO.ok), { through: 'double' });
  assert.equal(JSON.parse(ok.text).steg.every((s) => s.status === 'ok'), true, ok.text);
});

test('the other errors are documented Problems', async () => {
  const tooLarge = await fetch(backend.backendUrl + '/v1/connection-tests', {
    method: 'POST', headers: { 'Content-Type': 'application/json', Origin: SITE }, body: 'x'.repeat(20000),
  });
  assert.equal(tooLarge.status, 413);
  assertValid(responseSchema('/v1/connection-tests', 'post', 413), await tooLarge.json(), '413');
  const notJson = await fetch(backend.backendUrl + '/v1/connection-tests', {
    method: 'POST', headers: { 'Content-Type': 'text/plain', Origin: SITE }, body: '{}',
  });
  assert.equal(notJson.status, 415);
  assertValid(responseSchema('/v1/connection-tests', 'post', 415), await notJson.json(), '415');
  const unknown = await call('/v1/ukjent', 'GET');
  assert.equal(unknown.res.status, 404);
  assertValid({ $ref: '#/components/schemas/Problem' }, JSON.parse(unknown.text), '404');
});

test('a request outside the contract gets a documented 400', async () => {
  const { res, text } = await call('/v1/connection-tests', 'POST',
    { miljo: 'test', kommune: '910000013', rettighetspakke: 'saernamsmann' });
  assert.equal(res.status, 400);
  const body = JSON.parse(text);
  assertValid(responseSchema('/v1/connection-tests', 'post', 400), body, '400');
  assert.match(body.melding, /910000013 er ikke et gyldig organisasjonsnummer/);
});

/** The language an answer says it is in, which must be one the document names. */
function contentLanguage(res) {
  const lang = res.headers.get('content-language');
  assert.ok(doc.components.headers.ContentLanguage.schema.enum.includes(lang), `Content-Language ${lang}`);
  return lang;
}

test('the connection test and health take Accept-Language and every answer says its Content-Language', () => {
  for (const [path, method] of [['/v1/health', 'get'], ['/v1/connection-tests', 'post']]) {
    const op = doc.paths[path][method];
    assert.ok(op.parameters.some((p) => p.$ref === '#/components/parameters/AcceptLanguage'), `${method} ${path}`);
    for (const [status, response] of Object.entries(op.responses)) {
      assert.equal(response.headers?.['Content-Language']?.$ref, '#/components/headers/ContentLanguage',
        `${method} ${path} ${status}`);
    }
  }
  const parameter = doc.components.parameters.AcceptLanguage;
  assert.deepEqual([parameter.name, parameter.in, parameter.required], ['Accept-Language', 'header', false]);
});

for (const [lang, expected, words] of [
  ['nn-NO,nn;q=0.9', 'nn', /ikkje har delegert/],
  ['en-GB,en;q=0.9,nb;q=0.8', 'en', /has not delegated/],
  ['de-DE', 'nb', /ikke har delegert/],
  [undefined, 'nb', /ikke har delegert/],
]) {
  test(`a test asked in ${lang ?? 'no language'} answers by the contract in ${expected}, its codes unchanged`, async () => {
    const request = { miljo: 'test', kommune: SCENARIO.mp251, leverandor: '971032146', rettighetspakke: 'saernamsmann' };
    for (const through of ['backend', 'double']) {
      const { res, text } = await call('/v1/connection-tests', 'POST', request, { through, lang });
      assert.equal(res.status, 200);
      assert.equal(contentLanguage(res), expected, through);
      const body = JSON.parse(text);
      assertValid(responseSchema('/v1/connection-tests', 'post', 200), body, `${through} in ${expected}`);
      const failedStep = body.steg.find((s) => s.status === 'feil');
      assert.deepEqual([failedStep.id, failedStep.feilkode, failedStep.faq], ['maskinporten-token', 'MP-251', 'delegering-altinn']);
      assert.match(failedStep.forklaring, words);
    }
    const refused = await call('/v1/connection-tests', 'POST', { ...request, kommune: '910000013' }, { lang });
    assert.equal(refused.res.status, 400);
    assert.equal(contentLanguage(refused.res), expected);
    assertValid(responseSchema('/v1/connection-tests', 'post', 400), JSON.parse(refused.text), `400 in ${expected}`);
  });
}

test('the test double\'s 503 is in the asked language by the contract', async () => {
  const request = { miljo: 'test', kommune: SCENARIO.unavailable, rettighetspakke: 'saernamsmann' };
  const down = await call('/v1/connection-tests', 'POST', request, { through: 'double', lang: 'nn' });
  assert.equal(down.res.status, 503);
  assert.equal(contentLanguage(down.res), 'nn');
  const body = JSON.parse(down.text);
  assertValid(responseSchema('/v1/connection-tests', 'post', 503), body, '503 in nynorsk');
  assert.equal(body.kode, 'UTILGJENGELIG');
  assert.match(body.melding, /Testtenesta er mellombels utilgjengeleg/);
});

test('CORS: the preflight passes for the site and is refused for another origin', async () => {
  const preflight = (origin) => fetch(backend.backendUrl + '/v1/connection-tests', {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
  });
  const ok = await preflight(SITE);
  assert.ok(ok.status >= 200 && ok.status < 300, `preflight ${ok.status}`);
  assert.equal(ok.headers.get('access-control-allow-origin'), SITE);
  assert.match(ok.headers.get('access-control-allow-headers'), /content-type/i);
  const other = await preflight('https://annen.example');
  assert.equal(other.headers.get('access-control-allow-origin'), null);
});
