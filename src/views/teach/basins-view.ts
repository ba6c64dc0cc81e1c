// How a basin map is drawn: a colour per class (minima in blues and greens, maxima in reds,
// saddles in oranges and yellows, divergence dark, no limit light grey) and the map as a PNG
// data URL (one pixel per start), placed on the contour map's SVG layer.
import type { BasinClass, BasinMap } from '../../math/basins';

const FAMILIES: Record<BasinClass['kind'], string[]> = {
  minimum: ['#2166ac', '#1b9e77', '#67a9cf', '#66a61e', '#4393c3', '#a6d96a', '#3288bd', '#5aae61'],
  maximum: ['#b2182b', '#f4a582', '#d6604d'],
  saddle: ['#e6ab02', '#fdb863', '#e08214', '#ffd92f', '#d8b365'],
  degenerate: ['#bf812d'],
  diverged: ['#252525'],
  'no-limit': ['#d9d9d9'],
};

export function basinColors(map: BasinMap): string[] {
  const used: Record<string, number> = {};
  return map.classes.map((c) => {
    const fam = FAMILIES[c.kind];
    const i = used[c.kind] ?? 0;
    used[c.kind] = i + 1;
    return fam[i % fam.length];
  });
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** The map as an image, row 0 at the top (largest y), or null where there is no canvas. */
export function basinImage(map: BasinMap, colors: string[]): string | null {
  if (typeof document === 'undefined') return null;
  const canvas = document.createElement('canvas');
  canvas.width = map.n;
  canvas.height = map.n;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const img = ctx.createImageData(map.n, map.n);
  const table = colors.map(rgb);
  for (let j = 0; j < map.n; j++)
    for (let i = 0; i < map.n; i++) {
      const c = table[map.labels[j * map.n + i]];
      const o = ((map.n - 1 - j) * map.n + i) * 4;
      img.data[o] = c[0];
      img.data[o + 1] = c[1];
      img.data[o + 2] = c[2];
      img.data[o + 3] = 255;
    }
  ctx.putImageData(img, 0, 0);
  return canvas.toDataURL('image/png');
}

/** Found critical points are marked on the map only up to this many (Rastrigin has hundreds). */
export const MAX_FOUND_MARKED = 40;
