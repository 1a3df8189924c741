import type { Relation, Verdict } from '../core/types.ts';
import { VERDICT_COLOR } from '../map/palette.ts';
import { shapePath } from '../map/relation-shapes.ts';

/** The relation's marker shape in the verdict's colour, as on the map. Decorative. */
export function RelationIcon({
  relation,
  verdict,
  size = 16,
}: {
  relation: Relation;
  verdict?: Verdict;
  size?: number;
}) {
  const fill = verdict ? VERDICT_COLOR[verdict] : '#555';
  return (
    <svg
      className="relation-icon"
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={shapePath(relation, size)}
        fill={fill}
        stroke={verdict === 'mismatch' ? '#2b1200' : '#fff'}
        strokeWidth={1.2}
      />
    </svg>
  );
}
