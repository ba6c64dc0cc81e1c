// The 3D view's home camera: SurfaceView draws with it, the domain controls' "reset view" returns
// to it. Its own module, so the map's controls do not pull in the 3D view's code.
export const CAMERA = {
  eye: { x: -1.45, y: -1.45, z: 1.05 },
  up: { x: 0, y: 0, z: 1 },
  center: { x: 0, y: 0, z: -0.1 },
};
