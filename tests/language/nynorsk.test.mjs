// The nynorsk text, checked as a nynorsk municipality would read it: every word through hunspell's
// nn_NO dictionary (Debian's hunspell-no, which `make test` installs), with a short allowlist for
// names and compounds it does not know, and a list of bokmål words that must not be there, which
// hunspell accepts as homographs or misses (ikke, hva, hvordan, bare, uten …) and the present-tense
// s-passive («hentes», «sendes»), the most common nynorsk error. Names and quoted menu items stay
// as they are (they are written «…» and skipped).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';

const ROOT = new URL('../../', import.meta.url).pathname;
const ALLOWED = new URL('./nn-allowlist.txt', import.meta.url).pathname;

/** Bokmål words that are never nynorsk; hunspell nn_NO accepts some of them. */
const BOKMAL = ['ikke', 'hva', 'hvordan', 'hvem', 'hvis', 'hvor', 'noen', 'noe', 'fra', 'mye', 'uten', 'bare', 'selv',
  'være', 'ansatte', 'virksomhet', 'virksomheten', 'tjeneste', 'tjenesten', 'opplysninger', 'innbyggere', 'hovedenhet',
  'tilkobling', 'hjemmel', 'jeg', 'dere', 'bruker', 'gjaldt',
  // One form where nynorsk has two, as the site writes it: blei (not vart), også (not òg).
  'vart', 'òg'];

/** The nynorsk texts a reader meets: the FAQ's and the guide's translations, the page's words and
 * the guide's and the connection test's. */
async function texts() {
  const out = [];
  const dir = join(ROOT, 'content/nn');
  for (const file of (await readdir(join(dir, 'faq'))).filter((f) => f.endsWith('.md'))) {
    const source = await readFile(join(dir, 'faq', file), 'utf8');
    const [, front, body] = source.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
    // The sources' notes, not their titles (a law's or a page's name stays as it is).
    const notes = [...front.matchAll(/^kilde: [^|]*\|[^|]*\| (.*)$/gm)].map((m) => m[1]);
    out.push([`content/nn/faq/${file}`, [body, ...notes].join('\n')]);
  }
  for (const file of ['seksjoner.txt', 'tidslinje.txt']) {
    const source = await readFile(join(dir, file), 'utf8');
    out.push([`content/nn/${file}`, source.split('\n').filter((l) => !l.startsWith('#')).map((l) => l.split('|').slice(1).join(' ')).join('\n')]);
  }
  // The error codes: per [[feil]] the texts a reader meets (not `kode` or `"omsett_frå"`). The values
  // are one-line basic strings, `key = "…"`; the Markdown in them (`{placeholders}`, link targets
  // `](…)`, code spans) is left to words().
  const codes = await readFile(join(dir, 'feilkoder.toml'), 'utf8');
  const fields = new Set(['tittel', 'betyr', 'arsak', 'gjor', 'hvem', 'forklaring', 'rad', 'i_testmiljo']);
  const values = [];
  for (const line of codes.split('\n')) {
    const m = line.match(/^\s*([A-Za-z_]+)\s*=\s*"((?:[^"\\]|\\.)*)"\s*(?:#.*)?$/);
    if (m && fields.has(m[1])) values.push(m[2].replace(/\\(.)/g, (_, c) => (c === 'n' || c === 't' ? ' ' : c)));
  }
  assert.ok(values.length > 0, 'content/nn/feilkoder.toml has texts');
  out.push(['content/nn/feilkoder.toml', values.join('\n')]);
  // The guide's flows and checks: every text a reader meets, in the tables and lists under the top
  // (not the ids, the revisions or the sources' titles, which name the pages they are).
  const guideDir = join(dir, 'guide');
  const skipped = new Set(['id', 'svar', 'omsett_frå']);
  const strings = (value, key = '') => {
    if (typeof value === 'string') return skipped.has(key) ? [] : [value];
    if (Array.isArray(value)) return value.flatMap((v) => strings(v, key === 'kilder' ? 'kilde' : key));
    if (value && typeof value === 'object') {
      return Object.entries(value).flatMap(([k, v]) => (key === 'kilde' && k === 'tittel' ? [] : strings(v, k)));
    }
    return [];
  };
  for (const file of (await readdir(guideDir)).filter((f) => f.endsWith('.toml')).sort()) {
    const found = strings(parseToml(await readFile(join(guideDir, file), 'utf8')));
    assert.ok(found.length > 0, `content/nn/guide/${file} has texts`);
    out.push([`content/nn/guide/${file}`, found.join('\n')]);
  }
  // The Rust crates' nynorsk words — the page's (core/src/texts_nn.rs), the guide's screens and
  // core's (core/src/guide_ui_nn.rs, core/src/guide/*_nn.rs), the connection test's
  // (core/src/connection/texts_nn.rs, backend/src/texts_nn.rs, the error codes' placeholders in core/src/connection/codes_nn.rs, the
  // test double's): every string literal of every file whose name ends in `_nn.rs`, whole. A string
  // may go on over lines: a `\` at the end of a line inside a string, with the newline and the next
  // line's leading whitespace, is dropped (Rust's string continuation).
  const rustFiles = [];
  for (const crate of ['src', 'core/src', 'backend/src', 'testbackend/src', 'sitegen/src']) {
    const found = await readdir(join(ROOT, crate), { recursive: true });
    rustFiles.push(...found.filter((f) => f.endsWith('_nn.rs')).map((f) => `${crate}/${f}`));
  }
  for (const known of ['core/src/texts_nn.rs', 'backend/src/texts_nn.rs']) {
    assert.ok(rustFiles.includes(known), `${known} is read`);
  }
  for (const file of rustFiles.sort()) {
    const rust = await readFile(join(ROOT, file), 'utf8');
    out.push([file, [...rust.matchAll(/"((?:[^"\\\n]|\\[\s\S])*)"/g)]
      .map((m) => m[1].replace(/\\(\r?\n\s*|.)/g, (_, c) => (c[0] === '\n' || c[0] === '\r' ? '' : c === 'n' || c === 't' ? ' ' : c)))
      .join('\n')]);
  }
  // The pages beside the FAQ page (the accessibility statement): their title, description and what
  // the body shows, without the tags.
  for (const file of (await readdir(join(ROOT, 'static/nn'))).filter((f) => f.endsWith('.html'))) {
    const html = await readFile(join(ROOT, 'static/nn', file), 'utf8');
    const title = html.match(/<title>([\s\S]*?)<\/title>/)?.[1] ?? '';
    const description = html.match(/<meta name="description" content="([^"]*)"/)?.[1] ?? '';
    const body = html.match(/<body>([\s\S]*)<\/body>/)?.[1] ?? '';
    const text = [title, description, body.replace(/<[^>]*>/g, ' ')].join('\n')
      .replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    assert.ok(body && title, `static/nn/${file} has a <title> and a <body>`);
    out.push([`static/nn/${file}`, text]);
  }
  return out;
}

/** The words of `text` a reader reads: no addresses, other sites' titles, code, quoted names or
 * placeholders. */
function words(text) {
  const prose = text
    // A link to another site reads as that page's title, which stays as it is.
    .replace(/\[[^\]]*\]\(https?:[^)]*\)/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/«[^»]*»/g, ' ')
    .replace(/\{[a-z_]+\}/g, ' ')
    .replace(/\S+@\S+/g, ' ');
  return prose.match(/\p{L}[\p{L}\-]*\p{L}|\p{L}/gu) ?? [];
}

test('the nynorsk is nynorsk: hunspell nn_NO knows every word, and no bokmål word is left', async () => {
  const allowed = new Set((await readFile(ALLOWED, 'utf8')).split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
  const problems = [];
  for (const [file, text] of await texts()) {
    const found = words(text);
    const unknown = execFileSync('hunspell', ['-d', 'nn_NO', '-l'], { input: found.join('\n'), encoding: 'utf8' })
      .split('\n').filter((w) => w && !allowed.has(w) && !allowed.has(w.toLowerCase()));
    const bokmal = found.filter((w) => BOKMAL.includes(w.toLowerCase()));
    // The present-tense s-passive: a verb in -es that hunspell nn_NO does not know as a word.
    const passive = unknown.filter((w) => /^[a-zæøå]+es$/.test(w));
    for (const w of new Set([...bokmal, ...unknown])) {
      problems.push(`${file}: «${w}»${bokmal.includes(w) ? ' is bokmål' : passive.includes(w) ? ' looks like a present s-passive' : ' is not in nn_NO'}`);
    }
  }
  assert.deepEqual(problems, [], `write these in nynorsk, or add a name or compound to ${ALLOWED}:\n${problems.join('\n')}`);
});
