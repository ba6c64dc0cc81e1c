// Mark: the Taylor models' level sets around p, one path per level over a white casing, and
// the patch's outline. Each model is a group `level-sets-t{k}` (its casing path holds all its
// lines); each line is a path `level-set-t{k}` with its value in `data-level`.
import { taylorColor, taylorDash } from '../palette';
import type { ModelLevels } from './levels';
import type { Scales } from './scales';
import { fmt } from '../format';

export function LevelSets({
  models,
  scales: s,
  patch,
  dim = false,
}: {
  models: ModelLevels[];
  scales: Scales;
  patch: readonly number[] | null;
  /** faint, under the accuracy regions: the regions are then what the patch shows */
  dim?: boolean;
}) {
  return (
    <g className={dim ? 'level-sets-mark dim' : 'level-sets-mark'}>
      {patch && models.length > 0 && (
        <rect
          className="patch-outline"
          x={s.x(patch[0])}
          y={s.y(patch[3])}
          width={s.x(patch[1]) - s.x(patch[0])}
          height={s.y(patch[2]) - s.y(patch[3])}
        />
      )}
      {models.map(({ order, paths }) => (
        <g key={order} data-order={order} data-count={paths.length}>
          {/* one casing under all the model's lines: they stand out on any colour of the map */}
          {paths.length > 0 && (
            <path
              data-testid={`level-sets-t${order}`}
              className="level-casing"
              d={paths.map((p) => p.d).join('')}
              // dashed like the lines (dashes restart at every subpath, so they line up): a
              // dashed model stays its own colour instead of white with coloured dashes
              strokeDasharray={taylorDash(order)}
            />
          )}
          {paths.map(({ level, d }) => (
            <path
              key={level}
              data-testid={`level-set-t${order}`}
              data-level={level}
              className="level-set"
              d={d}
              stroke={taylorColor(order)}
              strokeDasharray={taylorDash(order)}
            >
              <title>{`T${order} = ${fmt(level)}`}</title>
            </path>
          ))}
        </g>
      ))}
    </g>
  );
}
