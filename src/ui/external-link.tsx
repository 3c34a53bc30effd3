import type { ReactNode } from 'react';
import { safeHttpUrl } from '../model/safe-url.ts';

/**
 * A link out of the sheet. Only http(s) URLs become links; anything else is shown as
 * text, so a doctored dataset cannot smuggle in a javascript: URL.
 */
export function ExternalLink({
  href,
  children,
  label,
}: {
  href: string;
  children: ReactNode;
  label?: string;
}) {
  const url = safeHttpUrl(href);
  if (!url) return <span>{children}</span>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" aria-label={label}>
      {children}
    </a>
  );
}
