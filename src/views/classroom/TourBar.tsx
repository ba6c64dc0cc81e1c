// The guided tour's bar: which tour, which step, the step's caption (large in presenter
// mode), and buttons to move through it. Each step is a URL (tour=<id>&step=<n>): opening
// one shows that step's scene; an unknown tour or step is named in an alert.
import { useEffect } from 'react';
import { tourBarMsg } from '../../i18n/classroom';
import { useLang, useMsg } from '../../i18n/i18n';
import { useScene } from '../../state/store';
import { endTour, tourStep } from './classroom';
import { getTour, stepCaption, tourScene, tourTitle, TOURS } from './tours';

export function TourBar() {
  const tourId = useScene((s) => s.scene.tour);
  const step = useScene((s) => s.scene.tourStep);
  const tour = getTour(tourId);
  const lang = useLang();
  const t = useMsg(tourBarMsg);

  // A tour link opened: show the step it names (the link may carry only tour and step).
  // The problem's words are those of the language in use when the link is opened.
  useEffect(() => {
    const { scene, setProblem } = useScene.getState();
    if (scene.tour === null) return;
    const tr = getTour(scene.tour);
    const m = tourBarMsg();
    if (!tr) {
      setProblem('tour', m.unknownTour(scene.tour, TOURS.map((x) => x.id).join(', ')));
      useScene.getState().setScene({ tour: null, tourStep: 0 });
      return;
    }
    if (scene.tourStep >= tr.steps.length)
      setProblem('step', m.noSuchStep(tr.title, tr.steps.length, scene.tourStep + 1));
    const at = scene.tourStep < tr.steps.length ? scene.tourStep : 0;
    useScene.setState({ scene: tourScene(tr, at, scene) });
    // Once, on the first render: later steps are set by the buttons and keys.
  }, []);

  if (!tour) return null;
  const n = tour.steps.length;
  const title = tourTitle(tour, lang);
  const caption = stepCaption(tour.steps[Math.min(step, n - 1)], lang);
  return (
    <section className="cr-tour" aria-label={t.region(title)} data-testid="tour-bar">
      <div className="cr-tour-head">
        <h2>
          {title}{' '}
          <span className="cr-tour-count" data-testid="tour-count">
            {t.stepOf(step + 1, n)}
          </span>
        </h2>
        <div className="cr-tour-nav">
          <button
            type="button"
            data-testid="tour-prev"
            disabled={step === 0}
            onClick={() => tourStep(-1)}
            title={t.prevTitle}
          >
            <span aria-hidden="true">← </span>
            {t.prev}
          </button>
          <button
            type="button"
            data-testid="tour-next"
            disabled={step >= n - 1}
            onClick={() => tourStep(1)}
            title={t.nextTitle}
          >
            {t.next}
            <span aria-hidden="true"> →</span>
          </button>
          <button type="button" data-testid="tour-end" onClick={endTour}>
            {t.end}
          </button>
        </div>
      </div>
      <p className="cr-caption" data-testid="tour-caption" aria-live="polite">
        {caption}
      </p>
    </section>
  );
}
