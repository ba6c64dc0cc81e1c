// PNG snapshots of a view for export. plotly renders its own figure; for the contour map the
// SVG layer on top (Taylor level sets, expansion point, arrows, trajectories) is composited
// over it, so the picture shows what the student sees.
import { exportMenuMsg } from '../i18n/views';
import Plotly from './plotly';
import type { PlotlyHTMLElement } from './plotly';

// Styles the overlay takes from CSS: inlined into the copy, since an SVG drawn as an image
// sees no page stylesheet.
const STYLE_PROPS = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'paint-order',
  'text-anchor',
  'dominant-baseline',
];

function inlineStyles(src: Element, dst: Element) {
  const cs = getComputedStyle(src);
  const style = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
  dst.setAttribute('style', style);
  for (let i = 0; i < src.children.length; i++) inlineStyles(src.children[i], dst.children[i]);
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    // shown to the user (ExportMenu's status), in the language in use
    img.onerror = () => reject(new Error(exportMenuMsg().imageNotDrawn));
    img.src = url;
  });
}

/** A PNG data URL of the plot at twice its on-screen size, with `overlay` (an SVG) on top. */
export async function snapshot(el: PlotlyHTMLElement, overlay?: SVGSVGElement | null): Promise<string> {
  const width = Math.max(300, Math.round(el.clientWidth || 900));
  const height = Math.max(200, Math.round(el.clientHeight || 600));
  const base = await Plotly.toImage(el, { format: 'png', width, height, scale: 2 });
  if (!overlay) return base;
  const copy = overlay.cloneNode(true) as SVGSVGElement;
  inlineStyles(overlay, copy);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const svgUrl = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`;
  const [a, b] = await Promise.all([loadImage(base), loadImage(svgUrl)]);
  const canvas = document.createElement('canvas');
  canvas.width = width * 2;
  canvas.height = height * 2;
  const ctx = canvas.getContext('2d');
  if (!ctx) return base;
  ctx.drawImage(a, 0, 0, canvas.width, canvas.height);
  ctx.drawImage(b, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png');
}
