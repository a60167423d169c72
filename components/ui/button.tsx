import type { ButtonHTMLAttributes } from "react";

const VARIANTS = {
  primary: "bg-accent text-white hover:bg-accent/90 disabled:opacity-60",
  secondary: "border border-stone-300 bg-white text-ink hover:bg-stone-50 disabled:opacity-60",
  danger: "bg-rose-700 text-white hover:bg-rose-800 disabled:opacity-60",
  ghost: "text-stone-600 hover:bg-stone-100 hover:text-ink disabled:opacity-60",
} as const;

export function Button({
  variant = "primary",
  className = "",
  type = "button",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof VARIANTS }) {
  return (
    <button
      type={type}
      className={`inline-flex items-center justify-center gap-1 rounded px-3 py-1.5 text-sm font-medium ${VARIANTS[variant]} ${className}`}
      {...props}
    />
  );
}
