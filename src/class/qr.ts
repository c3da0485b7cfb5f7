// A QR code as an SVG image with its text as its name: projected for a class, or shown
// by a student so a teacher's phone can read a result without anyone typing it.
import { correction, generate } from 'lean-qr';
import { toSvg } from 'lean-qr/extras/svg';

export function qrCode(text: string, label: string): SVGElement {
  // Medium correction: still read from a projector across a room, at a size a page can hold.
  const svg = toSvg(generate(text, { minCorrectionLevel: correction.M }), document, { on: '#1b1b1b', off: '#ffffff', pad: 2 });
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('class', 'qr');
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  return svg;
}
