// Boot: read the URL into the scene, start the TensorFlow.js backend, mount the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startBackend } from './compute/backend';
import { useScene } from './state/store';
import './styles.css';

async function boot() {
  const root = createRoot(document.getElementById('root')!);
  useScene.getState().loadUrl(window.location.search);
  const forced = useScene.getState().scene.backend;
  try {
    const { backend, notice } = await startBackend(forced);
    root.render(
      <StrictMode>
        <App backend={backend} notices={notice ? [notice] : []} />
      </StrictMode>,
    );
  } catch (err) {
    root.render(
      <div role="alert" className="alerts">
        The numeric engine could not start: {err instanceof Error ? err.message : String(err)}
      </div>,
    );
  }
}

void boot();
