// Page layout only: the header (surface, formula, domain, export), the alerts, the two
// linked views, the teaching side panel, the optimizer race, and the deeper teaching panels.
// Each panel sits in an error boundary, so a failure stays inside it. The scene → results →
// views wiring lives in useSceneEffects. Three modes: the full page; presenter (present=1:
// large type, the views and the race only); embed (embed=1: one line of chrome, the views and
// playback, for iframes). data-ready waits for the views that are actually drawn.
import { useLayoutEffect, type ReactNode } from 'react';
import { useResults } from './compute/results';
import { reveal } from './reveal';
import { appMsg } from './i18n/app';
import type { PanelName } from './i18n/views';
import { useMsg } from './i18n/i18n';
import type { HidePart } from './state/scene';
import { useScene } from './state/store';
import { Alerts } from './views/Alerts';
import { useClassroom } from './views/classroom/classroom';
import { ClassroomBar, ClassroomLayer } from './views/classroom/ClassroomBar';
import { EmbedBar, NARROW, useMedia } from './views/classroom/EmbedBar';
import { LazySurface } from './views/classroom/LazySurface';
import { WheelGuard } from './views/classroom/WheelGuard';
import { TourBar } from './views/classroom/TourBar';
import { useResizePost } from './views/classroom/useResizePost';
import { useShortcuts } from './views/classroom/useShortcuts';
import { ContourView } from './views/ContourView';
import { ConvergencePlot } from './views/ConvergencePlot';
import { DomainControls } from './views/DomainControls';
import { useDrawn, VIEWS, type View } from './views/drawn';
import { ErrorBoundary } from './views/ErrorBoundary';
import { ExportMenu } from './views/ExportMenu';
import { ExplainPanel } from './views/ExplainPanel';
import { FactsPanel } from './views/FactsPanel';
import { OptimizerPanel } from './views/OptimizerPanel';
import { Playback } from './views/Playback';
import { PointControls } from './views/PointControls';
import { RunsPanel } from './views/RunsPanel';
import { SurfacePicker } from './views/SurfacePicker';
import { TaylorPanel } from './views/TaylorPanel';
import { SliceChart } from './views/teach/SliceChart';
import { TaylorErrorChart } from './views/teach/TaylorErrorChart';
import { TrustRegionPanel } from './views/teach/TrustRegionPanel';
import { DampedNewtonPanel } from './views/teach/DampedNewtonPanel';
import { FdPanel } from './views/teach/FdPanel';
import { LineSearchPanel } from './views/teach/LineSearchPanel';
import { PresetsBar } from './views/teach/PresetsBar';
import { QuasiNewtonPanel } from './views/teach/QuasiNewtonPanel';
import { ConjugacyPanel } from './views/teach/ConjugacyPanel';
import { LeastSquaresPanel } from './views/teach/LeastSquaresPanel';
import { SgdPanel } from './views/teach/SgdPanel';
import { RegressionPanel } from './views/teach/RegressionPanel';
import { useSceneEffects } from './useSceneEffects';
import { useKatex } from './views/katex-loader';

const appRoot = () => document.querySelector<HTMLElement>('[data-testid="app"]');

const Boxed = ({ name, children }: { name: PanelName; children: ReactNode }) => (
  <ErrorBoundary name={name}>{children}</ErrorBoundary>
);

/**
 * data-ready on the app's root (CONTRACT §2): true once the views this page draws have drawn
 * the latest results, the formulas are typeset and nothing is in flight. It is worked out here,
 * not in App: a recompute (two a move while p is dragged: busy, then the new results) then
 * re-renders this alone instead of every panel of the page.
 */
function ReadyMarker({ needed, waitFor3d }: { needed: readonly View[]; waitFor3d: boolean }) {
  const busy = useResults((r) => r.busy);
  const version = useResults((r) => r.version);
  const hasGrid = useResults((r) => r.grid !== null);
  const drawn = useDrawn((d) => d.versions);
  // the typeset formulas too (KaTeX loads beside the app's code: views/katex-loader.ts)
  const katexReady = useKatex((k) => k.ready);
  const ready = katexReady && !busy && hasGrid && !waitFor3d && needed.every((v) => drawn[v] === version);
  useLayoutEffect(() => {
    appRoot()?.setAttribute('data-ready', ready ? 'true' : 'false');
    // the first screen appears at once, when first drawn (reveal.ts)
    if (ready) reveal();
  }, [ready]);
  return null;
}

export function App({ backend, why = '', notices }: { backend: string; why?: string; notices: string[] }) {
  useSceneEffects(backend);
  useShortcuts();
  useResizePost(appRoot);
  const t = useMsg(appMsg);
  const embed = useScene((s) => s.scene.embed);
  const present = useScene((s) => s.scene.present) && !embed;
  const surfaceMounted = useClassroom((c) => c.surfaceMounted);
  const show3d = useClassroom((c) => c.show3d);
  const narrow = useMedia(NARROW);
  const full = !embed && !present;
  const hide = useScene((s) => s.scene.hide);
  const shown = (part: HidePart) => !hide.includes(part);
  const show = {
    header: shown('header'),
    surface: shown('surface') || shown('formula'),
    domain: shown('domain'),
    point: shown('point'),
    optimizers: shown('optimizers'),
    playback: shown('playback'),
    runs: shown('runs'),
    facts: shown('facts'),
    taylor: shown('taylor'),
    teach: shown('teach'),
    presets: shown('presets'),
    convergence: shown('convergence'),
    map: shown('map'),
    surface3d: shown('3d'),
    export: shown('export'),
  };
  // The views this page draws: the 3D one only while it is on screen (LazySurface), the
  // convergence plot only on the full page.
  const needed = VIEWS.filter((v) =>
    v === 'surface3d'
      ? show.surface3d && surfaceMounted === true
      : v === 'convergence'
        ? full && show.convergence
        : show.map,
  );
  const only3d = embed && narrow && show3d;
  const mode = embed ? 'app embed' : present ? 'app present' : 'app';

  return (
    <div
      className={only3d ? `${mode} embed-3d` : mode}
      data-testid="app"
      // (set by ReadyMarker from here on)
      data-ready="false"
      data-backend={backend}
    >
      <ReadyMarker needed={needed} waitFor3d={surfaceMounted === null && show.surface3d} />
      {embed ? (
        <EmbedBar />
      ) : !show.header ? null : (
        <header className="top">
          <h1>
            Taylor &amp; Newton
            <span className="subtitle">{t.subtitle}</span>
          </h1>
          {show.surface && (
            <Boxed name="surface picker">
              <SurfacePicker />
            </Boxed>
          )}
          <div className="top-right">
            <Boxed name="classroom">
              <ClassroomBar />
            </Boxed>
            {full && show.domain && (
              <Boxed name="domain">
                <DomainControls />
              </Boxed>
            )}
            {full && show.export && (
              <Boxed name="export">
                <ExportMenu backend={backend} />
              </Boxed>
            )}
          </div>
        </header>
      )}
      <Boxed name="tour">
        <TourBar />
      </Boxed>
      {full && show.presets && (
        <Boxed name="presets">
          <PresetsBar />
        </Boxed>
      )}
      <Alerts notices={notices} />
      <main className="workspace">
        {show.map && (
          <section className="view-card contour-card" aria-label={t.contourMap}>
            <div className="view-head">
              <h2>{t.contourMap}</h2>
              <span className="muted small view-hint">{t.contourHint}</span>
            </div>
            <Boxed name="contour map">
              <WheelGuard active={embed} what="map">
                <ContourView />
              </WheelGuard>
            </Boxed>
            {!embed && show.point && (
              <Boxed name="expansion point">
                <PointControls />
              </Boxed>
            )}
          </section>
        )}
        {show.surface3d && (
          <section className="view-card surface-card" aria-label={t.surface3d}>
            <div className="view-head">
              <h2>{t.surfaceHeading}</h2>
              <span className="muted small view-hint">{t.surfaceHint}</span>
            </div>
            <Boxed name="3D view">
              <WheelGuard active={embed} what="3D view">
                <LazySurface release={embed} hidden={embed && narrow && !show3d} />
              </WheelGuard>
            </Boxed>
          </section>
        )}
        {!embed && (show.facts || show.taylor || (full && show.teach)) && (
          <aside className="side">
            {show.facts && (
              <Boxed name="point facts">
                <FactsPanel />
              </Boxed>
            )}
            {show.taylor && (
              <Boxed name="Taylor models">
                <TaylorPanel />
              </Boxed>
            )}
            {show.taylor && (
              <Boxed name="Taylor error chart">
                <TaylorErrorChart />
              </Boxed>
            )}
            {show.taylor && (
              <Boxed name="slice chart">
                <SliceChart />
              </Boxed>
            )}
            {full && show.teach && (
              <Boxed name="regression">
                <RegressionPanel />
              </Boxed>
            )}
          </aside>
        )}
        <div className="race-card">
          {show.playback && (
            <Boxed name="playback">
              <Playback />
            </Boxed>
          )}
          {!embed && show.runs && (
            <Boxed name="runs">
              <RunsPanel />
            </Boxed>
          )}
          {full && show.optimizers && (
            <Boxed name="optimizers">
              <OptimizerPanel />
            </Boxed>
          )}
        </div>
        {full && show.convergence && (
          <div className="convergence-card">
            <Boxed name="convergence plot">
              <ConvergencePlot />
            </Boxed>
            <p className="muted small" data-testid="engine-note">
              {t.engineNote(backend, why)}
            </p>
          </div>
        )}
        {full && show.teach && (
          <section className="deep-card" aria-label={t.insideOptimizers}>
            <Boxed name="explain this step">
              <ExplainPanel />
            </Boxed>
            <Boxed name="line search">
              <LineSearchPanel />
            </Boxed>
            <Boxed name="quasi-Newton">
              <QuasiNewtonPanel />
            </Boxed>
            <Boxed name="conjugate gradients">
              <ConjugacyPanel />
            </Boxed>
            <Boxed name="least squares">
              <LeastSquaresPanel />
            </Boxed>
            <Boxed name="stochastic gradients">
              <SgdPanel />
            </Boxed>
            <Boxed name="damped Newton">
              <DampedNewtonPanel />
            </Boxed>
            <Boxed name="trust region">
              <TrustRegionPanel />
            </Boxed>
            <Boxed name="finite differences">
              <FdPanel />
            </Boxed>
          </section>
        )}
      </main>
      <ClassroomLayer />
    </div>
  );
}
