import { appStore, useAppStore } from '../store/app-store.ts';

/** Messages to the user: what happened, what was wrong and where. Dismissed one by one. */
export function Notices() {
  const notices = useAppStore((s) => s.ui.notices);
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label="Messages">
      {notices.map((n) => (
        <div
          key={n.id}
          className={`notice notice--${n.kind}`}
          role={n.kind === 'error' ? 'alert' : 'status'}
          data-testid="notice"
          data-kind={n.kind}
        >
          <p className="notice-text">{n.text}</p>
          {n.details.length > 0 && (
            <ul className="notice-details">
              {n.details.slice(0, 12).map((d, i) => (
                <li key={i}>{d}</li>
              ))}
              {n.details.length > 12 && <li>… and {n.details.length - 12} more.</li>}
            </ul>
          )}
          <button
            type="button"
            className="close"
            aria-label="Dismiss message"
            onClick={() => appStore.getState().dismissNotice(n.id)}
          >
            ×
          </button>
        </div>
      ))}
    </section>
  );
}
