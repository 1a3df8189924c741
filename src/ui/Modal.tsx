import { useEffect, useRef, useState, type ReactNode } from 'react';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
  testId?: string;
  /**
   * When closing (Escape, ×) would throw away what the user typed or chose: the question to
   * ask first, e.g. "Discard the pasted text?". Null or absent: close at once.
   */
  discardWarning?: string | null;
}

/**
 * A modal dialog on the native `<dialog>` element (focus trapping, Escape and the inert
 * page come with it). Rendered only while open. When it closes, focus goes back to the
 * control that had it when the dialog opened (the button that opened it), not to the page.
 */
export function Modal({ title, onClose, children, className, testId, discardWarning }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [asking, setAsking] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      // After React has taken the dialog out (a task later), so nothing moves focus again.
      setTimeout(() => {
        if (opener?.isConnected && opener !== document.body) opener.focus();
      }, 0);
    };
  }, []);
  useEffect(() => {
    if (asking) keepRef.current?.focus();
  }, [asking]);
  const requestClose = () => {
    if (asking) setAsking(false);
    else if (discardWarning) setAsking(true);
    else onClose();
  };
  return (
    <dialog
      ref={ref}
      className={`modal ${className ?? ''}`}
      aria-label={title}
      onCancel={(e) => {
        e.preventDefault();
        requestClose();
      }}
      data-testid={testId}
    >
      <header className="modal-head">
        <h2>{title}</h2>
        <button type="button" className="close" aria-label="Close" onClick={requestClose}>
          ×
        </button>
      </header>
      {asking && discardWarning && (
        <div className="discard-confirm" role="alert" data-testid="discard-confirm">
          <p>{discardWarning}</p>
          <button
            ref={keepRef}
            type="button"
            onClick={() => setAsking(false)}
            data-testid="discard-keep"
          >
            Keep editing
          </button>
          <button type="button" className="danger" onClick={onClose} data-testid="discard-ok">
            Discard and close
          </button>
        </div>
      )}
      {children}
    </dialog>
  );
}

/** Asks before doing something that cannot be undone. */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Modal title={title} onClose={onCancel} className="modal--confirm" testId="confirm-dialog">
      <div className="modal-body">{message}</div>
      <footer className="modal-foot">
        <button type="button" onClick={onCancel} data-testid="confirm-cancel" autoFocus>
          Cancel
        </button>
        <button type="button" className="danger" onClick={onConfirm} data-testid="confirm-ok">
          {confirmLabel}
        </button>
      </footer>
    </Modal>
  );
}
