// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Section } from './section.tsx';
import { SectionBoundary } from './section-boundary.tsx';

let explode = true;
function Fragile() {
  if (explode) throw new Error('figures[3].value is not a number');
  return <>Drawn</>;
}

afterEach(cleanup);

describe('SectionBoundary', () => {
  it('shows the failed section as a message under its own heading, and the others as usual', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <main>
        <Section id="charts" title="Charts">
          <SectionBoundary title="Charts">
            <Fragile />
          </SectionBoundary>
        </Section>
        <Section id="timeline" title="Timeline">
          <SectionBoundary title="Timeline">Events</SectionBoundary>
        </Section>
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
      <Section id="charts" title="Charts">
        <SectionBoundary title="Charts">
          <Fragile />
        </SectionBoundary>
      </Section>,
    );
    explode = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('region', { name: 'Charts' })).toHaveTextContent('Drawn');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
