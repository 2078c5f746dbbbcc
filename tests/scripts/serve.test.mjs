// `make serve` builds into a folder of its own, so `make release`, `make bench` or `make test` run
// beside it (they write Trunk.toml's dist/, with the shipped config.json) never replace its
// config.json. Checked on the very command scripts/serve.sh runs (`serve.sh --where` prints it),
// without starting anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const command = execFileSync('bash', ['scripts/serve.sh', '--where'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter(Boolean);

/** The value after `flag` in the command, or the value of `NAME=` among its variables. */
const option = (flag) => {
  const at = command.indexOf(flag);
  return at < 0 ? undefined : command[at + 1];
};
const variable = (name) => command.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);

/** Trunk.toml's `[build] dist`: where `trunk build` (make release, bench, test-e2e) writes. */
const sharedDist = () => {
  const build = readFileSync(path.join(root, 'Trunk.toml'), 'utf8').split(/^\[/m).find((s) => s.startsWith('build]'));
  const dist = build?.match(/^dist\s*=\s*"([^"]+)"/m)?.[1];
  assert.ok(dist, 'Trunk.toml has a [build] dist');
  return path.resolve(root, dist);
};

test('make serve runs trunk serve into a folder apart from the shared dist/', () => {
  assert.deepEqual(command.slice(command.indexOf('trunk'), command.indexOf('trunk') + 2), ['trunk', 'serve'], command.join(' '));
  const dist = option('--dist');
  assert.ok(dist, `trunk serve without --dist writes the shared dist/: ${command.join(' ')}`);
  const own = path.resolve(root, dist);
  const shared = sharedDist();
  const inside = (a, b) => a === b || a.startsWith(b + path.sep);
  assert.ok(!inside(own, shared) && !inside(shared, own), `${own} and ${shared} must be apart`);
});

test('make serve gives its build the config that names the backend it starts', () => {
  const config = variable('SKATTEDELING_CONFIG');
  assert.ok(config, 'the config is chosen for the serve build');
  const served = JSON.parse(readFileSync(path.resolve(root, config), 'utf8'));
  const shipped = JSON.parse(readFileSync(path.join(root, 'config/config.json'), 'utf8'));
  assert.equal(served.backend, 'http://127.0.0.1:8787', 'the test double scripts/serve.sh starts');
  assert.notEqual(served.backend, shipped.backend);
});
