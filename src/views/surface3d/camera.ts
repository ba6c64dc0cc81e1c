// The 3D view's home camera: SurfaceView draws with it, the domain controls' "reset view" returns
// to it. Its own module, so the map's controls do not pull in the 3D view's code.
export const CAMERA = {
  eye: { x: -1.45, y: -1.45, z: 1.05 },
  up: { x: 0, y: 0, z: 1 },
  center: { x: 0, y: 0, z: -0.1 },
};

/** The home camera for a plot of this size: plotly fits the scene to the plot's height, so in a
 *  box taller than wide (a phone, a narrow embed) the sides were cut off, f's axis with them. The
 *  eye then steps back by the box's height / width (at most 2×, in tenths), which brings the width back in. */
export function cameraFor(width: number, height: number): typeof CAMERA {
  // in tenths, so that a box that changes by a pixel keeps its camera
  const back = width > 0 && height > width ? Math.min(2, Math.round((10 * height) / width) / 10) : 1;
  if (back === 1) return CAMERA;
  const { x, y, z } = CAMERA.eye;
  return { ...CAMERA, eye: { x: x * back, y: y * back, z: z * back } };
}
