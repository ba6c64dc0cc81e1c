// The guided tour's bar: which tour, which step, the step's caption (large in presenter
// mode), and buttons to move through it. Each step is a URL (tour=<id>&step=<n>): opening
// one shows that step's scene; an unknown tour or step is named in an alert.
import { useEffect } from 'react';
import { useScene } from '../../state/store';
import { endTour, tourStep } from './classroom';
import { getTour, tourScene, TOURS } from './tours';

export function TourBar() {
  const tourId = useScene((s) => s.scene.tour);
  const step = useScene((s) => s.scene.tourStep);
  const tour = getTour(tourId);

  // A tour link opened: show the step it names (the link may carry only tour and step).
  useEffect(() => {
    const { scene, setProblem } = useScene.getState();
    if (scene.tour === null) return;
    const t = getTour(scene.tour);
    if (!t) {
      setProblem('tour', `unknown tour "${scene.tour}"; choose one of ${TOURS.map((x) => x.id).join(', ')}`);
      useScene.getState().setScene({ tour: null, tourStep: 0 });
      return;
    }
    if (scene.tourStep >= t.steps.length)
      setProblem(
        'step',
        `the tour "${t.title}" has ${t.steps.length} steps, not ${scene.tourStep + 1}; showing step 1`,
      );
    const at = scene.tourStep < t.steps.length ? scene.tourStep : 0;
    useScene.setState({ scene: tourScene(t, at, scene) });
    // Once, on the first render: later steps are set by the buttons and keys.
  }, []);

  if (!tour) return null;
  const n = tour.steps.length;
  const caption = tour.steps[Math.min(step, n - 1)].caption;
  return (
    <section className="cr-tour" aria-label={`Guided tour: ${tour.title}`} data-testid="tour-bar">
      <div className="cr-tour-head">
        <h2>
          {tour.title}{' '}
          <span className="cr-tour-count" data-testid="tour-count">
            step {step + 1} of {n}
          </span>
        </h2>
        <div className="cr-tour-nav">
          <button
            type="button"
            data-testid="tour-prev"
            disabled={step === 0}
            onClick={() => tourStep(-1)}
            title="Previous step (PageUp or [)"
          >
            <span aria-hidden="true">← </span>Previous
          </button>
          <button
            type="button"
            data-testid="tour-next"
            disabled={step >= n - 1}
            onClick={() => tourStep(1)}
            title="Next step (PageDown or ])"
          >
            Next<span aria-hidden="true"> →</span>
          </button>
          <button type="button" data-testid="tour-end" onClick={endTour}>
            End tour
          </button>
        </div>
      </div>
      <p className="cr-caption" data-testid="tour-caption" aria-live="polite">
        {caption}
      </p>
    </section>
  );
}
