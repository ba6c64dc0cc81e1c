// The basins layer on the contour map's SVG overlay: the basin map as an image stretched over
// the domain (one pixel per start), and the critical points it found, marked by kind.
import { memo, useMemo } from 'react';
import { useMsg } from '../../i18n/i18n';
import { basinsMsg } from '../../i18n/teach1';
import type { BasinMap } from '../../math/basins';
import { fmt } from '../format';
import { basinColors, basinImage, MAX_FOUND_MARKED } from './basins-view';

interface Props {
  map: BasinMap;
  px: (x: number) => number;
  py: (y: number) => number;
}

function Marker({ kind, x, y }: { kind: string; x: number; y: number }) {
  if (kind === 'minimum') return <circle cx={x} cy={y} r={5.5} className="bl-min" />;
  if (kind === 'maximum')
    return <path d={`M${x},${y - 7} L${x + 6.5},${y + 5} L${x - 6.5},${y + 5} z`} className="bl-max" />;
  if (kind === 'saddle')
    return (
      <path d={`M${x - 5},${y - 5} L${x + 5},${y + 5} M${x + 5},${y - 5} L${x - 5},${y + 5}`} className="bl-saddle" />
    );
  return <rect x={x - 4} y={y - 4} width={8} height={8} className="bl-other" />;
}

export const BasinsLayer = memo(function BasinsLayer({ map, px, py }: Props) {
  const t = useMsg(basinsMsg);
  const colors = useMemo(() => basinColors(map), [map]);
  const href = useMemo(() => basinImage(map, colors), [map, colors]);
  const [x0, x1, y0, y1] = map.domain;
  const dx = (x1 - x0) / (map.n - 1) / 2;
  const dy = (y1 - y0) / (map.n - 1) / 2;
  const left = px(x0 - dx);
  const top = py(y1 + dy);
  const inside = map.classes.filter((c) => c.x !== undefined && c.x >= x0 && c.x <= x1 && c.y! >= y0 && c.y! <= y1);
  const found = inside.filter((c) => !c.known && c.count > 0);
  // Marking hundreds of found points (Rastrigin) would hide the map: then only the catalog's.
  const points = [...inside.filter((c) => c.known), ...(found.length <= MAX_FOUND_MARKED ? found : [])];
  return (
    <g data-testid="basins-layer" data-method={map.method} data-classes={map.classes.filter((c) => c.count > 0).length}>
      {href && (
        <image
          href={href}
          x={left}
          y={top}
          width={px(x1 + dx) - left}
          height={py(y0 - dy) - top}
          preserveAspectRatio="none"
          className="bl-image"
          data-testid="basins-image"
        />
      )}
      {points.map((c, i) => (
        <g key={i} data-testid="critical-point" data-kind={c.kind}>
          <Marker kind={c.kind} x={px(c.x!)} y={py(c.y!)} />
          <title>{t.pointTitle(c.kind, fmt(c.x!), fmt(c.y!), Boolean(c.known))}</title>
        </g>
      ))}
    </g>
  );
});
