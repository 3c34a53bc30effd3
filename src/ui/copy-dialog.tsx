import './copy-dialog.css';
import { useEffect, useId, useRef, useState } from 'react';

export interface DialogContent {
  title: string;
  intro?: string;
  blocks: readonly { label: string; text: string; code?: boolean }[];
  link?: { href: string; text: string };
}

export interface CopyDialogProps {
  content: DialogContent;
  onClose: () => void;
}

function CopyBlock({ label, text, code }: DialogContent['blocks'][number]) {
  const id = useId();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const area = useRef<HTMLTextAreaElement>(null);
  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => setState('copied'),
      () => {
        // No clipboard (permissions, an old browser): select the text for Ctrl+C.
        area.current?.select();
        setState('failed');
      },
    );
  };
  return (
    <div className="copy-dialog__block">
      <div className="copy-dialog__row">
        <label htmlFor={id} className="copy-dialog__label">
          {label}
        </label>
        <button type="button" className="button button--small" onClick={copy}>
          Copy {label.toLowerCase()}
        </button>
        <span role="status" className="copy-dialog__status">
          {state === 'copied' ? 'Copied' : state === 'failed' ? 'Selected: press Ctrl+C or ⌘C to copy' : ''}
        </span>
      </div>
      <textarea
        id={id}
        ref={area}
        readOnly
        value={text}
        rows={Math.min(10, Math.max(3, Math.ceil(text.length / 70) + text.split('\n').length - 1))}
        className={code ? 'copy-dialog__text copy-dialog__text--code' : 'copy-dialog__text'}
        onFocus={(event) => event.currentTarget.select()}
      />
    </div>
  );
}

/** A modal dialog of texts to copy: focus stays inside, Escape or Close returns to the page. */
export function CopyDialog({ content, onClose }: CopyDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="copy-dialog" aria-labelledby={titleId} onClose={onClose}>
      <div className="copy-dialog__head">
        <h2 id={titleId} className="copy-dialog__title">
          {content.title}
        </h2>
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => dialog.current?.close()}
        >
          Close
        </button>
      </div>
      {content.intro && <p className="copy-dialog__intro">{content.intro}</p>}
      {content.blocks.map((block) => (
        <CopyBlock key={block.label} {...block} />
      ))}
      {content.link && (
        <p className="copy-dialog__link">
          <a href={content.link.href} target="_blank" rel="noopener">
            {content.link.text}
          </a>
        </p>
      )}
    </dialog>
  );
}
