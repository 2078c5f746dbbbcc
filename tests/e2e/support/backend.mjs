// The connection test's whole chain as child processes on free loopback ports, for the contract and
// end-to-end tests: the simulators (Maskinporten, Enhetsregisteret, Summert skattegrunnlag), the real
// backend against them, and the test double in front of it, which breaks three organisation numbers'
// answers the way only a broken backend does. `make test` builds all three first.

import { before, after } from 'node:test';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name, profile) => new URL(`../../../target/${profile}/${name}`, import.meta.url).pathname;

/**
 * Organisation numbers and what they play (simulators/README.md and testbackend/README.md): the
 * fixture's states through the real backend, and the test double's three faults.
 */
export const SCENARIO = {
  ok: '910000004',
  subUnit: '910000012',
  mp250: '910000020',
  mp251: '910000039',
  organisasjonsledd: '910000047',
  ssg005: '910000055',
  ske500: '910000063',
  slow: '910000071',
  invalidJson: '910000098',
  unavailable: '910000101',
};

/**
 * The path of the outcome that ends the connection journey (where the connection test is), as a
 * shared link with every answer given: på vegne av a municipality through `vendor`, or direct when
 * `vendor` is null.
 */
export function connectionTestPath(kommune, { vendor = '971032146', miljo = 'test' } = {}) {
  const params = vendor
    ? { flyt: 'tilkobling', rolle: 'leverandor', miljo, 'kommune-orgnr': kommune, 'leverandor-orgnr': vendor,
        pakobling: 'ja', 'altinn-api': 'ja', [miljo === 'test' ? 'altinn-tt02' : 'altinn-produksjon']: 'ja', 'altinn-orgnr': 'ja',
        'mp-delegering': 'ja', 'mp-sertifikat': 'ja', scope: '-', token: '-' }
    : { flyt: 'tilkobling', rolle: 'kommune', vei: 'direkte', miljo, 'kommune-orgnr': kommune,
        'direkte-tilgang': 'ja', 'direkte-sertifikat': 'ja', scope: '-', token: '-' };
  return `/?${new URLSearchParams(params)}#veiviser-tilkobling`;
}

/** Starts `name` with `args`; resolves to the child and the first http address it prints. */
async function listening(name, args, { env = {}, profile = 'debug' } = {}) {
  const child = spawn(bin(name, profile), args, {
    stdio: ['ignore', 'pipe', process.env.BACKEND_LOG ? 'inherit' : 'ignore'],
    env: { ...process.env, ...env },
  });
  const url = await new Promise((ok, fail) => {
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`${name} exited (${code}) before it listened`)));
    createInterface({ input: child.stdout }).once('line', (line) => {
      const found = line.match(/http:\/\/[0-9.]+:[0-9]+/);
      found ? ok(found[0]) : fail(new Error(`${name}: unexpected first line: ${line}`));
    });
  });
  child.stdout.resume();
  return { child, url };
}

async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((ok) => child.once('exit', ok));
  child.kill();
  await exited;
}

/**
 * The clients an environment can test with: KS' (a vendor på vegne av municipalities, with its test
 * certificate or, in produksjon, a registered key), or Eksempelvik's own (910 000 004, direct).
 */
const CLIENTS = {
  test: {
    ks: 'client_id = "ks-tilkoblingstest"\ncertificate = "keys/ks-test.p12"\ncertificate_password_env = "SKATTEDELING_P12_PASSWORD"',
    kommune: 'client_id = "eksempelvik-egen"\nkey = "keys/kommune-nokkel.pem"\nkid = "eksempelvik-test-2026"',
  },
  produksjon: {
    ks: 'client_id = "ks-tilkoblingstest-nokkel"\nkey = "keys/ks-nokkel.pem"\nkid = "ks-produksjon-2026"',
    kommune: 'client_id = "eksempelvik-egen"\nkey = "keys/kommune-nokkel.pem"\nkid = "eksempelvik-produksjon-2026"',
  },
};

/** The feedback service's part of the configuration (backend/README.md), its database in the run's folder. */
const FEEDBACK = '\n[feedback]\ndatabase = "tilbakemelding.sqlite"\nreport_token_env = "SKATTEDELING_RAPPORT_TOKEN"\n';
/** The report's token in the tests (at least 32 characters). */
export const REPORT_TOKEN = 'e2e-rapportnokkel-som-er-lang-nok-0123456789';

function backendConfig(simulators, clients, origins, feedback) {
  const environment = (miljo) => `
[environments.${miljo}]
maskinporten = "${simulators}/maskinporten/${miljo}/"
${CLIENTS[miljo][clients[miljo]]}
enhetsregisteret = "${simulators}/enhetsregisteret/api"
summert_skattegrunnlag = "${simulators}/summertskattegrunnlag/${miljo}/v2"
test_person = "09819899123"
income_year = 2023
call_summert_skattegrunnlag = true
`;
  // The backend allows the same origins as the double in front of it, so a test may call either.
  const allowed = (origins.length ? origins : ['http://127.0.0.1']).map((o) => JSON.stringify(o)).join(', ');
  return `listen = "127.0.0.1:0"\nallowed_origins = [${allowed}]\n${environment('test')}${environment('produksjon')}${feedback ? FEEDBACK : ''}`;
}

/**
 * Starts the chain with CORS for `origins`; resolves to { url, backendUrl, stop }. `url` is the test
 * double's (what config.json names), `backendUrl` the real backend's. By default the test environment
 * tests KS på vegne av municipalities and produksjon Eksempelvik's own direct connection. `profile` is
 * the build the binaries come from (`release` for the load test).
 */
export async function startBackend({ origins = [], slowSeconds = 30, test = 'ks', produksjon = 'kommune', profile = 'debug', feedback = false } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'skattedeling-e2e-'));
  const children = [];
  try {
    const sims = await listening('skattedeling-simulators', ['--keys', join(dir, 'keys'), '--listen', '127.0.0.1:0'], { profile });
    children.push(sims.child);
    const password = (await readFile(join(dir, 'keys', 'p12-passord.txt'), 'utf8')).trim();
    await writeFile(join(dir, 'backend.toml'), backendConfig(sims.url, { test, produksjon }, origins, feedback));
    const backend = await listening('skattedeling-backend', ['--config', join(dir, 'backend.toml')], {
      profile,
      env: {
        SKATTEDELING_P12_PASSWORD: password,
        SKATTEDELING_RAPPORT_TOKEN: REPORT_TOKEN,
        RUST_LOG: process.env.BACKEND_LOG ? 'info' : 'warn',
      },
    });
    children.push(backend.child);
    const args = ['--port', '0', '--backend', backend.url, '--slow-seconds', String(slowSeconds)];
    for (const o of origins) args.push('--allow-origin', o);
    const double = await listening('skattedeling-testbackend', args, { profile });
    children.push(double.child);
    return {
      url: double.url,
      backendUrl: backend.url,
      backendPid: backend.child.pid,
      config: join(dir, 'backend.toml'),
      binary: bin('skattedeling-backend', profile),
      stop: async () => {
        for (const c of children.reverse()) await stop(c);
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    for (const c of children) await stop(c);
    throw e;
  }
}

/**
 * The chain for a test file whose site's config.json names it: call at the top level after
 * `useSite()`. Started once the site is, stopped after the file's tests.
 */
export function useBackend(site, options = {}) {
  let backend;
  before(async () => {
    await site.ready;
    backend = await startBackend({ origins: [site.url], ...options });
    site.server.files.set('/config.json', JSON.stringify({ backend: backend.url }));
  });
  after(() => backend?.stop());
}
