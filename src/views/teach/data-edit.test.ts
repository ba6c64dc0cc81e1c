// The data panel's pure logic: rows in use, add/move/remove within 2..500 rows, axes, and the
// chart ↔ data maps (checked against Chart's own scaleOf).
import { describe, expect, it } from 'vitest';
import { MAX_ROWS } from '../../math/data';
import { surfaceData } from '../../math/surfaces';
import { scaleOf } from './Chart';
import { addRow, boundsOf, moveRow, removeRow, roundForSpan, rowsInUse, toData } from './data-edit';

describe('rowsInUse', () => {
  it('is the scene data, else the shipped set, else null off the regression surfaces', () => {
    expect(rowsInUse('linear-regression', null)).toEqual(surfaceData('linear-regression'));
    expect(
      rowsInUse('linear-regression', [
        [0, 1],
        [1, 3],
      ]),
    ).toEqual([
      [0, 1],
      [1, 3],
    ]);
    expect(rowsInUse('rosenbrock', null)).toBeNull();
    expect(rowsInUse(null, [[0, 1]])).toBeNull();
  });
});

describe('edits', () => {
  const rows = [
    [0, 1],
    [1, 3],
    [2, 5],
  ];
  it('add one row, copying (the input is not touched)', () => {
    const r = addRow(rows, [3, 7]);
    expect(r).toEqual({
      ok: true,
      rows: [
        [0, 1],
        [1, 3],
        [2, 5],
        [3, 7],
      ],
    });
    expect(rows).toHaveLength(3);
    expect(addRow(rows, [NaN, 1]).ok).toBe(false);
    const full = Array.from({ length: MAX_ROWS }, (_, i) => [i, i]);
    expect(addRow(full, [1, 1]).ok).toBe(false);
  });
  it('move one row, keeping a label', () => {
    expect(moveRow(rows, 1, [1.5, 2])).toEqual({
      ok: true,
      rows: [
        [0, 1],
        [1.5, 2],
        [2, 5],
      ],
    });
    expect(
      moveRow(
        [
          [1, 1, -1],
          [2, 2, 1],
        ],
        0,
        [0, 3],
      ),
    ).toEqual({
      ok: true,
      rows: [
        [0, 3, -1],
        [2, 2, 1],
      ],
    });
    expect(moveRow(rows, 3, [0, 0]).ok).toBe(false);
    expect(moveRow(rows, 0, [Infinity, 0]).ok).toBe(false);
  });
  it('remove one row, never below two', () => {
    expect(removeRow(rows, 0)).toEqual({
      ok: true,
      rows: [
        [1, 3],
        [2, 5],
      ],
    });
    expect(
      removeRow(
        [
          [0, 1],
          [1, 2],
        ],
        0,
      ).ok,
    ).toBe(false);
    expect(removeRow(rows, -1).ok).toBe(false);
  });
});

describe('axes and coordinates', () => {
  it('bounds hold every point with room around it', () => {
    const b = boundsOf('linear-regression', [
      [0, 1],
      [1, 3],
      [2, 5],
    ]);
    expect(b.x[0]).toBeLessThan(0);
    expect(b.x[1]).toBeGreaterThan(2);
    expect(b.y[0]).toBe(0);
    expect(b.y[1]).toBeGreaterThan(5);
    const c = boundsOf('logistic-regression', [
      [1, -2, 1],
      [-1, 0.5, -1],
    ]);
    expect(c).toEqual({ x: [-2.5, 2.5], y: [-2.5, 2.5] });
  });
  it('toData inverts Chart’s scaleOf, y upside down included', () => {
    const ax = { lo: -1.5, hi: 4, label: '' };
    const sx = scaleOf(ax, 40, 310);
    const sy = scaleOf(ax, 166, 10);
    for (const v of [-1.5, 0, 0.37, 4]) {
      expect(toData(sx(v), ax.lo, ax.hi, 40, 310)).toBeCloseTo(v, 12);
      expect(toData(sy(v), ax.lo, ax.hi, 166, 10)).toBeCloseTo(v, 12);
    }
  });
  it('rounds a clicked value to the axis scale', () => {
    expect(roundForSpan(1.23456, 5)).toBe(1.23);
    expect(roundForSpan(-0.0123456, 0.5)).toBe(-0.012);
    expect(roundForSpan(2.5, 0)).toBe(2.5);
  });
});
