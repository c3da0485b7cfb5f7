// A box that holds a QR code: the code is drawn outside preact (qr.ts fills its SVG when the
// library arrives), so the box is left to it and drawn afresh only when its text changes.
import { useEffect, useRef } from 'preact/hooks';
import { qrCode } from '../class/qr';
import { h, type VNode } from './dom';

export function Qr({ text, label, class: cls }: { text: string; label: string; class: string }): VNode {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.replaceChildren(qrCode(text, label));
  }, [text, label]);
  return h('div', { class: cls, ref: box });
}
