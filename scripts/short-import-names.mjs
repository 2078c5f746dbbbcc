// Gives a wasm-bindgen app's imports short names, in the wasm and in its JS glue together:
//   node scripts/short-import-names.mjs app_bg.wasm app.js
// wasm-bindgen names each import after its function and a 16-digit hash
// (`__wbg_addEventListener_70e3766f6252144d`), and writes each name twice, in the wasm's import
// section and as a key of the glue's import object. The hashes do not compress: on the FAQ app they
// are about 4 KB gzip of a first visit. Here each module becomes `a`, `b` … and each import `a`, `b` …,
// `ba` …; nothing else in either file changes.
//
// It refuses (exit 1, files untouched) unless each old name stands exactly once in the glue, as a
// whole word, so a glue it does not understand is never half renamed.

import { readFileSync, writeFileSync } from 'node:fs';

const [wasmPath, gluePath] = process.argv.slice(2);
if (!wasmPath || !gluePath) {
  console.error('usage: node scripts/short-import-names.mjs <app_bg.wasm> <app.js>');
  process.exit(2);
}

function fail(message) {
  console.error(`short-import-names: ${message}`);
  process.exit(1);
}

/** Reads an unsigned LEB128 at `at`: [value, next offset]. */
function uleb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (at >= bytes.length) fail('the wasm ends inside a number');
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) return [value, at];
    shift += 7;
    if (shift > 35) fail('a number in the wasm is too long');
  }
}

function writeUleb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value !== 0) byte |= 0x80;
    out.push(byte);
  } while (value !== 0);
  return Buffer.from(out);
}

function name(bytes, at) {
  const [length, start] = uleb(bytes, at);
  if (start + length > bytes.length) fail('a name runs past the end of the wasm');
  return [bytes.subarray(start, start + length).toString('utf8'), start + length];
}

function encodedName(text) {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([writeUleb(bytes.length), bytes]);
}

/** The bytes after an import's names that say what it is (a function's type, a memory's limits …). */
function descriptionEnd(bytes, at) {
  const kind = bytes[at++];
  const limits = (from) => {
    const flags = bytes[from++];
    let [, next] = uleb(bytes, from);
    if (flags & 1) [, next] = uleb(bytes, next);
    return next;
  };
  switch (kind) {
    case 0: return uleb(bytes, at)[1]; // function: its type
    case 1: return limits(at + 1); // table: element type, limits
    case 2: return limits(at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    case 4: return uleb(bytes, at + 1)[1]; // tag: attribute, type
    default: return fail(`an import of unknown kind ${kind}`);
  }
}

/** `a` … `z`, then `ba` …: short, and a valid JS identifier for every index. */
function shortName(index) {
  let text = '';
  do {
    text = String.fromCharCode(97 + (index % 26)) + text;
    index = Math.floor(index / 26);
  } while (index > 0);
  return text;
}

const wasm = readFileSync(wasmPath);
if (wasm.length < 8 || wasm.readUInt32LE(0) !== 0x6d736100) fail(`${wasmPath} is not a wasm module`);
let glue = readFileSync(gluePath, 'utf8');

// Find the import section.
let at = 8;
let section = null;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, start] = uleb(wasm, at + 1);
  if (id === 2) section = { at, start, end: start + size };
  at = start + size;
}
if (!section) fail(`${wasmPath} has no imports`);

const modules = new Map();
const renamed = [];
const parts = [];
let [count, next] = uleb(wasm, section.start);
parts.push(writeUleb(count));
for (let i = 0; i < count; i++) {
  let module, field;
  [module, next] = name(wasm, next);
  [field, next] = name(wasm, next);
  const end = descriptionEnd(wasm, next);
  if (!modules.has(module)) modules.set(module, { short: shortName(modules.size), fields: 0 });
  const m = modules.get(module);
  const short = shortName(m.fields++);
  renamed.push([field, short]);
  parts.push(encodedName(m.short), encodedName(short), wasm.subarray(next, end));
  next = end;
}
if (next !== section.end) fail('the import section does not end where its size says');

// The glue: each module's name is a quoted key, each import's name a bare key, once each.
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const once = (pattern, what) => {
  const found = glue.match(new RegExp(pattern, 'g'))?.length ?? 0;
  if (found !== 1) fail(`${what} stands ${found} times in ${gluePath}, not once: not renamed`);
};
for (const [module, { short }] of modules) {
  const quoted = `(["'])${escape(module)}\\1`;
  once(quoted, `the module name ${module}`);
  glue = glue.replace(new RegExp(quoted), `"${short}"`);
}
for (const [field, short] of renamed) {
  const word = `(?<![\\w$])${escape(field)}(?![\\w$])`;
  once(word, `the import ${field}`);
  glue = glue.replace(new RegExp(word), short);
}

const body = Buffer.concat(parts);
const out = Buffer.concat([
  wasm.subarray(0, section.at),
  Buffer.from([2]),
  writeUleb(body.length),
  body,
  wasm.subarray(section.end),
]);
writeFileSync(wasmPath, out);
writeFileSync(gluePath, glue);
console.log(`short-import-names: ${renamed.length} imports of ${modules.size} module(s) renamed; the wasm ${wasm.length} → ${out.length} bytes`);
