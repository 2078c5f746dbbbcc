// A bounded load test of the connection-test backend (release build) against the simulators, on
// loopback only: N tests, C at once, på vegne av the fixture's working municipalities in turn.
// Prints throughput, p50/p99 latency, the backend's peak memory and every test that did not work,
// beside their budgets; it never fails on a budget.
//
//   node scripts/load.mjs [tests] [concurrent]

import { readFile } from 'node:fs/promises';
import { startBackend } from '../tests/e2e/support/backend.mjs';

const TESTS = Number(process.argv[2] ?? 2000);
const CONCURRENT = Number(process.argv[3] ?? 50);
const BUDGET = { throughput: 50, p99Ms: 2000, peakMemoryMb: 64 };
const MUNICIPALITIES = ['910000004', '910000071', '910000098', '910000101', '974760673', '958935420'];

const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.round((xs.length - 1) * p)];
const verdict = (ok) => (ok ? 'within budget' : 'OVER budget');

/** The backend process's peak resident memory (VmHWM), in MB. */
async function peakMemoryMb(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(status.match(/VmHWM:\s+(\d+) kB/)[1]) / 1024;
}

const chain = await startBackend({ origins: ['http://127.0.0.1:8080'], profile: 'release', test: 'ks' });
const url = new URL(chain.backendUrl);
if (!['127.0.0.1', '[::1]', 'localhost'].includes(url.hostname)) throw new Error(`not loopback: ${url}`);

async function one(i) {
  const body = JSON.stringify({
    miljo: 'test', kommune: MUNICIPALITIES[i % MUNICIPALITIES.length], leverandor: '971032146',
    rettighetspakke: 'kommuneforeldrebetaling',
  });
  const started = performance.now();
  const res = await fetch(`${chain.backendUrl}/v1/connection-tests`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body,
  });
  const text = await res.text();
  const ms = performance.now() - started;
  let works = false;
  try {
    works = res.status === 200 && JSON.parse(text).steg.every((s) => s.status === 'ok');
  } catch {}
  return { ms, works, status: res.status, text };
}

async function run(count) {
  let next = 0;
  const results = [];
  const worker = async () => {
    while (next < count) results.push(await one(next++));
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(CONCURRENT, count) }, worker));
  return { results, seconds: (performance.now() - started) / 1000 };
}

try {
  await run(50); // warm-up: connections, metadata and keys cached
  const { results, seconds } = await run(TESTS);
  const ms = results.map((r) => r.ms);
  const failed = results.filter((r) => !r.works);
  const throughput = results.length / seconds;
  const memory = await peakMemoryMb(chain.backendPid);
  console.log(`Load test: ${results.length} connection tests, ${CONCURRENT} at once, against the simulators on loopback`);
  console.log(`  (release build; simulators and backend share this machine's cores)`);
  console.log(`  throughput   ${throughput.toFixed(0)} tests/s     budget ≥ ${BUDGET.throughput}: ${verdict(throughput >= BUDGET.throughput)}`);
  console.log(`  latency      p50 ${pct(ms, 0.5).toFixed(0)} ms, p99 ${pct(ms, 0.99).toFixed(0)} ms, max ${Math.max(...ms).toFixed(0)} ms` +
    `     budget p99 ≤ ${BUDGET.p99Ms} ms: ${verdict(pct(ms, 0.99) <= BUDGET.p99Ms)}`);
  console.log(`  peak memory  ${memory.toFixed(1)} MB (backend, VmHWM)     budget ≤ ${BUDGET.peakMemoryMb} MB: ${verdict(memory <= BUDGET.peakMemoryMb)}`);
  console.log(`  tests that did not work: ${failed.length}     budget 0: ${verdict(failed.length === 0)}`);
  for (const f of failed.slice(0, 5)) console.log(`    HTTP ${f.status}: ${f.text.slice(0, 300)}`);
} finally {
  await chain.stop();
}
