// A data set's loss is evaluated from the data as tensors (evaluate.ts → data-loss.ts), not term
// by term: the same values as the formula text parsed and evaluated op by op, and as float64.
import { beforeAll, describe, expect, it } from 'vitest';
import { evalGrid, evalPoints } from './evaluate';
import { parseFormula } from './formula/parse';
import { evalJet64 } from './jet';
import { dataOfAst, regressionAst, regressionFormula, type RegressionId } from './regression';
import { useCpu } from './test-setup';

beforeAll(useCpu);

const DATA: Record<RegressionId, number[][]> = {
  'linear-regression': [
    [0, 1],
    [1, 2.5],
    [2, 2.9],
    [3, 4.4],
    [4, 5.1],
  ],
  'logistic-regression': [
    [0.5, 1, 1],
    [-1, 0.3, -1],
    [2, -0.5, 1],
    [-0.4, -1.2, -1],
  ],
  'exp-regression': [
    [0, 2],
    [0.5, 1.6],
    [1, 1.2],
    [2, 0.75],
  ],
};

describe('data losses from the data as tensors', () => {
  for (const id of Object.keys(DATA) as RegressionId[]) {
    it(`${id}: f, ∇f and H at points and on a grid match the parsed formula and float64`, () => {
      const rows = DATA[id];
      const tree = regressionAst(id, rows);
      expect(dataOfAst(tree)).toEqual({ id, rows });
      const parsed = parseFormula(regressionFormula(id, rows));
      if (!parsed.ok) throw new Error(parsed.message);
      expect(dataOfAst(parsed.ast)).toBeUndefined();
      const xs = [0.3, -1.2, 1.7];
      const ys = [0.8, 0.1, -0.6];
      const a = evalPoints(tree, xs, ys, 2);
      const b = evalPoints(parsed.ast, xs, ys, 2);
      xs.forEach((x, i) => {
        const ref = evalJet64(parsed.ast, x, ys[i]);
        const close = (got: number, want: number) => expect(Math.abs(got - want)).toBeLessThan(2e-5 * Math.max(1, Math.abs(want)));
        close(a.v[i], ref.value);
        close(a.gx![i], ref.gx);
        close(a.gy![i], ref.gy);
        close(a.hxx![i], ref.hxx);
        close(a.hxy![i], ref.hxy);
        close(a.hyy![i], ref.hyy);
        close(a.v[i], b.v[i]);
      });
      const g = evalGrid(tree, [-1, 2, -1, 1], 7, 5, 0);
      const h = evalGrid(parsed.ast, [-1, 2, -1, 1], 7, 5, 0);
      expect(g.v).toHaveLength(35);
      g.v.forEach((v, k) => expect(Math.abs(v - h.v[k])).toBeLessThan(2e-5 * Math.max(1, Math.abs(h.v[k]))));
    });
  }
});
