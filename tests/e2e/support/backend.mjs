// The test backend (the `testbackend` workspace member) as a child process on a free loopback port,
// for the contract and end-to-end tests. `make test` builds it first.

import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export const BACKEND_BIN = new URL('../../../target/debug/skattedeling-testbackend', import.meta.url).pathname;

/** The organisation numbers that pick each scenario (see testbackend/README.md). */
export const SCENARIO = {
  ok: '910000004',
  subUnit: '910000012',
  mp200: '910000020',
  mp251: '910000039',
  mp120: '910000047',
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
        'altinn-api': 'ja', [miljo === 'test' ? 'altinn-tt02' : 'altinn-produksjon']: 'ja', 'altinn-orgnr': 'ja',
        'mp-delegering': 'ja', 'mp-sertifikat': 'ja', scope: '-', token: '-' }
    : { flyt: 'tilkobling', rolle: 'kommune', vei: 'direkte', miljo, 'kommune-orgnr': kommune,
        'direkte-tilgang': 'ja', 'direkte-sertifikat': 'ja', scope: '-', token: '-' };
  return `/?${new URLSearchParams(params)}#veiviser-tilkobling`;
}

/** Starts the backend allowing `origins`; resolves to { url, stop }. */
export async function startBackend({ origins = [], slowSeconds = 30 } = {}) {
  const args = ['--port', '0', '--slow-seconds', String(slowSeconds)];
  for (const o of origins) args.push('--allow-origin', o);
  const child = spawn(BACKEND_BIN, args, { stdio: ['ignore', 'pipe', process.env.BACKEND_LOG ? 'inherit' : 'ignore'] });
  const exited = new Promise((ok) => child.once('exit', ok));
  const url = await new Promise((ok, fail) => {
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`the test backend exited (${code}) before it listened`)));
    createInterface({ input: child.stdout }).once('line', (line) => {
      const found = line.match(/http:\/\/[0-9.]+:[0-9]+/);
      found ? ok(found[0]) : fail(new Error(`unexpected first line: ${line}`));
    });
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) child.kill();
      await exited;
    },
  };
}
