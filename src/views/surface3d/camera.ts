// The 3D view's home camera: SurfaceView draws with it, the domain controls' "reset view" returns
// to it. Its own module, so the map's controls do not pull in the 3D view's code.
export const CAMERA = {
  eye: { x: -1.45, y: -1.45, z: 1.05 },
  up: { x: 0, y: 0, z: 1 },
  center: { x: 0, y: 0, z: -0.1 },
};

/** How far the home camera steps back for a plot of this size: plotly fits the scene to the
 *  plot's height, so in a box taller than wide (a phone, a narrow embed) the sides were cut off,
 *  f's axis with them. The eye steps back by the box's height / width, at most 2×, in tenths (a
 *  box that changes by a pixel keeps its camera); 1 in a box as wide as tall or wider. */
export function stepBack(width: number, height: number): number {
  return width > 0 && height > width ? Math.min(2, Math.round((10 * height) / width) / 10) : 1;
}

/** The home camera with its eye `back` times as far, along its own direction. */
export function homeCamera(back: number): typeof CAMERA {
  if (back === 1) return CAMERA;
  const { x, y, z } = CAMERA.eye;
  return { ...CAMERA, eye: { x: x * back, y: y * back, z: z * back } };
}

/** The home camera for a plot of this size (stepBack). */
export const cameraFor = (width: number, height: number): typeof CAMERA => homeCamera(stepBack(width, height));
