// Guided tours: lecture slides made of scenes. Each step is a query string in the URL schema
// (CONTRACT §1), so a step is exactly what a link would show, checked by the same parser, and
// every parameter it leaves out is at its default (a step never depends on the one before).
// tours.test.ts runs each step's optimizers and checks that the caption tells the truth.
// The titles and captions, in English and Chinese, are in src/i18n/classroom.ts (tourTextMsg),
// keyed by the tour's id and by `<tour id>/<step>`.
import { tourTextMsg, type TourCaptionKey, type TourId } from '../../i18n/classroom';
import type { Lang } from '../../i18n/i18n';
import { parseScene } from '../../state/url';
import type { Scene } from '../../state/scene';

export interface TourStep {
  /** the scene, as a query string (without tour/step/embed/present) */
  query: string;
  /** the caption's key in tourTextMsg */
  text: TourCaptionKey;
  /** what to look at, one or two sentences (in the language in use) */
  readonly caption: string;
  /** the iteration playback opens at, where the caption is about the middle of a run */
  iteration?: number;
}

export interface Tour {
  /** also the title's key in tourTextMsg */
  id: TourId;
  /** the title, in the language in use */
  readonly title: string;
  steps: TourStep[];
}

interface TourSpec {
  id: TourId;
  steps: Omit<TourStep, 'caption'>[];
}

const SPECS: TourSpec[] = [
  {
    id: 'taylor-models',
    steps: [
      {
        query: 'surface=rosenbrock&point=0.5,0.5&taylor=1&opt=gd',
        text: 'taylor-models/1',
      },
      {
        query: 'surface=rosenbrock&point=0.5,0.5&taylor=1,2&opt=gd',
        text: 'taylor-models/2',
      },
      {
        query: 'surface=rosenbrock&point=0.5,0.5&taylor=2&opt=gd&patch=0.5',
        text: 'taylor-models/3',
      },
      {
        query: 'surface=himmelblau&point=0,0&taylor=2&opt=gd&start=0.5,0.5',
        text: 'taylor-models/4',
      },
      {
        query: 'surface=himmelblau&point=3,2&taylor=1,2&opt=gd&start=0.5,0.5',
        text: 'taylor-models/5',
      },
    ],
  },
  {
    id: 'gd-zigzag',
    steps: [
      {
        query: 'surface=quadratic&taylor=0&opt=gd&lr=0.08',
        text: 'gd-zigzag/1',
      },
      {
        query: 'surface=quadratic&taylor=0&opt=gd&lr=0.095',
        text: 'gd-zigzag/2',
      },
      {
        query: 'surface=quadratic&taylor=0&opt=gd&lr=0.105&steps=30',
        text: 'gd-zigzag/3',
      },
      {
        query: 'surface=quadratic&taylor=0&opt=gd&lr=0.02',
        text: 'gd-zigzag/4',
      },
      {
        query: 'surface=rosenbrock&taylor=0&opt=gd,momentum&lr=0.001',
        text: 'gd-zigzag/5',
      },
    ],
  },
  {
    id: 'newton-jumps',
    steps: [
      {
        query: 'surface=quadratic&taylor=2&opt=gd,newton&point=-2.5,1.2',
        text: 'newton-jumps/1',
      },
      {
        query: 'surface=rosenbrock&taylor=2&opt=newton&point=-1.2,1&steps=1',
        text: 'newton-jumps/2',
      },
      {
        query: 'surface=rosenbrock&taylor=2&opt=newton&point=-1.2,1&steps=2',
        text: 'newton-jumps/3',
      },
      {
        query: 'surface=rosenbrock&taylor=2&opt=gd,newton&point=1,1',
        text: 'newton-jumps/4',
      },
    ],
  },
  {
    id: 'newton-uphill',
    steps: [
      {
        query: 'surface=himmelblau&point=0,0&start=0,0&taylor=2&opt=newton&steps=1',
        text: 'newton-uphill/1',
      },
      {
        query: 'surface=himmelblau&point=0,0&start=0,0&taylor=2&opt=newton',
        text: 'newton-uphill/2',
      },
      {
        query: 'surface=himmelblau&point=0,0&start=0,0&taylor=2&opt=newton,damped-newton',
        text: 'newton-uphill/3',
      },
      {
        query: 'surface=saddle&taylor=2&opt=gd,newton',
        text: 'newton-uphill/4',
      },
    ],
  },
  {
    id: 'quasi-newton',
    steps: [
      {
        query: 'surface=rosenbrock&taylor=0&opt=gd,bfgs&steps=1',
        text: 'quasi-newton/1',
      },
      {
        query: 'surface=rosenbrock&taylor=0&opt=gd,bfgs',
        text: 'quasi-newton/2',
        iteration: 3,
      },
      {
        query: 'surface=rosenbrock&taylor=0&opt=bfgs,newton',
        text: 'quasi-newton/3',
      },
      {
        query: 'surface=himmelblau&start=0,0&point=0,0&taylor=2&opt=newton,bfgs',
        text: 'quasi-newton/4',
      },
      {
        query: 'surface=quadratic&taylor=0&opt=bfgs,dfp',
        text: 'quasi-newton/5',
      },
    ],
  },
  {
    id: 'fd-float32',
    steps: [
      {
        query: 'surface=rosenbrock&taylor=0&opt=gd,fd-gd&h=0.001',
        text: 'fd-float32/1',
      },
      {
        query: 'surface=rosenbrock&taylor=0&opt=gd,fd-gd&h=0.3',
        text: 'fd-float32/2',
      },
      {
        query: 'surface=rosenbrock&taylor=0&opt=gd,fd-gd&h=1e-7',
        text: 'fd-float32/3',
      },
      {
        query: 'surface=rosenbrock&taylor=0&opt=gd,fd-gd&h=0.0003',
        text: 'fd-float32/4',
      },
    ],
  },
];

export const TOURS: Tour[] = SPECS.map((t) => ({
  id: t.id,
  get title() {
    return tourTextMsg()[t.id];
  },
  steps: t.steps.map((s) => ({
    ...s,
    get caption() {
      return tourTextMsg()[s.text];
    },
  })),
}));

/** A tour's title in a given language. */
export const tourTitle = (tour: Tour, lang: Lang): string => tourTextMsg.in(lang)[tour.id];

/** A tour step's caption in a given language. */
export const stepCaption = (step: TourStep, lang: Lang): string => tourTextMsg.in(lang)[step.text];

export function getTour(id: string | null): Tour | undefined {
  return id === null ? undefined : TOURS.find((t) => t.id === id);
}

/** The iteration a tour step opens playback at, or null for the runs' end (or no tour). */
export function tourIteration(scene: Pick<Scene, 'tour' | 'tourStep'>): number | null {
  const t = getTour(scene.tour);
  return t?.steps[scene.tourStep]?.iteration ?? null;
}

/** The scene of a tour step: the step's query on top of the defaults, keeping how the page
 *  is shown (embed, presenter, language, hidden parts, locks, engine) and where in the tour we are. */
export function tourScene(tour: Tour, step: number, current: Scene): Scene {
  const s = tour.steps[Math.max(0, Math.min(tour.steps.length - 1, step))];
  const { scene } = parseScene(s.query);
  return {
    ...scene,
    embed: current.embed,
    present: current.present,
    lang: current.lang,
    hide: current.hide,
    lock: current.lock,
    resize: current.resize,
    backend: current.backend,
    tour: tour.id,
    tourStep: step,
  };
}
