import type { Severity, Verdict } from '../core/types.ts';
import { SEVERITY_LABEL, VERDICT_LABEL } from '../map/palette.ts';

/** The verdict as words (colour is a second cue, never the only one). */
export function VerdictBadge({ verdict, severity }: { verdict: Verdict; severity?: Severity }) {
  return (
    <span className={`badge badge--${verdict}`}>
      {VERDICT_LABEL[verdict]}
      {severity && verdict === 'mismatch' ? ` · ${SEVERITY_LABEL[severity].toLowerCase()}` : ''}
    </span>
  );
}
