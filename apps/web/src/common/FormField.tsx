import { cloneElement, type InputHTMLAttributes, type ReactElement } from 'react';

interface ControlProps {
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/**
 * A labelled control with the server's (or the form's) Chinese message beside it: the control is marked
 * aria-invalid and described by the message, so a screen reader reads the problem with the field.
 */
export function FormField({
  id,
  label,
  problem,
  hint,
  children,
}: {
  id: string;
  label: string;
  problem?: string;
  hint?: string;
  children: ReactElement<ControlProps>;
}) {
  const described = [problem ? `${id}-problem` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id, 'aria-invalid': problem ? true : undefined, 'aria-describedby': described })}
      {hint && (
        <p id={`${id}-hint`} className="hint small">
          {hint}
        </p>
      )}
      {problem && (
        <p id={`${id}-problem`} className="field-error">
          {problem}
        </p>
      )}
    </div>
  );
}

/** The common case: a labelled text input (any input type) with its message beside it. */
export function InputField({
  id,
  label,
  problem,
  hint,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; problem?: string; hint?: string }) {
  return (
    <FormField id={id} label={label} problem={problem} hint={hint}>
      <input {...input} />
    </FormField>
  );
}
