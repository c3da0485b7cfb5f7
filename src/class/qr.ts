// A QR code as an SVG image with its text as its name: projected for a class, or shown
// by a student so a teacher's phone can read a result without anyone typing it.
// The QR library is fetched the first time a code is drawn: the title screen never needs it.

const SVG = 'http://www.w3.org/2000/svg';
type Draw = (text: string, into: SVGElement) => void;
let drawer: Promise<Draw> | null = null;

function loadDrawer(): Promise<Draw> {
  return (drawer ??= Promise.all([import('lean-qr'), import('lean-qr/extras/svg')]).then(([{ correction, generate }, { toSvg }]) => (text: string, into: SVGElement) => {
    // Medium correction: still read from a projector across a room, at a size a page can hold.
    toSvg(generate(text, { minCorrectionLevel: correction.M }), into, { on: '#1b1b1b', off: '#ffffff', pad: 2 });
  }));
}

/** The image at once, named and square; its modules are drawn into it as soon as the library is there. */
export function qrCode(text: string, label: string): SVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('class', 'qr');
  svg.setAttribute('viewBox', '0 0 1 1');
  loadDrawer().then(
    (draw) => {
      draw(text, svg);
      svg.removeAttribute('width');
      svg.removeAttribute('height');
    },
    (error: unknown) => {
      drawer = null;
      console.warn('qr', error);
    },
  );
  return svg;
}
