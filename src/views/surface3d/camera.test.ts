// The 3D view's home camera by the plot's shape: plotly fits the scene to the height, so a tall
// box steps the eye back by its height / width (at most 2×) to bring the sides back in.
import { describe, expect, it } from 'vitest';
import { CAMERA, cameraFor } from './camera';

describe('cameraFor', () => {
  it('is the home camera in a box as wide as tall or wider', () => {
    expect(cameraFor(480, 400)).toBe(CAMERA);
    expect(cameraFor(400, 400)).toBe(CAMERA);
    expect(cameraFor(0, 400)).toBe(CAMERA);
  });
  it('steps the eye back along its own direction by height / width in a tall box', () => {
    // the 390 px embed: the 3D box is about 345 × 500
    const c = cameraFor(345, 500);
    expect(c.eye.x).toBeCloseTo(CAMERA.eye.x * 1.4, 12);
    expect(c.eye.y).toBeCloseTo(CAMERA.eye.y * 1.4, 12);
    expect(c.eye.z).toBeCloseTo(CAMERA.eye.z * 1.4, 12);
    expect(c.up).toEqual(CAMERA.up);
    expect(c.center).toEqual(CAMERA.center);
  });
  it('steps back at most 2×, and a pixel more or less keeps the camera', () => {
    expect(cameraFor(100, 900).eye.x).toBeCloseTo(CAMERA.eye.x * 2, 12);
    expect(cameraFor(345, 500)).toEqual(cameraFor(346, 500));
  });
});
