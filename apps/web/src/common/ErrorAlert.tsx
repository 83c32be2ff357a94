import type { ShownError } from '../app/errors';

/** A server or network error in Chinese, announced to screen readers (role alert). */
export function ErrorAlert({ error }: { error: ShownError | null }) {
  if (!error) return null;
  return (
    <p role="alert" className="error">
      {error.message}
    </p>
  );
}
