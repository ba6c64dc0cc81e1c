// Guided tours: lecture slides made of scenes. Each step is a query string in the URL schema
// (CONTRACT §1), so a step is exactly what a link would show, checked by the same parser, and
// every parameter it leaves out is at its default (a step never depends on the one before).
// tours.test.ts runs each step's optimizers and checks that the caption tells the truth.
import { parseScene } from '../../state/url';
import type { Scene } from '../../state/scene';

export interface TourStep {
  /** the scene, as a query string (without tour/step/embed/present) */
  query: string;
  /** what to look at, one or two sentences */
  caption: string;
  /** the iteration playback opens at, where the caption is about the middle of a run */
  iteration?: number;
}

export interface Tour {
  id: string;
  title: string;
  steps: TourStep[];
}

export const TOURS: Tour[] = [
  {
    id: 'taylor-models',
    title: 'Taylor models',
    steps: [
      {
        query: 'surface=rosenbrock&point=0.5,0.5&taylor=1&opt=gd',
        caption:
          'T1, the tangent plane at p: it has f’s value and slope at p (the arrow is ∇f), and nothing else. Near p it follows f; a little away it misses the curving valley.',
      },
      {
        query: 'surface=rosenbrock&point=0.5,0.5&taylor=1,2&opt=gd',
        caption:
          'T2 adds the curvature H: the quadratic model bends with f and stays close over a wider patch. Its level sets are the solid ellipses-or-hyperbolas around p.',
      },
      {
        query: 'surface=rosenbrock&point=0.5,0.5&taylor=2&opt=gd&patch=0.5',
        caption:
          'Here H is indefinite (λ₁ < 0 < λ₂): T2 is a saddle, so its level sets are hyperbolas. A wider patch shows where the model and f part ways.',
      },
      {
        query: 'surface=himmelblau&point=0,0&taylor=2&opt=gd&start=0.5,0.5',
        caption:
          'At (0, 0) on Himmelblau both eigenvalues of H are negative: T2 is a dome. Its only stationary point is a maximum.',
      },
      {
        query: 'surface=himmelblau&point=3,2&taylor=1,2&opt=gd&start=0.5,0.5',
        caption:
          'At the minimum (3, 2) ∇f = 0: T1 is flat, and T2 is a bowl that hugs f. Drag p (or use the arrow keys) to compare other places.',
      },
    ],
  },
  {
    id: 'gd-zigzag',
    title: 'Why gradient descent zig-zags',
    steps: [
      {
        query: 'surface=quadratic&taylor=0&opt=gd&lr=0.08',
        caption:
          'f = x² + 10y²: curvature 20 across the valley, 2 along it. −∇f points across the valley, not to the minimum. With lr = 0.08 each step shrinks y by 1 − 0.08·20 = −0.6: it overshoots and flips sign, a zig-zag.',
      },
      {
        query: 'surface=quadratic&taylor=0&opt=gd&lr=0.095',
        caption:
          'lr = 0.095: the factor across the valley is −0.9, so the zig-zag barely shrinks, while along the valley x shrinks by 0.81 per step. gd needs many more steps.',
      },
      {
        query: 'surface=quadratic&taylor=0&opt=gd&lr=0.105&steps=30',
        caption:
          'Past lr = 2/λmax = 0.1 the factor across the valley is −1.1: each zig is longer than the last, and gd runs away from the minimum (it diverges).',
      },
      {
        query: 'surface=quadratic&taylor=0&opt=gd&lr=0.02',
        caption:
          'A safe step (lr = 0.02: factors 0.6 across, 0.96 along) kills the zig-zag but crawls along the valley: the condition number 10 sets gd’s pace.',
      },
      {
        query: 'surface=rosenbrock&taylor=0&opt=gd,momentum&lr=0.001',
        caption:
          'In Rosenbrock’s curved valley gd (lr = 0.001) zig-zags down the walls and then crawls; momentum averages the zig-zag out and gets much further in the same 100 steps.',
      },
    ],
  },
  {
    id: 'newton-jumps',
    title: 'Newton jumps to the model’s minimum',
    steps: [
      {
        query: 'surface=quadratic&taylor=2&opt=gd,newton&point=-2.5,1.2',
        caption:
          'On a quadratic, T2 is f itself. With p at the start, the Newton arrow points to T2’s minimum, the minimum of f: Newton gets there in one step, gd takes many.',
      },
      {
        query: 'surface=rosenbrock&taylor=2&opt=newton&point=-1.2,1&steps=1',
        caption:
          'Rosenbrock, p at the start (−1.2, 1): one Newton step lands exactly at the minimum of T2 at p, the tip of the short dashed arrow just above p. It is not the minimum of f.',
      },
      {
        query: 'surface=rosenbrock&taylor=2&opt=newton&point=-1.2,1&steps=2',
        caption: 'From there Newton builds a new model and jumps to its minimum again: one model, one jump.',
      },
      {
        query: 'surface=rosenbrock&taylor=2&opt=gd,newton&point=1,1',
        caption:
          'Model by model, Newton reaches the minimum (1, 1) in a handful of steps, while gd has barely entered the valley. Near the minimum the error squares each step.',
      },
    ],
  },
  {
    id: 'newton-uphill',
    title: 'When Newton walks uphill',
    steps: [
      {
        query: 'surface=himmelblau&point=0,0&start=0,0&taylor=2&opt=newton&steps=1',
        caption:
          'Himmelblau at (0, 0): H is negative definite, T2 is a dome, and its stationary point is its top. The Newton step goes there: uphill.',
      },
      {
        query: 'surface=himmelblau&point=0,0&start=0,0&taylor=2&opt=newton',
        caption:
          'Newton converges to the local maximum (−0.27, −0.92), where f ≈ 181.6: it looks for ∇f = 0 and cannot tell a maximum from a minimum.',
      },
      {
        query: 'surface=himmelblau&point=0,0&start=0,0&taylor=2&opt=newton,damped-newton',
        caption:
          'Damped Newton flips the negative curvature (each eigenvalue λ becomes |λ|) and backtracks until f decreases: from the same start it walks downhill to a minimum.',
      },
      {
        query: 'surface=saddle&taylor=2&opt=gd,newton',
        caption:
          'On the saddle x² − y², Newton jumps to the saddle point (0, 0) in one step; gd slides away downhill along y.',
      },
    ],
  },
  {
    id: 'quasi-newton',
    title: 'Quasi-Newton learns curvature',
    steps: [
      {
        query: 'surface=rosenbrock&taylor=0&opt=gd,bfgs&steps=1',
        caption:
          'BFGS starts knowing nothing about curvature (B = I): its first step is a gradient step, with a backtracking line search instead of a fixed lr.',
      },
      {
        query: 'surface=rosenbrock&taylor=0&opt=gd,bfgs',
        caption:
          'Each step, the change in the gradient along the step (y = Δ∇f along s) teaches B a little curvature: the quasi-Newton panel shows it at iteration 3. Press play: without ever computing H, BFGS follows the valley to (1, 1).',
        iteration: 3,
      },
      {
        query: 'surface=rosenbrock&taylor=0&opt=bfgs,newton',
        caption:
          'Newton, which uses H itself, takes fewer steps; each BFGS step is cheaper (gradients only). In high dimensions that trade wins.',
      },
      {
        query: 'surface=himmelblau&start=0,0&point=0,0&taylor=2&opt=newton,bfgs',
        caption:
          'Where H is negative definite, B stays positive definite, so BFGS always points downhill: from (0, 0) it finds a minimum while Newton climbs to the maximum.',
      },
      {
        query: 'surface=quadratic&taylor=0&opt=bfgs,dfp',
        caption:
          'BFGS and DFP are two updates of the same idea; on x² + 10y² both reach the minimum in a few steps once B has learned the two curvatures.',
      },
    ],
  },
  {
    id: 'fd-float32',
    title: 'Finite differences and float32',
    steps: [
      {
        query: 'surface=rosenbrock&taylor=0&opt=gd,fd-gd&h=0.001',
        caption:
          'fd-gd replaces ∇f by central differences (f(x+h) − f(x−h))/2h. With h = 1e−3 the estimate is good in float32: fd-gd’s path lies on gd’s.',
      },
      {
        query: 'surface=rosenbrock&taylor=0&opt=gd,fd-gd&h=0.3',
        caption:
          'A large h (0.3) has truncation error of order h²·f‴: the estimated gradient is biased and fd-gd leaves gd’s path.',
      },
      {
        query: 'surface=rosenbrock&taylor=0&opt=gd,fd-gd&h=1e-7',
        caption:
          'A tiny h (1e−7) cancels: float32 keeps about 7 digits, so f(x+h) − f(x−h) is mostly rounding. The estimated gradient is noisy and fd-gd’s path drifts off gd’s.',
      },
      {
        query: 'surface=rosenbrock&taylor=0&opt=gd,fd-gd&h=0.0003',
        caption:
          'In float32 the best h is near 1e−3 to 1e−4 (not 1e−8 as in float64): rounding error grows like ε/h, truncation error like h².',
      },
    ],
  },
];

export function getTour(id: string | null): Tour | undefined {
  return id === null ? undefined : TOURS.find((t) => t.id === id);
}

/** The iteration a tour step opens playback at, or null for the runs' end (or no tour). */
export function tourIteration(scene: Pick<Scene, 'tour' | 'tourStep'>): number | null {
  const t = getTour(scene.tour);
  return t?.steps[scene.tourStep]?.iteration ?? null;
}

/** The scene of a tour step: the step's query on top of the defaults, keeping how the page
 *  is shown (embed, presenter) and where in the tour we are. */
export function tourScene(tour: Tour, step: number, current: Scene): Scene {
  const s = tour.steps[Math.max(0, Math.min(tour.steps.length - 1, step))];
  const { scene } = parseScene(s.query);
  return { ...scene, embed: current.embed, present: current.present, tour: tour.id, tourStep: step };
}
