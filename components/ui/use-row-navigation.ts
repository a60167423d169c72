"use client";

import { useRouter } from "next/navigation";
import { type KeyboardEvent, useRef } from "react";

/**
 * Keyboard navigation for a table of links: ↑/↓ (or k/j) move between rows, Enter opens one.
 * Spread `rowProps(index)` on each <tr>.
 */
export function useRowNavigation(hrefs: string[]) {
  const router = useRouter();
  const rows = useRef<(HTMLTableRowElement | null)[]>([]);

  function onKeyDown(event: KeyboardEvent<HTMLTableRowElement>, index: number) {
    const move = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1 }[event.key];
    if (move) {
      event.preventDefault();
      rows.current[Math.min(Math.max(index + move, 0), hrefs.length - 1)]?.focus();
    } else if (event.key === "Enter") {
      router.push(hrefs[index]!);
    }
  }

  return (index: number) => ({
    ref: (element: HTMLTableRowElement | null) => {
      rows.current[index] = element;
    },
    tabIndex: 0,
    onKeyDown: (event: KeyboardEvent<HTMLTableRowElement>) => onKeyDown(event, index),
    onClick: () => router.push(hrefs[index]!),
  });
}
