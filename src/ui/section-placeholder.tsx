import { Section } from './section.tsx';

/** A section's heading and a block of reserved space, while its code loads. */
export function SectionPlaceholder({ id, title }: { id: string; title: string }) {
  return (
    <Section id={id} title={title}>
      <div className="skeleton__block" aria-busy="true" />
    </Section>
  );
}
