// plotly's 3D traces (surface, scatter3d), registered with the core of plotly.ts, and the
// app's changes to how they draw. Imported by the 3D view only, so all of it (and WebGL's
// stack that comes with it) is a chunk of its own, loaded when the 3D view is first shown.
import scatter3d from 'plotly.js/lib/scatter3d';
import surface from 'plotly.js/lib/surface';
import { PlotlyCore } from './plotly';
import { cacheSurface, type GlSurface } from './surface-cache';

/** A surface trace with `meta: NO_REFINE` is drawn at its own resolution, not resampled by
 *  plotly to ~128 samples per axis first (PLOTLY_PATCHES in vite.config.ts): f's grid and the
 *  models' patches are fine as they are, and the resampled mesh is 4× larger to build. */
export const NO_REFINE = 'no-refine';
/** The uid of f's surface trace: drawn from an offscreen image (surface-cache.ts); every other
 *  surface (the models) is blended in one pass. */
export const F_UID = 'f';

/** plotly's computed surface trace, as far as the check below reads it. */
interface FullSurface {
  _input: unknown;
  uid?: unknown;
  x: unknown;
  y: unknown;
  z: unknown;
  surfacecolor: unknown;
  colorscale: unknown;
  opacity: unknown;
  cmin: unknown;
  cmax: unknown;
  visible: unknown;
  meta?: unknown;
}

interface SurfaceObject {
  data: FullSurface;
  surface: GlSurface;
  refineData: boolean;
  scene: { dataScale: number[] };
  update(data: FullSurface): void;
}

/** What a surface's drawing depends on: the user's trace and its arrays (by identity, as
 *  the views pass unchanged traces as the same objects) and the 3D scene's data scale. Not
 *  the scene's contour levels: the app's surfaces show no contour lines, and plotly sets
 *  those levels from the axis ticks only after a drawing, so keying on them made the first
 *  redraw after load upload the surface again for nothing. */
function surfaceKey(obj: SurfaceObject, d: FullSurface): unknown[] {
  return [d._input, d.x, d.y, d.z, d.surfacecolor, d.colorscale, d.opacity, d.cmin, d.cmax, d.visible, obj.scene.dataScale.join()];
}

// plotly's 3D scene re-uploads every trace on every redraw: a 121² surface costs hundreds of
// milliseconds on a software renderer, although dragging p only moves the small Taylor
// patches. Keep a surface whose inputs are the same objects as last time (immutable views
// make identity mean "unchanged"); anything else takes plotly's own update.
// After every 3D draw, gl-plot3d renders a picking pass and reads it back with readPixels
// (for hover labels); on a software renderer that blocked the main thread 300–800 ms per draw,
// i.e. per move of p. The app's 3D view needs no hover (the contour map reads f under the
// cursor), so its objects take no pick slots: no pick buffers, no pass, no read-back.
interface GlPlot {
  add(obj: { pickSlots?: number }): void;
  tnNoPicking?: boolean;
}
function withoutPicking(scene: unknown) {
  const glplot = (scene as { glplot?: GlPlot }).glplot;
  if (!glplot || glplot.tnNoPicking) return;
  const add = glplot.add.bind(glplot);
  glplot.add = (obj) => {
    obj.pickSlots = 0;
    add(obj);
  };
  glplot.tnNoPicking = true;
}
/** Make `obj.update` do nothing (but take the new computed trace) while `keyOf` gives the
 *  same values, by identity, as at the last update. */
function skipUnchangedUpdates<D>(obj: { data: D; update(d: D): void }, first: D, keyOf: (d: D) => unknown[]) {
  const update = obj.update.bind(obj);
  let last = keyOf(first);
  obj.update = (d) => {
    const key = keyOf(d);
    if (key.length === last.length && key.every((v, i) => v === last[i])) {
      obj.data = d;
      return;
    }
    last = key;
    update(d);
  };
}

// A trail or marker whose user trace is the same object as last time (and the scene's data
// scale the same) keeps its buffers: plotly rebuilt every 3D line on every redraw, so moving
// p rebuilt the optimizer trails too.
interface FullScatter3d {
  _input: unknown;
  visible: unknown;
}
interface Scatter3dObject {
  data: FullScatter3d;
  scene: { dataScale: number[] };
  update(data: FullScatter3d): void;
}
const scatter3dModule = scatter3d as { plot: (scene: unknown, data: FullScatter3d) => Scatter3dObject };
const createScatter3d = scatter3dModule.plot;
scatter3dModule.plot = (scene, data) => {
  withoutPicking(scene);
  const obj = createScatter3d(scene, data);
  skipUnchangedUpdates(obj, data, (d) => [d._input, d.visible, obj.scene.dataScale.join()]);
  return obj;
};

// A translucent surface (a Taylor patch) makes gl-plot3d render a second pass into a float
// buffer (every opaque object again, for depth, then the translucent ones) and blend that
// buffer over the frame. The same picture comes from blending the patch straight into the
// frame after the opaque objects (its shader's colour is premultiplied, as that pass
// expects), without writing depth: the patch then counts as opaque for gl-plot3d and the
// extra pass is skipped. The views put the patches last among the 3D traces. Where a patch
// nearly touches f (near p, within depth precision) the two ways can resolve the tie
// differently, a few hundred pixels at most.
function blendInOnePass(s: GlSurface) {
  const gl = s.gl;
  const drawBlended = s.drawTransparent.bind(s);
  const translucent = () => s.opacity < 1;
  s.isTransparent = () => false;
  s.isOpaque = () => true;
  s.draw = (params) => {
    if (!translucent()) return drawBlended(params);
    // the state of gl-plot3d's transparency pass (depth test LESS, not the opaque LEQUAL: a
    // tangent plane touching f at p stays behind it where they tie)
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.depthMask(false);
    gl.depthFunc(gl.LESS);
    drawBlended(params);
    gl.depthFunc(gl.LEQUAL);
    gl.depthMask(true);
    gl.disable(gl.BLEND);
  };
}

const surfaceModule = surface as { plot: (scene: unknown, data: FullSurface) => SurfaceObject };
const createSurface = surfaceModule.plot;
surfaceModule.plot = (scene, data) => {
  withoutPicking(scene);
  const obj = createSurface(scene, data);
  if (data.meta === NO_REFINE && obj.refineData) {
    // plotly's code unpatched (the dev server's pre-bundled copy; see PLOTLY_PATCHES in
    // vite.config.ts): upload once more at the trace's own resolution
    obj.refineData = false;
    obj.update(data);
  }
  if (data.uid !== F_UID) {
    blendInOnePass(obj.surface);
  } else {
    // f's surface: drawn from an offscreen image while only the patches and trails move
    cacheSurface(obj.surface, () => (scene as { glplot?: { redraw(): void } }).glplot?.redraw());
  }
  skipUnchangedUpdates(obj, data, (d) => surfaceKey(obj, d));
  return obj;
};

PlotlyCore.register([surface, scatter3d]);
