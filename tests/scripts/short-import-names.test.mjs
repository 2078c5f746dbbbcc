// scripts/short-import-names.mjs renames a wasm's imports and the glue's keys together, so the
// renamed pair still links; and it leaves both files alone when the glue is not as it expects.
// Checked on a wasm written here by hand: it imports one function and exports it again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIELD = '__wbg_answer_0123456789abcdef';

const leb = (n) => [n]; // every length here is below 128
const text = (s) => [...leb(Buffer.byteLength(s)), ...Buffer.from(s)];
const section = (id, body) => [id, ...leb(body.length), ...body];
const wasm = Buffer.from([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, [1, 0x60, 0, 1, 0x7f]), // one type: () -> i32
  ...section(2, [1, ...text('wbg'), ...text(FIELD), 0, 0]), // import wbg.FIELD as function 0
  ...section(7, [1, ...text('answer'), 0, 0]), // export function 0 as `answer`
]);

function files(glue) {
  const dir = mkdtempSync(path.join(tmpdir(), 'short-names-'));
  const w = path.join(dir, 'app_bg.wasm');
  const g = path.join(dir, 'app.mjs');
  writeFileSync(w, wasm);
  writeFileSync(g, glue);
  const run = spawnSync('node', ['scripts/short-import-names.mjs', w, g], { cwd: root, encoding: 'utf8' });
  return { run, wasm: readFileSync(w), glue: readFileSync(g, 'utf8'), gluePath: g };
}

test('the renamed wasm links against the renamed glue, and its names are short', async () => {
  const { run, wasm: renamed, glue, gluePath } = files(
    `export const imports = { "wbg": { ${FIELD}: () => 42 } };\n`,
  );
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /1 imports of 1 module\(s\) renamed/);
  assert.ok(renamed.length < wasm.length, 'the wasm is smaller');
  assert.ok(!glue.includes(FIELD) && !renamed.includes(Buffer.from(FIELD)), 'the long name is gone');
  const { imports } = await import(`file://${gluePath}`);
  const { instance } = await WebAssembly.instantiate(renamed, imports);
  assert.equal(instance.exports.answer(), 42);
});

test('a glue naming an import twice is refused and both files stay as they were', () => {
  const glue = `export const imports = { "wbg": { ${FIELD}: () => 42 } };\n// ${FIELD}\n`;
  const result = files(glue);
  assert.equal(result.run.status, 1);
  assert.match(result.run.stderr, /stands 2 times/);
  assert.deepEqual(result.wasm, wasm);
  assert.equal(result.glue, glue);
});

test('a file that is not a wasm is refused', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'short-names-'));
  const w = path.join(dir, 'not.wasm');
  writeFileSync(w, 'hello, world');
  writeFileSync(path.join(dir, 'app.js'), '');
  const run = spawnSync('node', ['scripts/short-import-names.mjs', w, path.join(dir, 'app.js')], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /not a wasm module/);
});
