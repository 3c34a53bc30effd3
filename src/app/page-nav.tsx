import './page-nav.css';
import { useEffect, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { PageSection } from './page-sections.ts';

/**
 * Scrolls to a section and puts focus on its heading, without writing the section into the
 * address: the address holds a view (filters) and an item's permalink, not a scroll position.
 * Sections above that finish drawing later do not carry it away: the browser's scroll
 * anchoring keeps the heading in place.
 */
export function goToSection(id: string): void {
  const heading = document.getElementById(`sec-${id}-title`);
  if (!heading) return;
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}

function goToTop(): void {
  window.scrollTo({ top: 0 });
  document.getElementById('page-title')?.focus({ preventScroll: true });
}

/** True once the reader has scrolled past the first screen. */
function usePastFirstScreen(): boolean {
  const [past, setPast] = useState(false);
  useEffect(() => {
    let frame = 0;
    const check = () => {
      frame = 0;
      setPast(window.scrollY > window.innerHeight);
    };
    const onScroll = () => {
      if (frame === 0) frame = requestAnimationFrame(check);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    check();
    return () => {
      window.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, []);
  return past;
}

/**
 * "On this page": a link to every section, in a bar that stays at the top of the screen.
 * On a phone the links fold into one button; "Back to top" appears after the first screen.
 */
export function PageNav({
  sections,
  onJump = goToSection,
}: {
  sections: readonly PageSection[];
  /** Takes the reader to a section (by default at once). */
  onJump?: (id: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const past = usePastFirstScreen();

  const follow = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    // Ctrl/Cmd-click and the like open the link elsewhere, as links do.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    setOpen(false);
    onJump(id);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      setOpen(false);
      document.getElementById('page-nav-toggle')?.focus();
    }
  };

  return (
    <nav className="page-nav" aria-label="On this page" onKeyDown={onKeyDown}>
      <div className="page-nav__inner">
        <button
          type="button"
          id="page-nav-toggle"
          className="page-nav__toggle"
          aria-expanded={open}
          aria-controls="page-nav-list"
          onClick={() => setOpen((value) => !value)}
        >
          On this page
        </button>
        <ul id="page-nav-list" className="page-nav__list" data-open={open}>
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#sec-${section.id}`} onClick={(event) => follow(event, section.id)}>
                {section.title}
              </a>
            </li>
          ))}
        </ul>
        {past && (
          <button type="button" className="page-nav__top" onClick={goToTop}>
            Back to top
          </button>
        )}
      </div>
    </nav>
  );
}
