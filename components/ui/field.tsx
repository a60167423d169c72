import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

/** The look of every input, select and text area; exported for inputs built beside these fields. */
export const CONTROL =
  "mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-accent focus:outline-none aria-invalid:border-rose-500";

interface FieldFrame {
  label: string;
  name: string;
  errors?: string[];
  hint?: ReactNode;
}

function Frame({ label, name, errors, hint, children }: FieldFrame & { children: ReactNode }) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium text-stone-700">
        {label}
      </label>
      {children}
      {hint && !errors?.length && <p className="mt-1 text-xs text-stone-500">{hint}</p>}
      {errors?.length ? (
        <p id={`${name}-error`} className="mt-1 text-sm text-rose-700">
          {errors[0]}
        </p>
      ) : null}
    </div>
  );
}

function ariaFor(name: string, errors?: string[]) {
  return errors?.length ? { "aria-invalid": true as const, "aria-describedby": `${name}-error` } : {};
}

export function TextField({
  label,
  name,
  errors,
  hint,
  ...input
}: FieldFrame & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Frame label={label} name={name} errors={errors} hint={hint}>
      <input id={name} name={name} className={CONTROL} {...ariaFor(name, errors)} {...input} />
    </Frame>
  );
}

export function TextArea({
  label,
  name,
  errors,
  hint,
  ...input
}: FieldFrame & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Frame label={label} name={name} errors={errors} hint={hint}>
      <textarea
        id={name}
        name={name}
        className={`${CONTROL} min-h-24`}
        {...ariaFor(name, errors)}
        {...input}
      />
    </Frame>
  );
}

export function SelectField({
  label,
  name,
  errors,
  hint,
  options,
  ...input
}: FieldFrame & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  return (
    <Frame label={label} name={name} errors={errors} hint={hint}>
      <select id={name} name={name} className={CONTROL} {...ariaFor(name, errors)} {...input}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}
