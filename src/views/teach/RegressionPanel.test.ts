import { describe, expect, it } from 'vitest';
import { residualsPath } from './RegressionPanel';

describe('residualsPath', () => {
  const sx = (t: number) => 10 * t;
  const sy = (s: number) => 100 - 10 * s;

  it('draws each row from its point (t, s) straight to the model at t', () => {
    // model s = 2t − 1: at t = 0 it is −1 (residual 1 − (−1)), at t = 2 it is 3 (on the point)
    const d = residualsPath(
      [
        [0, 1],
        [2, 3],
        [0.5, 4],
      ],
      (t) => 2 * t - 1,
      sx,
      sy,
    );
    expect(d).toBe('M0,90V110M20,70V70M5,60V100');
  });

  it('leaves out a row where the model is not finite (no NaN in the path)', () => {
    const d = residualsPath(
      [
        [1, 1],
        [-1, 2],
      ],
      (t) => Math.log(t),
      sx,
      sy,
    );
    expect(d).toBe('M10,90V100');
    expect(d).not.toContain('NaN');
  });

  it('rounds to hundredths of a pixel', () => {
    expect(residualsPath([[1 / 3, 0]], () => 1 / 7, sx, sy)).toBe('M3.33,100V98.57');
  });
});
