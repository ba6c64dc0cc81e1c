// Shared by the checks in other rooms (Firefox, Mesa): serve the production build, run named
// checks, print what passed and failed, exit non-zero on a failure.
import { spawn } from 'node:child_process';

export { CHROMIUM_ARGS, coursePageHtml } from '../shared.mjs';

export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** `vite preview` of the build in $PW_DIST (default dist) on `port`; resolves when it answers. */
export async function preview(port) {
  const dist = process.env.PW_DIST || 'dist';
  const child = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dist], {
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => process.kill(-child.pid) };
    } catch {
      // not up yet
    }
    await sleep(250);
  }
  process.kill(-child.pid);
  throw new Error(`vite preview did not answer on ${url}`);
}


const failures = [];
let current = '';

/** Record a check: a failed one is printed and counted, the test goes on. */
export function check(ok, what) {
  console.log(`    ${ok ? '✓' : '✘'} ${what}`);
  if (!ok) failures.push(`${current}: ${what}`);
}

/** Run one named test; an exception fails it. */
export async function test(name, fn) {
  current = name;
  const t0 = Date.now();
  console.log(`  ${name}`);
  try {
    await fn();
  } catch (err) {
    failures.push(`${name}: ${err instanceof Error ? err.stack || err.message : String(err)}`);
    console.log(`    ✘ ${err instanceof Error ? err.message : String(err)}`);
  }
  console.log(`    (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

/** Print the outcome; exit 1 when anything failed. */
export function summary(room) {
  if (failures.length) {
    console.log(`\n${room}: ${failures.length} failed\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`\n${room}: all passed`);
}
