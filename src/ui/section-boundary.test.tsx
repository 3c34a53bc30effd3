// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Section } from './section.tsx';
import { SectionBoundary } from './section-boundary.tsx';

let explode = true;
function Fragile() {
  if (explode) throw new Error('figures[3].value is not a number');
  return (
    <Section id="charts" title="Charts">
      Drawn
    </Section>
  );
}

afterEach(cleanup);

describe('SectionBoundary', () => {
  it('shows the failed section as a message under its own heading, and the others as usual', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <main>
        <SectionBoundary id="charts" title="Charts">
          <Fragile />
        </SectionBoundary>
        <SectionBoundary id="timeline" title="Timeline">
          <Section id="timeline" title="Timeline">
            Events
          </Section>
        </SectionBoundary>
      </main>,
    );
    const charts = screen.getByRole('region', { name: 'Charts' });
    expect(charts).toHaveTextContent('This section could not be shown');
    expect(screen.getByRole('alert')).toHaveTextContent('figures[3].value is not a number');
    expect(screen.getByRole('region', { name: 'Timeline' })).toHaveTextContent('Events');
  });

  it('tries again on request', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    explode = true;
    render(
      <SectionBoundary id="charts" title="Charts">
        <Fragile />
      </SectionBoundary>,
    );
    explode = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('region', { name: 'Charts' })).toHaveTextContent('Drawn');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
