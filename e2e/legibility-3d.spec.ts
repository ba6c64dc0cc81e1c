// The 3D view teaches (issue 14, item 3): z fitted to f over the domain whatever the runs do,
// Newton's step drawn to T2's stationary point, "focus on p" zooming onto the patch, a key.
// Expected values are computed here in float64 from the formulas.
import { expect, test, type Page } from '@playwright/test';
import { downloadExport, openScene } from './helpers';

interface Trace {
  uid?: string;
  x: (number | null)[];
  y: (number | null)[];
  z: (number | null)[] | (number | null)[][];
}
interface Annotation {
  x: number;
  y: number;
  z: number;
  text: string;
}
interface Scene3d {
  x: [number, number];
  y: [number, number];
  z: [number, number];
  traces: Trace[];
  annotations: Annotation[];
}

async function scene3d(page: Page): Promise<Scene3d> {
  return page.evaluate(() => {
    type Ax = { range: [number, number] };
    const el = document.querySelector('[data-testid=surface-view] .surface-plot') as HTMLElement & {
      _fullLayout: { scene: { xaxis: Ax; yaxis: Ax; zaxis: Ax; annotations: Annotation[] } };
      data: Trace[];
    };
    const s = el._fullLayout.scene;
    return {
      x: [...s.xaxis.range],
      y: [...s.yaxis.range],
      z: [...s.zaxis.range],
      traces: el.data.map((t) => ({ uid: t.uid, x: t.x, y: t.y, z: t.z })),
      annotations: s.annotations.map((a) => ({ x: a.x, y: a.y, z: a.z, text: a.text })),
    } as Scene3d;
  });
}

const rosenbrock = (x: number, y: number) => (1 - x) ** 2 + 100 * (y - x * x) ** 2;
/** Rosenbrock's gradient and Hessian, by hand. */
const rosenbrockJet = (x: number, y: number) => ({
  f: rosenbrock(x, y),
  g: [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)] as const,
  h: [
    [2 - 400 * (y - x * x) + 800 * x * x, -400 * x],
    [-400 * x, 200],
  ] as const,
});

/** min and max of f on an n × n grid over the domain (float64). */
function rangeOn(f: (x: number, y: number) => number, [a, b, c, d]: number[], n = 241): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let j = 0; j < n; j++)
    for (let i = 0; i < n; i++) {
      const v = f(a + ((b - a) * i) / (n - 1), c + ((d - c) * j) / (n - 1));
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  return [lo, hi];
}

/** Newton's step s = −H⁻¹g and T2(p + s) = f + g·s + ½ sᵀHs, in float64. */
function newtonTip(x: number, y: number, jet: ReturnType<typeof rosenbrockJet>) {
  const [[a, b], [, c]] = jet.h;
  const det = a * c - b * b;
  const sx = -(c * jet.g[0] - b * jet.g[1]) / det;
  const sy = -(-b * jet.g[0] + a * jet.g[1]) / det;
  const t2 = jet.f + jet.g[0] * sx + jet.g[1] * sy + 0.5 * (a * sx * sx + 2 * b * sx * sy + c * sy * sy);
  return { x: x + sx, y: y + sy, z: t2 };
}

const finite = (vs: (number | null)[]) => vs.filter((v): v is number => v !== null && Number.isFinite(v));

test('a diverging gd run does not rescale the 3D view: z stays on f’s range, the trail is cut at the box', async ({
  page,
}) => {
  await openScene(page, '?surface=rosenbrock&opt=gd&lr=0.01');
  const { data } = await downloadExport(page);
  // the run does diverge (f grows past 1e10), so the test means something
  const values = data.runs[0].iterates.map((it) => Math.abs(it.value));
  expect(values.some((v) => !Number.isFinite(v) || v > 1e10)).toBe(true);

  const [lo, hi] = rangeOn(rosenbrock, data.surface.domain);
  const s = await scene3d(page);
  const span = hi - lo;
  // within f's range over the domain plus a 10 % margin, and not shrunk below it
  expect(s.z[0]).toBeGreaterThanOrEqual(lo - 0.1 * span);
  expect(s.z[0]).toBeLessThanOrEqual(lo);
  expect(s.z[1]).toBeLessThanOrEqual(hi + 0.1 * span);
  expect(s.z[1]).toBeGreaterThanOrEqual(hi);
  expect(s.x).toEqual([data.surface.domain[0], data.surface.domain[1]]);
  // the trail's drawn points all lie in the box: it was cut where it left
  const trail = s.traces.find((t) => t.uid === 'trail-gd')!;
  const zs = finite(trail.z as (number | null)[]);
  expect(zs.length).toBeGreaterThan(1);
  expect(Math.max(...zs)).toBeLessThanOrEqual(s.z[1] + 1e-9 * span);
  for (const x of finite(trail.x)) expect(x >= s.x[0] && x <= s.x[1]).toBe(true);
  await expect(page.getByTestId('legend-clipped')).toContainText('Gradient descent');
});

test('Newton’s step in 3D ends at p − H⁻¹∇f, at T2’s value there, labelled by the curvature', async ({ page }) => {
  await openScene(page, '?surface=rosenbrock&opt=gd');
  const { data } = await downloadExport(page);
  const { x: px, y: py } = data.point;
  const jet = rosenbrockJet(px, py);
  const want = newtonTip(px, py, jet);
  const s = await scene3d(page);
  const tip = s.traces.find((t) => t.uid === 'newton-tip');
  const step = s.traces.find((t) => t.uid === 'newton-step');
  expect(tip, 'the Newton tip is drawn').toBeTruthy();
  const scale = Math.max(1, Math.hypot(want.x - px, want.y - py));
  // float32 facts: a few 1e-5 of the step's length, of T2's size
  expect(Math.abs((tip!.x[0] as number) - want.x)).toBeLessThan(1e-4 * scale);
  expect(Math.abs((tip!.y[0] as number) - want.y)).toBeLessThan(1e-4 * scale);
  expect(Math.abs((tip!.z as number[])[0] - want.z)).toBeLessThan(
    1e-4 * Math.max(1, Math.abs(jet.f), Math.abs(want.z)),
  );
  // the step starts at (p, f(p))
  expect(step!.x[0]).toBeCloseTo(px, 5);
  expect(step!.y[0]).toBeCloseTo(py, 5);
  expect(Math.abs((step!.z as number[])[0] - jet.f)).toBeLessThan(1e-4 * Math.max(1, jet.f));
  // the label says what the stationary point is: det H < 0 is a saddle, else min or max
  const [[a, b], [, c]] = jet.h;
  const kind = a * c - b * b < 0 ? 'saddle of T2' : a > 0 ? 'min of T2' : 'max of T2';
  // …in a label over the picture, pinned to the tip
  expect(s.annotations.map((a) => a.text)).toEqual([kind]);
  expect(s.annotations[0].x).toBe(tip!.x[0]);
  expect(s.annotations[0].z).toBe((tip!.z as number[])[0]);
  await expect(page.getByTestId('legend-newton')).toContainText(kind);
});

test('on a quadratic, T2 = f: the key says so, and Newton lands on f’s minimum (0, 0, 0)', async ({ page }) => {
  await openScene(page, '?surface=quadratic&opt=gd');
  await expect(page.getByTestId('surface-legend')).toContainText('T2 = f here');
  const s = await scene3d(page);
  const tip = s.traces.find((t) => t.uid === 'newton-tip')!;
  expect(Math.abs(tip.x[0] as number)).toBeLessThan(1e-5);
  expect(Math.abs(tip.y[0] as number)).toBeLessThan(1e-5);
  expect(Math.abs((tip.z as number[])[0])).toBeLessThan(1e-4);
  expect(s.annotations.map((a) => a.text)).toEqual(['min of T2']);
});

test('focus on p zooms the axes onto the patch, and back (by keyboard too)', async ({ page }) => {
  await openScene(page, '?surface=rosenbrock&opt=gd');
  const { data } = await downloadExport(page);
  const d = data.surface.domain;
  const { x: px, y: py } = data.point;
  const full = await scene3d(page);
  const button = page.getByTestId('focus-p');
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');

  // the patch: half-widths 0.2 × the domain's size, clipped to the domain (scene.patch default)
  const hx = 0.2 * (d[1] - d[0]);
  const hy = 0.2 * (d[3] - d[2]);
  const patch = [Math.max(d[0], px - hx), Math.min(d[1], px + hx), Math.max(d[2], py - hy), Math.min(d[3], py + hy)];
  await expect.poll(async () => (await scene3d(page)).x, { timeout: 20_000 }).toEqual([patch[0], patch[1]]);
  const s = await scene3d(page);
  expect(s.y[0]).toBeCloseTo(patch[2], 9);
  expect(s.y[1]).toBeCloseTo(patch[3], 9);
  // z: T1 and T2 on the patch (float64 here), plus a margin, within the full range: the
  // models fill the frame (f is cut where it leaves the box)
  const jet = rosenbrockJet(px, py);
  let lo = Infinity;
  let hi = -Infinity;
  const n = 25;
  for (let j = 0; j < n; j++)
    for (let i = 0; i < n; i++) {
      const dx = patch[0] + ((patch[1] - patch[0]) * i) / (n - 1) - px;
      const dy = patch[2] + ((patch[3] - patch[2]) * j) / (n - 1) - py;
      const t1 = jet.f + jet.g[0] * dx + jet.g[1] * dy;
      const t2 = t1 + 0.5 * (jet.h[0][0] * dx * dx + 2 * jet.h[0][1] * dx * dy + jet.h[1][1] * dy * dy);
      lo = Math.min(lo, t1, t2);
      hi = Math.max(hi, t1, t2);
    }
  const span = hi - lo;
  const tol = 1e-3 * span;
  expect(s.z[0]).toBeGreaterThanOrEqual(Math.max(full.z[0], lo - 0.15 * span) - tol);
  expect(s.z[1]).toBeLessThanOrEqual(Math.min(full.z[1], hi + 0.15 * span) + tol);
  expect(s.z[0]).toBeLessThanOrEqual(Math.max(full.z[0], lo) + tol);
  expect(s.z[1]).toBeGreaterThanOrEqual(Math.min(full.z[1], hi) - tol);
  // the patch box is much smaller than the whole view
  expect(s.x[1] - s.x[0]).toBeLessThan(0.5 * (full.x[1] - full.x[0]));

  // back, by keyboard: the whole domain and f's range again
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(async () => (await scene3d(page)).x, { timeout: 20_000 }).toEqual(full.x);
  const back = await scene3d(page);
  expect(back.z).toEqual(full.z);
  expect(back.y).toEqual(full.y);
});

test('dragging p keeps the trails’ 3D traces (the same objects) and the z range', async ({ page }) => {
  await openScene(page, '?surface=rosenbrock&opt=gd');
  const before = await scene3d(page);
  await page.evaluate(() => {
    const el = document.querySelector('[data-testid=surface-view] .surface-plot') as HTMLElement & {
      data: { uid?: string }[];
    };
    (window as unknown as { __trail: unknown }).__trail = el.data.find((t) => t.uid === 'trail-gd');
  });
  const handle = (await page.getByTestId('point-handle').boundingBox())!;
  const [cx, cy] = [handle.x + handle.width / 2, handle.y + handle.height / 2];
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 1; i <= 4; i++) await page.mouse.move(cx + 6 * i, cy + 3 * i);
  await page.mouse.up();
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  const after = await scene3d(page);
  // p moved: the Newton step with it
  const tip = (s: Scene3d) => s.traces.find((t) => t.uid === 'newton-step')!.x[0];
  expect(tip(after)).not.toBe(tip(before));
  expect(after.z).toEqual(before.z);
  const same = await page.evaluate(() => {
    const el = document.querySelector('[data-testid=surface-view] .surface-plot') as HTMLElement & {
      data: { uid?: string }[];
    };
    return el.data.find((t) => t.uid === 'trail-gd') === (window as unknown as { __trail: unknown }).__trail;
  });
  expect(same).toBe(true);
});

/** The ticks the 3D scene drew on an axis (0 x, 1 y, 2 z; plotly's gl3d tick marks) in its
 *  data's units, and z's range. */
async function sceneTicks(page: Page, axis = 2) {
  return page.evaluate((axis) => {
    const el = document.querySelector('[data-testid=surface-view] .surface-plot') as HTMLElement & {
      _fullLayout: {
        scene: {
          zaxis: { range: [number, number] };
          _scene: { dataScale: number[]; axesOptions: { ticks: { x: number; text: string }[][] } };
        };
      };
    };
    const s = el._fullLayout.scene;
    const scale = s._scene.dataScale[axis];
    return {
      range: [...s.zaxis.range],
      ticks: s._scene.axesOptions.ticks[axis].map((t) => ({ v: t.x / scale, text: t.text })),
    };
  }, axis);
}

test('z’s tick labels keep off the floor, where they were drawn on the end labels of x and y (Himmelblau’s “0” on y’s “5”); x’s and y’s first labels not on each other (“−5−5”)', async ({
  page,
}) => {
  for (const query of ['?surface=himmelblau&point=1,1', '?surface=rastrigin', '']) {
    await openScene(page, query);
    const { range, ticks } = await sceneTicks(page);
    const floor = range[0] + 0.15 * (range[1] - range[0]);
    expect(ticks.length, query).toBeGreaterThanOrEqual(2);
    for (const t of ticks) {
      expect(t.v, `${query}: ${t.text}`).toBeGreaterThanOrEqual(floor);
      expect(t.v, `${query}: ${t.text}`).toBeLessThanOrEqual(range[1]);
      // round values, shown as such
      expect(t.text, query).toMatch(/^[−-]?\d+(\.\d{1,3})?k?$/);
    }
    // x's and y's first labels are not written on each other at the corner the camera looks
    // from (Himmelblau read "−5−5"): one label there, x's; y's grid line stays
    const x = (await sceneTicks(page, 0)).ticks;
    const y = (await sceneTicks(page, 1)).ticks;
    if (query.includes('himmelblau')) {
      expect(x.map((t) => [Math.round(t.v), t.text])).toEqual([
        [-5, '−5'],
        [0, '0'],
        [5, '5'],
      ]);
      expect(y.map((t) => [Math.round(t.v), t.text])).toEqual([
        [-5, ''],
        [0, '0'],
        [5, '5'],
      ]);
    } else if (query === '') {
      // Rosenbrock: x's −2 at the corner, y's first tick (0) a quarter up its axis: all labelled
      expect(y.length).toBeGreaterThanOrEqual(2);
      expect(y.every((t) => t.text !== '')).toBe(true);
    }
  }
});

test('on a projector z’s labels keep clear of the axis title “f” in the middle of the axis (Rosenbrock’s “1000”, Himmelblau’s “400”)', async ({
  page,
}) => {
  for (const [width, height, query] of [
    [1920, 1080, '?present=1'],
    [1920, 1080, '?surface=himmelblau&present=1'],
    [1280, 720, '?present=1'],
  ] as const) {
    await page.setViewportSize({ width, height });
    await openScene(page, query);
    const { range, ticks } = await sceneTicks(page);
    const mid = (range[0] + range[1]) / 2;
    const labelled = ticks.filter((t) => t.text !== '');
    expect(labelled.length, query).toBeGreaterThanOrEqual(2);
    for (const t of labelled) {
      expect(Math.abs(t.v - mid), `${query}: ${t.text}`).toBeGreaterThanOrEqual(0.12 * (range[1] - range[0]));
      expect(t.text, query).toMatch(/^[−-]?\d+(\.\d{1,3})?k?$/);
    }
    // on the small projector view two labels are never stacked on each other (2500 on 2000)
    if (height === 720)
      for (let i = 1; i < labelled.length; i++)
        expect(labelled[i].v - labelled[i - 1].v, labelled[i].text).toBeGreaterThanOrEqual(0.2 * (range[1] - range[0]));
  }
});

test('in a box taller than wide (a 390 px embed) the 3D view steps back so that its sides and f’s axis stay in the frame', async ({
  page,
}) => {
  const eyeOf = () =>
    page.evaluate(() => {
      const el = document.querySelector('[data-testid=surface-view] .surface-plot') as HTMLElement & {
        _fullLayout: { scene: { camera: { eye: { x: number; y: number; z: number } } } };
      };
      const wrap = document.querySelector('[data-testid=surface-view]') as HTMLElement;
      return { eye: { ...el._fullLayout.scene.camera.eye }, w: wrap.clientWidth, h: wrap.clientHeight };
    });
  // the full page at a laptop's size: the home camera
  await openScene(page, '?surface=himmelblau');
  const home = await eyeOf();
  expect(home.h).toBeLessThanOrEqual(home.w);
  expect(home.eye).toEqual({ x: -1.45, y: -1.45, z: 1.05 });

  await page.setViewportSize({ width: 390, height: 844 });
  await openScene(page, '?embed=1&surface=himmelblau');
  await page.getByTestId('toggle-3d').click();
  // read at its first drawing (the box is measured before it): no second drawing to fix it up
  await expect(page.getByTestId('surface-view')).toBeVisible();
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  const narrow = await eyeOf();
  const back = Math.min(2, Math.round((10 * narrow.h) / narrow.w) / 10);
  expect(back).toBeGreaterThan(1.2);
  expect(narrow.eye.x).toBeCloseTo(-1.45 * back, 6);
  expect(narrow.eye.y).toBeCloseTo(-1.45 * back, 6);
  expect(narrow.eye.z).toBeCloseTo(1.05 * back, 6);
});
