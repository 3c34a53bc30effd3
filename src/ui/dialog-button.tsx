import { useRef, useState, type ComponentType } from 'react';
import type { CopyDialogProps, DialogContent } from './copy-dialog.tsx';

/**
 * A button that opens a dialog of texts to copy (a citation, an embed code). The dialog's
 * code and its content load on the first click, so that the page does not carry them.
 */
export function DialogButton({
  label,
  name,
  load,
  className = 'link-button',
}: {
  label: string;
  className?: string;
  /** The button's accessible name, when the label alone is ambiguous ("Cite" what?). */
  name: string;
  load: () => Promise<DialogContent>;
}) {
  const [open, setOpen] = useState<{ Dialog: ComponentType<CopyDialogProps>; content: DialogContent } | null>(
    null,
  );
  const [error, setError] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const show = () => {
    setError(false);
    Promise.all([import('./copy-dialog.tsx'), load()]).then(
      ([module, content]) => setOpen({ Dialog: module.CopyDialog, content }),
      () => setError(true),
    );
  };
  const close = () => {
    setOpen(null);
    button.current?.focus();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className={className}
        aria-haspopup="dialog"
        aria-label={name}
        onClick={show}
      >
        {label}
      </button>
      {error && (
        <span role="alert" className="dialog-button__error">
          Could not open. Please try again.
        </span>
      )}
      {open && <open.Dialog content={open.content} onClose={close} />}
    </>
  );
}
