// Page layout only: the header (surface, formula, domain, export), the alerts, the two
// linked views, the teaching side panel, and the optimizer race below. The scene → results
// → views wiring lives in useSceneEffects.
import { useResults } from './compute/results';
import { useScene } from './state/store';
import { Alerts } from './views/Alerts';
import { ContourView } from './views/ContourView';
import { ConvergencePlot } from './views/ConvergencePlot';
import { DomainControls } from './views/DomainControls';
import { useDrawn, VIEWS } from './views/drawn';
import { ExportMenu } from './views/ExportMenu';
import { FactsPanel } from './views/FactsPanel';
import { OptimizerPanel } from './views/OptimizerPanel';
import { Playback } from './views/Playback';
import { PointControls } from './views/PointControls';
import { RunsPanel } from './views/RunsPanel';
import { SurfacePicker } from './views/SurfacePicker';
import { SurfaceView } from './views/SurfaceView';
import { TaylorPanel } from './views/TaylorPanel';
import { useSceneEffects } from './useSceneEffects';

export function App({ backend, notices }: { backend: string; notices: string[] }) {
  useSceneEffects(backend);
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
        <SurfacePicker />
        <div className="top-right">
          <DomainControls />
          <ExportMenu backend={backend} />
        </div>
      </header>
      <Alerts notices={notices} />
      <main className="workspace">
        <section className="view-card contour-card" aria-label="Contour map">
          <div className="view-head">
            <h2>Contour map</h2>
            <span className="muted small">drag p · shift-click (or long-press) sets the start</span>
          </div>
          <ContourView />
          <PointControls />
        </section>
        <section className="view-card surface-card" aria-label="3D surface">
          <div className="view-head">
            <h2>Surface and Taylor models</h2>
            <span className="muted small">drag to rotate</span>
          </div>
          <SurfaceView />
        </section>
        <aside className="side">
          <FactsPanel />
          <TaylorPanel />
        </aside>
        <section className="race-card" aria-label="Optimizers">
          <Playback />
          <RunsPanel />
          <OptimizerPanel />
        </section>
        <section className="convergence-card" aria-label="Convergence">
          <ConvergencePlot />
          <p className="muted small">Computed with TensorFlow.js ({backend}) in float32.</p>
        </section>
      </main>
    </div>
  );
}
