// A button that copies a text, and says so; where the page may not write the clipboard
// (an iframe without permission) it selects the text's field for copying by hand.
import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { h, type VNode } from './dom';

export interface CopyProps {
  text(): string;
  field: RefObject<HTMLInputElement | HTMLTextAreaElement | null>;
  label: string;
  /** The button's words once the text is copied. */
  copied: string;
  name: string;
}

export function CopyButton({ text, field, label, copied, name }: CopyProps): VNode {
  const [done, setDone] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setDone(true);
    } catch {
      field.current?.focus();
      field.current?.select();
    }
  };
  return h('button', { type: 'button', class: 'btn no-print', key: name, on: { click: () => void copy() } }, done ? copied : label);
}
