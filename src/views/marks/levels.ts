// The Taylor models' level sets on the patch around p, in the overlay's pixels: for each shown
// model, a handful of levels over its own range (chooseLevels) and one path per level.
import { chooseLevels, levelSetPaths, type LevelPath } from '../levelSets';
import type { Scales } from './scales';

/** A Taylor model sampled on the patch: its order and its values (row-major, y as the row). */
export interface ModelOnPatch {
  order: number;
  values: ArrayLike<number>;
}

/** The patch's sample axes. */
export interface PatchAxes {
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
}

export interface ModelLevels {
  order: number;
  /** spacing of the levels in the model's units (0: the model is flat, no levels) */
  step: number;
  /** one path per level, ascending */
  paths: LevelPath[];
}

/** Every model's level sets, the levels anchored at f(p) (`through`), placed with `s`: about
 *  `count` levels each (chooseLevels). */
export function modelLevelSets(
  models: ModelOnPatch[],
  patch: PatchAxes,
  through: number,
  s: Scales,
  count?: number,
): ModelLevels[] {
  const nx = patch.xs.length;
  const ny = patch.ys.length;
  if (nx < 2 || ny < 2) return models.map((m) => ({ order: m.order, step: 0, paths: [] }));
  const x0 = patch.xs[0];
  const y0 = patch.ys[0];
  const dx = (patch.xs[nx - 1] - x0) / (nx - 1);
  const dy = (patch.ys[ny - 1] - y0) / (ny - 1);
  const toPx = (i: number, j: number): [number, number] => [s.x(x0 + i * dx), s.y(y0 + j * dy)];
  return models.map(({ order, values }) => {
    const { levels, step } = chooseLevels(values, nx, ny, through, count);
    return { order, step, paths: levelSetPaths(values, nx, ny, levels, toPx) };
  });
}
