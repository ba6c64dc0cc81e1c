// Page layout only: the header (surface, formula, domain, export), the alerts, the two
// linked views, the teaching side panel, the optimizer race, and the deeper teaching panels.
// Each panel sits in an error boundary, so a failure stays inside it. The scene → results →
// views wiring lives in useSceneEffects.
import type { ReactNode } from 'react';
import { useResults } from './compute/results';
import { useScene } from './state/store';
import { Alerts } from './views/Alerts';
import { ClassroomBar } from './views/classroom/ClassroomBar';
import { TourBar } from './views/classroom/TourBar';
import { useShortcuts } from './views/classroom/useShortcuts';
import { ContourView } from './views/ContourView';
import { ConvergencePlot } from './views/ConvergencePlot';
import { DomainControls } from './views/DomainControls';
import { useDrawn, VIEWS } from './views/drawn';
import { ErrorBoundary } from './views/ErrorBoundary';
import { ExportMenu } from './views/ExportMenu';
import { FactsPanel } from './views/FactsPanel';
import { OptimizerPanel } from './views/OptimizerPanel';
import { Playback } from './views/Playback';
import { PointControls } from './views/PointControls';
import { RunsPanel } from './views/RunsPanel';
import { SurfacePicker } from './views/SurfacePicker';
import { SurfaceView } from './views/SurfaceView';
import { TaylorPanel } from './views/TaylorPanel';
import { DampedNewtonPanel } from './views/teach/DampedNewtonPanel';
import { FdPanel } from './views/teach/FdPanel';
import { LineSearchPanel } from './views/teach/LineSearchPanel';
import { PresetsBar } from './views/teach/PresetsBar';
import { QuasiNewtonPanel } from './views/teach/QuasiNewtonPanel';
import { RegressionPanel } from './views/teach/RegressionPanel';
import { useSceneEffects } from './useSceneEffects';

const Boxed = ({ name, children }: { name: string; children: ReactNode }) => <ErrorBoundary name={name}>{children}</ErrorBoundary>;

export function App({ backend, notices }: { backend: string; notices: string[] }) {
  useSceneEffects(backend);
  useShortcuts();
  const busy = useResults((r) => r.busy);
  const version = useResults((r) => r.version);
  const hasGrid = useResults((r) => r.grid !== null);
  const drawn = useDrawn((d) => d.versions);
  const embed = useScene((s) => s.scene.embed);
  const ready = !busy && hasGrid && VIEWS.every((v) => drawn[v] === version);

  return (
    <div className={embed ? 'app embed' : 'app'} data-testid="app" data-ready={ready ? 'true' : 'false'} data-backend={backend}>
      <header className="top">
        <h1>
          Taylor &amp; Newton
          <span className="subtitle">Taylor models, gradient descent and Newton's method on a loss surface</span>
        </h1>
        <Boxed name="surface picker">
          <SurfacePicker />
        </Boxed>
        <div className="top-right">
          <Boxed name="classroom">
            <ClassroomBar />
          </Boxed>
          <DomainControls />
          <ExportMenu backend={backend} />
        </div>
      </header>
      <Boxed name="tour">
        <TourBar />
      </Boxed>
      <Boxed name="presets">
        <PresetsBar />
      </Boxed>
      <Alerts notices={notices} />
      <main className="workspace">
        <section className="view-card contour-card" aria-label="Contour map">
          <div className="view-head">
            <h2>Contour map</h2>
            <span className="muted small">drag p · shift-click (or long-press) sets the start</span>
          </div>
          <Boxed name="contour map">
            <ContourView />
          </Boxed>
          <PointControls />
        </section>
        <section className="view-card surface-card" aria-label="3D surface">
          <div className="view-head">
            <h2>Surface and Taylor models</h2>
            <span className="muted small">drag to rotate</span>
          </div>
          <Boxed name="3D view">
            <SurfaceView />
          </Boxed>
        </section>
        <aside className="side">
          <Boxed name="point facts">
            <FactsPanel />
          </Boxed>
          <Boxed name="Taylor models">
            <TaylorPanel />
          </Boxed>
          <Boxed name="regression">
            <RegressionPanel />
          </Boxed>
        </aside>
        <section className="race-card" aria-label="Optimizers">
          <Playback />
          <Boxed name="runs">
            <RunsPanel />
          </Boxed>
          <Boxed name="optimizers">
            <OptimizerPanel />
          </Boxed>
        </section>
        <section className="convergence-card" aria-label="Convergence">
          <Boxed name="convergence plot">
            <ConvergencePlot />
          </Boxed>
          <p className="muted small">Computed with TensorFlow.js ({backend}) in float32.</p>
        </section>
        <section className="deep-card" aria-label="Inside the optimizers">
          <Boxed name="line search">
            <LineSearchPanel />
          </Boxed>
          <Boxed name="quasi-Newton">
            <QuasiNewtonPanel />
          </Boxed>
          <Boxed name="damped Newton">
            <DampedNewtonPanel />
          </Boxed>
          <Boxed name="finite differences">
            <FdPanel />
          </Boxed>
        </section>
      </main>
    </div>
  );
}
