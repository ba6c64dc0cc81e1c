// The interface contract's version 2 end to end: URL in, JSON out, against the independent
// float64 values of reference-v2.json (derivatives up to order 6 at p; runs of the methods
// added in version 2, sgd on data from the URL). float32 tolerances, as the reference's README
// asks: derivatives relative to the largest value of their order; runs by a prefix of
// iterates, then the end point and status where they converge.
import { expect, test } from '@playwright/test';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { downloadExport, openPanels } from './helpers';

const shared = fileURLToPath(new URL('../../shared/reference/reference-v2.json', import.meta.url));
const path = existsSync(shared)
  ? shared
  : fileURLToPath(new URL('../src/math/fixtures/reference-v2.json', import.meta.url));
interface RefDerivs {
  surface: string;
  point: [number, number];
  order: number;
  derivatives: number[][];
}
interface RefRun {
  surface: string;
  opt: string;
  params: Record<string, number>;
  start: [number, number];
  steps: number;
  tol: number;
  status: string;
  data?: string;
  iterates: { k: number; x: number; y: number; value: number; gradNorm: number; radius?: number; mu?: number }[];
}
const ref = JSON.parse(readFileSync(path, 'utf8')) as { derivatives: RefDerivs[]; trajectories: RefRun[] };

interface ExportV2 {
  version: number;
  surface: { id: string | null; data?: number[][] };
  point: { derivatives: (number | null)[][] };
  runs: { optimizer: string; params: Record<string, number>; status: string; iterates: RefRun['iterates'] }[];
}

const close = (a: number, b: number, rel: number) => Math.abs(a - b) <= rel * Math.max(1, Math.abs(b));

test.describe.configure({ timeout: 240_000 });

test('point.derivatives up to order 6 match the reference on catalog surfaces (float32)', async ({ page }) => {
  const cases = ['rosenbrock', 'himmelblau', 'beale', 'six-hump-camel', 'mccormick', 'rastrigin'].map((id) =>
    ref.derivatives.find((d) => d.surface === id && Math.abs(d.point[0]) + Math.abs(d.point[1]) > 0)!,
  );
  for (const c of cases) {
    await openPanels(page, `?surface=${c.surface}&point=${c.point.join(',')}&taylor=1,2,3,4,5,6`);
    const { data } = (await downloadExport(page)) as unknown as { data: ExportV2 };
    expect(data.version).toBe(2);
    const got = data.point.derivatives;
    expect(got.map((row) => row.length)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const p = Math.hypot(...c.point);
    c.derivatives.forEach((row, n) => {
      const scale = Math.max(...row.map(Math.abs));
      const next = n + 1 < c.derivatives.length ? Math.max(...c.derivatives[n + 1].map(Math.abs)) : 0;
      // float32: relative to the order's largest value, plus the shift of p's own rounding
      // (about 6e-8·|p|) carried by the next order (the jets' README note)
      const tol = 2e-3 * (1 + scale) + 1e-6 * p * next;
      row.forEach((v, j) =>
        expect(Math.abs((got[n][j] ?? NaN) - v), `${c.surface} d${n}[${j}]`).toBeLessThanOrEqual(tol),
      );
    });
  }
  // orders shown decide how far the export goes (at least 2)
  await openPanels(page, '?surface=rosenbrock&taylor=1,3');
  const { data } = (await downloadExport(page)) as unknown as { data: ExportV2 };
  expect(data.point.derivatives.length).toBe(4);
  await openPanels(page, '?surface=rosenbrock&taylor=0');
  const { data: d0 } = (await downloadExport(page)) as unknown as { data: ExportV2 };
  expect(d0.point.derivatives.length).toBe(3);
});

for (const r of ref.trajectories) {
  test(`${r.opt} on ${r.surface} from (${r.start}): the export matches the reference run`, async ({ page }) => {
    const q = new URLSearchParams({
      surface: r.surface,
      opt: r.opt,
      start: r.start.join(','),
      steps: String(r.steps),
      tol: String(r.tol),
      ...Object.fromEntries(Object.entries(r.params).map(([k, v]) => [k, String(v)])),
      ...(r.data ? { data: r.data } : {}),
    });
    await openPanels(page, `?${q}`);
    await expect(page.getByRole('alert')).toHaveCount(0);
    const { data } = (await downloadExport(page)) as unknown as { data: ExportV2 };
    const run = data.runs.find((x) => x.optimizer === r.opt)!;
    expect(run, r.opt).toBeTruthy();
    for (const [k, v] of Object.entries(r.params)) expect(run.params[k], k).toBe(v);
    const prefix = Math.min(5, r.iterates.length, run.iterates.length);
    for (let i = 0; i < prefix; i++) {
      const a = run.iterates[i];
      const b = r.iterates[i];
      expect(a.k).toBe(b.k);
      expect(close(a.x, b.x, 2e-3) && close(a.y, b.y, 2e-3), `x at k=${i}: (${a.x}, ${a.y}) vs (${b.x}, ${b.y})`).toBe(
        true,
      );
      expect(close(a.value, b.value, 2e-3), `f at k=${i}`).toBe(true);
      if (b.radius !== undefined) expect(close(a.radius!, b.radius, 1e-3), `radius at k=${i}`).toBe(true);
    }
    const end = run.iterates[run.iterates.length - 1];
    const last = r.iterates[r.iterates.length - 1];
    if (r.status === 'converged') {
      expect(run.status).toBe('converged');
      expect(close(end.x, last.x, 2e-3) && close(end.y, last.y, 2e-3), `ends at (${end.x}, ${end.y})`).toBe(true);
      // float32 may take a step or two more or fewer near the end
      expect(Math.abs(run.iterates.length - r.iterates.length)).toBeLessThanOrEqual(3);
    } else {
      expect(run.status).toBe(r.status);
      expect(run.iterates.length).toBe(r.iterates.length);
    }
    if (r.data) expect(data.surface.data!.map((row) => row.join(',')).join(';')).toBe(r.data.replace(/\.0\b/g, ''));
  });
}

test('methods that do not apply are named in an alert and the others run', async ({ page }) => {
  await openPanels(page, '?f=sin(x)*cos(y)&opt=gd,gauss-newton');
  await expect(page.getByRole('alert').filter({ hasText: 'gauss-newton' })).toBeVisible();
  const { data } = (await downloadExport(page)) as unknown as { data: ExportV2 };
  expect(data.runs.map((r) => r.optimizer)).toEqual(['gd']);
  await openPanels(page, '?surface=rosenbrock&opt=sgd,newton');
  await expect(page.getByRole('alert').filter({ hasText: 'sgd' })).toBeVisible();
});
