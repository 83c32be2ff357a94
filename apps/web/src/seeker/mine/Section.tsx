import type { ReactNode } from 'react';

/** One part of 我的: a region landmark named by its h2, so a screen reader can jump between the four parts. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mine-section">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
