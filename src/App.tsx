// Page layout only: the header with the surface picker and export, the alerts, the views
// and panels. The scene → results → views wiring lives in useSceneEffects.
import * as tf from '@tensorflow/tfjs';
import { useResults } from './compute/results';
import { buildExport, download, exportText } from './state/export';
import { useScene } from './state/store';
import { Alerts } from './views/Alerts';
import { ContourView } from './views/ContourView';
import { useDrawn, VIEWS } from './views/drawn';
import { FactsPanel } from './views/FactsPanel';
import { RunsPanel } from './views/RunsPanel';
import { SurfacePicker } from './views/SurfacePicker';
import { useSceneEffects } from './useSceneEffects';

export function App({ backend, notices }: { backend: string; notices: string[] }) {
  useSceneEffects(backend);
  const busy = useResults((r) => r.busy);
  const version = useResults((r) => r.version);
  const hasGrid = useResults((r) => r.grid !== null);
  const drawn = useDrawn((d) => d.versions);
  const embed = useScene((s) => s.scene.embed);
  const ready = !busy && hasGrid && VIEWS.every((v) => drawn[v] === version);

  const onExport = () => {
    const data = buildExport(useScene.getState().scene, useResults.getState(), backend, tf.memory());
    const name = useScene.getState().scene.surfaceId ?? 'formula';
    download(`taylor-newton-${name}.json`, exportText(data));
  };

  return (
    <div className={embed ? 'app embed' : 'app'} data-testid="app" data-ready={ready ? 'true' : 'false'} data-backend={backend}>
      <header className="top">
        <h1>
          Taylor &amp; Newton <span className="muted">— loss-surface visualizer</span>
        </h1>
        <SurfacePicker />
        <div className="actions">
          <button type="button" data-testid="export-json" onClick={onExport}>
            Download JSON
          </button>
        </div>
      </header>
      <Alerts notices={notices} />
      <main className="views">
        <div className="view-main">
          <ContourView />
        </div>
        <aside className="side">
          <FactsPanel />
          <RunsPanel />
          <p className="muted small">Computed with TensorFlow.js ({backend}) in float32.</p>
        </aside>
      </main>
    </div>
  );
}
