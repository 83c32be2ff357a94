import type { InputHTMLAttributes } from 'react';

/**
 * A labelled input whose server problem (Chinese, from extensions.problems) is shown beside it and announced as its
 * description (aria-invalid + aria-describedby), as on 工作台's contact form.
 */
export function Field({ id, label, problem, ...input }: InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; problem: string | undefined }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${id}-problem` : undefined} {...input} />
      {problem && (
        <p id={`${id}-problem`} className="field-error">
          {problem}
        </p>
      )}
    </div>
  );
}
