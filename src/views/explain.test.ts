// The narrated step against numbers computed independently of the app's runs.
import { beforeAll, describe, expect, it } from 'vitest';
import { runOptimizers } from '../math/engine';
import { ast, useCpu } from '../math/test-setup';
import { explainStep } from './explain';
import { fmt } from './format';

beforeAll(useCpu);

describe('explainStep', () => {
  it('gradient descent on x² + 10y² from (1, 1): Δx = −lr∇f = (−0.02, −0.2) with lr 0.01, and the next iterate', () => {
    const [run] = runOptimizers(
      ast('x^2 + 10*y^2'),
      ['gd'],
      { start: [1, 1], steps: 5, tol: 1e-9 },
      { lr: 0.01, beta: 0.9, h: 1e-3 },
    );
    const text = explainStep(run, 0).join(' ');
    expect(text).toContain('Gradient descent, iteration 0: at x = (1, 1), f = 11');
    expect(text).toContain(`Δx = −lr·∇f = (${fmt(-0.02)}, ${fmt(-0.2)}) with lr = 0.01`);
    // x₁ = (0.98, 0.8), f = 0.9604 + 6.4 = 7.3604
    expect(text).toContain(`The next iterate is (0.98, 0.8), f = ${fmt(7.3604)} (down by ${fmt(11 - 7.3604)})`);
  });

  it('damped Newton on Rosenbrock: every Armijo trial with its bound, the accepted one named', () => {
    const f = '(1 - x)^2 + 100*(y - x^2)^2';
    const [run] = runOptimizers(
      ast(f),
      ['damped-newton'],
      { start: [-1.2, 1], steps: 50, tol: 1e-5 },
      { lr: 0, beta: 0, h: 0 },
    );
    const it = run.iterates[1];
    const trials = it.detail!.trials!;
    const text = explainStep(run, 1).join(' ');
    expect(text).toContain('The Armijo line search tries');
    for (const t of trials) expect(text).toContain(`t = ${fmt(t.t)}: f = ${fmt(t.value)}`);
    expect(text).toMatch(/accepted\./);
    expect((text.match(/not enough decrease/g) ?? []).length).toBe(trials.filter((t) => !t.accepted).length);
  });

  it('the last iterate says how the run ended; BFGS says whether B was updated; L-BFGS counts its pairs', () => {
    const a = ast('x^2 + 10*y^2');
    const [bfgs, lbfgs] = runOptimizers(
      a,
      ['bfgs', 'lbfgs'],
      { start: [-2.5, 1.2], steps: 30, tol: 1e-6 },
      { lr: 0, beta: 0, h: 0, m: 5 },
    );
    expect(explainStep(bfgs, 999).join(' ')).toContain('The run ends here: converged');
    expect(explainStep(bfgs, 0).join(' ')).toMatch(/B is updated with s and y/);
    expect(explainStep(lbfgs, 1).join(' ')).toContain('L-BFGS applies its 1 stored pair');
    expect(explainStep(lbfgs, 1).join(' ')).toContain('The Wolfe line search tries');
  });
});
