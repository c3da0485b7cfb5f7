// Canvas 2D drawing of the map's layers. The scene renders these into textures only
// when something changes (view, stances, news, hover), never every frame.
import type { MemberId } from '../engine';
import type { CountryShape } from './asset';
import { capitalName, countryName, isMember, MEMBER_IDS, roleOf } from './countries';
import type { MapData } from './mapdata';
import type { MapEvent, MemberView } from './model';
import { t } from './strings';
import {
  BORDER, COAST, FOCUS, GRATICULE, INK, LAND, PAPER, ROCKET, RIVAL, SEA, SERIF, STANCE_FILL, USA_MARK,
  patternTile, type Context2D, type PatternName,
} from './style';
import type { View } from './view';
import { byId } from '../engine';

export interface Surface {
  ctx: Context2D;
  /** Device pixels. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel. */
  ratio: number;
  view: View;
}

export interface BaseInput {
  members: Readonly<Record<MemberId, MemberView>>;
  events: readonly MapEvent[];
  /** The month shown, "YYYY-MM", for the names of that month. */
  month: string;
}

const patternCache = new Map<string, CanvasPattern>();

function pattern(ctx: Context2D, name: PatternName, ratio: number): CanvasPattern | null {
  const key = `${name}@${ratio.toFixed(2)}`;
  let found = patternCache.get(key);
  if (!found) {
    found = ctx.createPattern(patternTile(name, ratio), 'repeat') ?? undefined;
    if (found) patternCache.set(key, found);
  }
  return found ?? null;
}

function onScreen(surface: Surface, bbox: readonly [number, number, number, number], pad = 0): boolean {
  const { view } = surface;
  const x0 = bbox[0] * view.scale + view.x, x1 = bbox[2] * view.scale + view.x;
  const y0 = bbox[1] * view.scale + view.y, y1 = bbox[3] * view.scale + view.y;
  return x1 >= -pad && x0 <= surface.width + pad && y1 >= -pad && y0 <= surface.height + pad;
}

/** Adds a ring to the current path in screen space, skipping points closer than half a pixel. */
function traceRing(ctx: Context2D, ring: Float64Array, view: View, close: boolean, dx = 0, dy = 0): void {
  const { scale } = view;
  const ox = view.x - dx, oy = view.y - dy;
  let lx = (ring[0] as number) * scale + ox;
  let ly = (ring[1] as number) * scale + oy;
  ctx.moveTo(lx, ly);
  const n = ring.length;
  for (let i = 2; i < n; i += 2) {
    const x = (ring[i] as number) * scale + ox;
    const y = (ring[i + 1] as number) * scale + oy;
    if (i < n - 2 && Math.abs(x - lx) < 0.5 && Math.abs(y - ly) < 0.5) continue;
    ctx.lineTo(x, y);
    lx = x;
    ly = y;
  }
  if (close) ctx.closePath();
}

export function traceCountry(ctx: Context2D, country: CountryShape, view: View, dx = 0, dy = 0): void {
  ctx.beginPath();
  for (const ring of country.rings) traceRing(ctx, ring, view, true, dx, dy);
}

const arcBoxes = new WeakMap<Float64Array, [number, number, number, number]>();
function arcBox(arc: Float64Array): [number, number, number, number] {
  let box = arcBoxes.get(arc);
  if (!box) {
    box = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < arc.length; i += 2) {
      box[0] = Math.min(box[0], arc[i] as number); box[2] = Math.max(box[2], arc[i] as number);
      box[1] = Math.min(box[1], arc[i + 1] as number); box[3] = Math.max(box[3], arc[i + 1] as number);
    }
    arcBoxes.set(arc, box);
  }
  return box;
}

function strokeArcs(surface: Surface, data: MapData, indices: readonly number[]): void {
  const { ctx, view } = surface;
  ctx.beginPath();
  for (const i of indices) {
    const arc = data.geometry.arcs[i] as Float64Array;
    if (onScreen(surface, arcBox(arc), 4)) traceRing(ctx, arc, view, false);
  }
  ctx.stroke();
}

function fillFor(id: string, members: BaseInput['members']): string {
  if (isMember(id)) return STANCE_FILL[members[id].stance];
  const role = roleOf(id);
  return role === 'member' ? LAND.other : LAND[role];
}

/**
 * Screen position of the off-map United States marker: the left edge, level with the Atlantic, or
 * as near it as keeps off the members' capitals and the places of their names (a small map, where
 * Belarus comes near the edge). It reads only the view, so every use of it agrees.
 */
export function usaMarker(surface: Pick<Surface, 'width' | 'height' | 'ratio' | 'view'>, data: MapData): [number, number] {
  const { ratio, height } = surface;
  const lo = 22 * ratio, hi = height - 60 * ratio;
  const atlantic = Math.min(hi, Math.max(60 * ratio, data.atlantic[1] * surface.view.scale + surface.view.y));
  const right = 12 * ratio + (usaCompact(surface) ? 80 : 150) * ratio;
  const keepOff: Box[] = [];
  for (const label of data.labels) {
    if (!isMember(label.id)) continue;
    const [x, y] = screen(surface, [label.x, label.y]);
    keepOff.push([x - 45 * ratio, y - 10 * ratio, x + 45 * ratio, y + 26 * ratio]);
  }
  for (const id of [...MEMBER_IDS, 'RUS']) {
    const at = byId(data.capitals, id);
    if (!at) continue;
    const [x, y] = screen(surface, at);
    keepOff.push([x - 6 * ratio, y - 6 * ratio, x + 6 * ratio, y + 6 * ratio]);
  }
  for (const k of [0, 1, -1, 2, -2, 3, -3, 4, -4]) {
    const y = atlantic + k * 36 * ratio;
    if (y < lo || y > hi) continue;
    const box: Box = [12 * ratio, y - 15 * ratio, right, y + 15 * ratio];
    if (!keepOff.some((other) => overlaps(box, other))) return [12 * ratio, y];
  }
  return [12 * ratio, atlantic];
}

function screen(surface: Pick<Surface, 'view'>, p: readonly [number, number]): [number, number] {
  return [p[0] * surface.view.scale + surface.view.x, p[1] * surface.view.scale + surface.view.y];
}

/** A curve from a to b bowed by `bend` of its length to one side (negative: the other); its control point. */
function curveControl(a: readonly [number, number], b: readonly [number, number], bend: number): [number, number] {
  const mx = (a[0] + b[0]) / 2, my = (a[1] + b[1]) / 2;
  const dx = b[0] - a[0], dy = b[1] - a[1];
  return [mx - dy * bend, my + dx * bend - Math.hypot(dx, dy) * 0.05];
}

export function pointOnCurve(a: readonly [number, number], c: readonly [number, number], b: readonly [number, number], s: number): [number, number] {
  const u = 1 - s;
  return [u * u * a[0] + 2 * u * s * c[0] + s * s * b[0], u * u * a[1] + 2 * u * s * c[1] + s * s * b[1]];
}

/** Start and end, in device pixels, of an event's arrow (offers) or trajectory (rockets). */
function eventPath(surface: Pick<Surface, 'width' | 'height' | 'ratio' | 'view'>, data: MapData, event: MapEvent, member: MemberId): { from: [number, number]; to: [number, number] } | null {
  const capital = data.capitals[member];
  if (!capital) return null;
  const to = screen(surface, capital);
  if (event.rockets) {
    // Kunduz to Dushanbe is short on a continental map: keep the trajectory long enough to see.
    const from = screen(surface, data.iskOrigin);
    const dx = from[0] - to[0], dy = from[1] - to[1];
    const length = Math.hypot(dx, dy) || 1;
    const min = 70 * surface.ratio;
    return length >= min ? { from, to } : { from: [to[0] + (dx / length) * min, to[1] + (dy / length) * min], to };
  }
  if (event.kind === 'offer' && event.rival === 'USA') {
    const [, , right] = usaMarkerBox(surface, data);
    const [, y] = usaMarker(surface, data);
    return { from: [right + 4 * surface.ratio, y], to };
  }
  if (event.kind === 'offer' && event.rival === 'TUR') return { from: screen(surface, data.capitals.TUR as [number, number]), to };
  return null;
}

function arrowHead(ctx: Context2D, tip: [number, number], from: [number, number], size: number): void {
  const angle = Math.atan2(tip[1] - from[1], tip[0] - from[0]);
  ctx.beginPath();
  ctx.moveTo(tip[0], tip[1]);
  ctx.lineTo(tip[0] - size * Math.cos(angle - 0.45), tip[1] - size * Math.sin(angle - 0.45));
  ctx.lineTo(tip[0] - size * Math.cos(angle + 0.45), tip[1] - size * Math.sin(angle + 0.45));
  ctx.closePath();
  ctx.fill();
}

/** Directions a crisis's mark tries around its capital, above right first. */
const MARK_DIRECTIONS = [-45, -135, 45, 135, -90, 90, 0, 180].map((deg) => [Math.cos((deg * Math.PI) / 180), Math.sin((deg * Math.PI) / 180)] as const);

/**
 * Where a crisis's mark stands beside its capital: the nearest place around it that keeps off
 * what is placed and leaves room for the capitals' names still to come (`wishes`, the first it
 * can: room for all, room for its own); else one where only names shown where they fit are in
 * the way (they give way) that leaves room for its own; else the nearest that keeps off what is
 * placed; on a crowded map, the place that covers least of it.
 */
function crisisMark(ratio: number, at: [number, number], placed: readonly Box[], optional: ReadonlySet<Box>, wishes: readonly [(box: Box) => boolean, (box: Box) => boolean]): { x: number; y: number; box: Box } {
  const r = 10 * ratio;
  const spots = [20, 30, 42].flatMap((d) => MARK_DIRECTIONS.map(([cx, cy]): [number, number] => [at[0] + cx * d * ratio, at[1] + cy * d * ratio]));
  const boxAt = ([x, y]: [number, number]): Box => [x - r, y - r, x + r, y + r];
  const covered = (box: Box) => placed.reduce((sum, o) => sum + common(box, o), 0);
  const clear = spots.filter((p) => covered(boxAt(p)) === 0);
  const yielding = spots.filter((p) => placed.every((o) => !overlaps(boxAt(p), o) || optional.has(o)));
  const [all, own] = wishes;
  const spot =
    clear.find((p) => all(boxAt(p))) ??
    clear.find((p) => own(boxAt(p))) ??
    yielding.find((p) => own(boxAt(p))) ??
    clear[0] ??
    spots.reduce((best, p) => (covered(boxAt(p)) < covered(boxAt(best)) ? p : best));
  return { x: spot[0], y: spot[1], box: boxAt(spot) };
}

function drawEvents(surface: Surface, events: readonly MapEvent[], layout: LabelLayout): void {
  const { ctx, ratio } = surface;
  for (const { x, y } of layout.crises) {
    ctx.fillStyle = ROCKET;
    ctx.beginPath();
    ctx.arc(x, y, 9 * ratio, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = PAPER;
    ctx.font = `bold ${13 * ratio}px ${SERIF}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText('!', x, y + ratio);
  }
  for (const event of events) {
    for (const member of event.members) {
      const route = layout.routes.find((r) => r.key === event.key && r.member === member);
      if (!route) continue;
      const { from, control, end } = route;
      const colour = event.rockets ? ROCKET : event.rival === 'USA' ? USA_MARK : RIVAL;
      ctx.save();
      ctx.strokeStyle = colour;
      ctx.fillStyle = colour;
      ctx.lineWidth = (event.rockets ? 2 : 3) * ratio;
      ctx.setLineDash(event.rockets ? [2 * ratio, 5 * ratio] : [10 * ratio, 6 * ratio]);
      ctx.lineCap = 'round';
      ctx.beginPath();
      ctx.moveTo(from[0], from[1]);
      ctx.quadraticCurveTo(control[0], control[1], end[0], end[1]);
      ctx.stroke();
      ctx.setLineDash([]);
      if (event.rockets) {
        // Impacts: small bursts short of the capital, along the Panj border.
        for (const s of [0.55, 0.7, 0.85]) {
          const [bx, by] = pointOnCurve(from, control, end, s);
          ctx.beginPath();
          for (let k = 0; k < 8; k++) {
            const a = (k * Math.PI) / 4, r = (k % 2 === 0 ? 7 : 3) * ratio;
            ctx.lineTo(bx + r * Math.cos(a), by + r * Math.sin(a));
          }
          ctx.closePath();
          ctx.fill();
        }
      } else {
        arrowHead(ctx, end, pointOnCurve(from, control, end, 0.9), 14 * ratio);
      }
      ctx.restore();
    }
  }
}

/** Text on a pale halo. The halo is the text filled eight times around its place: filled
 *  glyphs come from the glyph cache, where stroked ones are outlined anew each time. */
function textHalo(ctx: Context2D, text: string, x: number, y: number, width: number): void {
  const ink = ctx.fillStyle;
  ctx.fillStyle = ctx.strokeStyle;
  const r = width / 2;
  for (let k = 0; k < 8; k++) ctx.fillText(text, x + r * HALO[k * 2]!, y + r * HALO[k * 2 + 1]!);
  ctx.fillStyle = ink;
  ctx.fillText(text, x, y);
}
const HALO = [1, 0, Math.SQRT1_2, Math.SQRT1_2, 0, 1, -Math.SQRT1_2, Math.SQRT1_2, -1, 0, -Math.SQRT1_2, -Math.SQRT1_2, 0, -1, Math.SQRT1_2, -Math.SQRT1_2];

type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
/** The area two boxes share. */
const common = (a: Box, b: Box) => Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) * Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));

/** A name placed on the map: where it goes, in what type, and the box it keeps clear. */
export interface PlacedName {
  id: string;
  text: string;
  x: number;
  y: number;
  font: string;
  px: number;
  letterSpacing: string;
  member: boolean;
  /** Whether its second line shows: a member's stance, Russia's "(you)", Afghanistan's IS-K. */
  second: boolean;
  box: Box;
}

/** An event's curve to one member: from its origin to just short of the capital, through `control`. */
export interface Route {
  key: string;
  member: MemberId;
  /** Where it comes from: the United States' marker, Turkey, or Afghanistan for rockets. */
  origin: 'USA' | 'TUR' | 'AFG';
  from: [number, number];
  control: [number, number];
  end: [number, number];
}

/** Points along a curve at which its crossings are counted. */
const ROUTE_SAMPLES = 40;

/** Bends an arrow tries, the gentle one first: an arrow on an empty stretch of map keeps it. */
const BENDS = [0.2, -0.2, 0.35, -0.35, 0.1, -0.1, 0.5, -0.5, 0, 0.7, -0.7];

/**
 * The event's curve to `member`, bowed to keep off the names in `keepOff` (the member's own, where
 * the arrow lands, and its origin's excepted): the first bend that crosses none, else the one
 * that crosses least. Crossing a name that always shows counts ten times one shown where it fits;
 * a point off the map counts as a crossing of one.
 */
function route(surface: Pick<Surface, 'width' | 'height' | 'ratio' | 'view'>, data: MapData, event: MapEvent, member: MemberId, keepOff: readonly PlacedName[], optional: ReadonlySet<Box>): Route | null {
  const path = eventPath(surface, data, event, member);
  if (!path) return null;
  const { from, to } = path;
  const { ratio } = surface;
  // Stop short of the capital so the arrowhead does not hide it.
  const d = Math.hypot(to[0] - from[0], to[1] - from[1]) || 1;
  const end: [number, number] = [to[0] - ((to[0] - from[0]) / d) * 10 * ratio, to[1] - ((to[1] - from[1]) / d) * 10 * ratio];
  const pad = 3 * ratio;
  const inside = (b: Box, [x, y]: readonly [number, number]) => x >= b[0] - pad && x <= b[2] + pad && y >= b[1] - pad && y <= b[3] + pad;
  const origin = event.rockets ? 'AFG' : event.rival === 'TUR' ? 'TUR' : 'USA';
  const boxes = keepOff.filter((n) => n.id !== member && n.id !== origin).map((n) => n.box);
  const crossings = (control: [number, number]) => {
    let count = 0;
    for (let k = 1; k < ROUTE_SAMPLES; k++) {
      const p = pointOnCurve(from, control, end, k / ROUTE_SAMPLES);
      if (p[0] < 0 || p[1] < 0 || p[0] > surface.width || p[1] > surface.height) count++;
      else for (const b of boxes) if (inside(b, p)) count += optional.has(b) ? 1 : 10;
    }
    return count;
  };
  let best: [number, number] | null = null;
  let fewest = Infinity;
  for (const bend of BENDS) {
    const control = curveControl(from, end, bend);
    const count = crossings(control);
    if (count < fewest) {
      best = control;
      fewest = count;
    }
    if (count === 0) break;
  }
  return { key: event.key, member, origin, from, control: best!, end };
}

export interface LabelLayout {
  capitals: { id: string; x: number; y: number; r: number }[];
  names: PlacedName[];
  /** Crises' marks beside their capitals, placed after the names. */
  crises: { member: MemberId; x: number; y: number; box: Box }[];
  /** The month's arrows (offers) and trajectories (rockets), each bowed to the side that crosses fewest names. */
  routes: Route[];
  /** Capitals' names, placed last, where there is room. */
  capitalNames: { id: string; text: string; x: number; y: number; align: CanvasTextAlign; box: Box }[];
  /** Type scale for the map's size on screen. */
  type: number;
}

/** What the names' layout depends on beyond the view: the month (a few names changed in 2022) and the crises marked. */
export type LabelMarks = Pick<BaseInput, 'events' | 'month'>;

/** Members whose capital shows a crisis's mark: a crisis with no path to draw (rockets have theirs). */
function crisisMembers(events: BaseInput['events']): MemberId[] {
  return events.filter((event) => event.kind === 'crisis' && !event.rockets).flatMap((event) => event.members);
}

/** A box kept inside the surface: the name shows whole, not cut by the edge. */
function keepInside(box: Box, surface: Pick<Surface, 'width' | 'height'>, margin: number): [number, number] {
  let dx = 0, dy = 0;
  if (box[0] < margin) dx = margin - box[0];
  else if (box[2] > surface.width - margin) dx = surface.width - margin - box[2];
  if (box[1] < margin) dy = margin - box[1];
  else if (box[3] > surface.height - margin) dy = surface.height - margin - box[3];
  return [dx, dy];
}

/**
 * Where the zoom buttons stand, in the map's bottom right corner (map.css: 12px from the
 * edges, three buttons of 40px with gaps of 6px): names keep off them.
 */
function zoomButtonsBox(surface: Pick<Surface, 'width' | 'height' | 'ratio'>): Box {
  const r = surface.ratio;
  return [surface.width - (12 + 40 + 4) * r, surface.height - (12 + 3 * 40 + 2 * 6 + 4) * r, surface.width, surface.height];
}

/**
 * Where the map key's button stands, closed, in the bottom left corner (map.css: 12px from the
 * edges; its words in bold 13.5px serif after the disclosure mark; 6px of padding above and
 * below, as on a small screen, where room is short, and 10px beside): names keep off it, as off
 * the zoom buttons.
 */
function legendButtonBox(surface: Pick<Surface, 'ctx' | 'height' | 'ratio'>): Box {
  const { ctx, ratio: r } = surface;
  ctx.font = `bold ${13.5 * r}px ${SERIF}`;
  const words = ctx.measureText(t('map.legend.title')).width;
  return [0, surface.height - (12 + 13.5 * 1.2 + 2 * 6 + 2 + 2) * r, (12 + 2 * 10 + 2 + 20 + 2) * r + words, surface.height];
}

/**
 * Where the capitals and names go for this view: capitals first, then names by priority, a
 * member's or a main country's always, the others only where they fit; then the crises' marks,
 * the month's arrows and the names of the capitals in crisis, and last the other capitals' names
 * where there is room. A name that always shows slides clear of the others and of the capitals'
 * dots, and stays inside the map's edge. The outline layer reads the same layout, to keep a
 * selection's outline off the names.
 */
export function layoutLabels(surface: Pick<Surface, 'ctx' | 'width' | 'height' | 'ratio' | 'view'>, data: MapData, marks: LabelMarks): LabelLayout {
  const { ctx, ratio, view } = surface;
  const placed: Box[] = [];
  const names: Box[] = [];
  /** Where each of `names` stood before it slid: which side of it a later name belongs on. */
  const anchors: number[] = [];
  const dots: Box[] = [];
  /** The names shown only where they fit: a capital in crisis may take their place. */
  const optional = new Set<Box>();
  const place = (box: Box, force: boolean) => {
    if (!force && placed.some((other) => overlaps(box, other))) return false;
    placed.push(box);
    return true;
  };
  const layout: LabelLayout = { capitals: [], names: [], crises: [], routes: [], capitalNames: [], type: 1 };
  // The United States marker sits at the map's left edge: names give way to it.
  const usa = usaMarkerBox(surface, data);
  place(usa, true);
  dots.push(usa);
  // The map's own buttons, the zoom's in the right corner and the key's in the left: names keep off them.
  const controls = [zoomButtonsBox(surface), legendButtonBox(surface)];
  for (const control of controls) place(control, true);
  for (const [id, at] of Object.entries(data.capitals)) {
    const [x, y] = screen(surface, at);
    if (x < 0 || y < 0 || x > surface.width || y > surface.height) continue;
    const r = (id === 'RUS' ? 5 : 3.2) * ratio;
    const box: Box = [x - r - ratio, y - r - ratio, x + r + ratio, y + r + ratio];
    place(box, true);
    dots.push(box);
    layout.capitals.push({ id, x, y, r });
  }

  const zoomed = view.scale / Math.min(surface.width / data.frame.width, surface.height / data.frame.height);
  // Smaller type on small maps (a phone, a panel), full size from about 1000 CSS px across,
  // and larger on big screens (a projector at 4K) so the names still read from the back.
  const cssWidth = surface.width / ratio, cssHeight = surface.height / ratio;
  const tiny = Math.min(cssWidth, cssHeight) < 300;
  const small = Math.min(cssWidth / 1000, cssHeight / 640);
  const large = Math.min(cssWidth / 1920, cssHeight / 1080);
  const type = small < 1 ? Math.max(0.72, small) : large > 1 ? Math.min(1.5, 1 + (large - 1) * 0.5) : 1;
  layout.type = type;
  for (const label of data.labels) {
    if (label.x < 0 || label.y < 0 || label.x > data.frame.width || label.y > data.frame.height) continue;
    let [x, y] = screen(surface, [label.x, label.y]);
    const anchorY = y;
    if (x < -100 * ratio || y < -40 * ratio || x > surface.width + 100 * ratio || y > surface.height + 40 * ratio) continue;
    const member = isMember(label.id);
    const text = label.id === 'RUS' ? countryName('RUS').toUpperCase() : countryName(label.id);
    const size = label.size === 'large' ? 24 : label.size === 'medium' ? 15 : 12;
    const px = size * ratio * type * (label.size === 'small' && zoomed < 1.6 ? 0.92 : 1);
    const font = `${member || label.id === 'RUS' ? 'bold ' : ''}${label.size === 'small' && !member ? 'italic ' : ''}${px}px ${SERIF}`;
    const letterSpacing = label.id === 'RUS' ? `${6 * ratio * type}px` : '0px';
    ctx.font = font;
    ctx.letterSpacing = letterSpacing;
    const width = ctx.measureText(text).width;
    ctx.letterSpacing = '0px';
    // A member's stance, Russia's "(you)" and Afghanistan's IS-K stand under the name.
    // On a map a few hundred pixels across the members' stances are left to the cards beside it and to the
    // map's own fills: five names of two lines each do not fit in Central Asia there.
    const second = label.id === 'RUS' || label.id === 'AFG' || (member && !tiny);
    const lines = second ? 2 : 1;
    const height = px * (lines === 2 ? 2.1 : 1.2);
    let box: Box = [x - width / 2 - 2, y - px * 0.6, x + width / 2 + 2, y - px * 0.6 + height];
    // Members, Russia and the three neighbours the game is about always get their names.
    const always = member || label.priority >= 75;
    // Kept inside the map, brought in from just beyond its edge too (where its place is, the country is on screen).
    if (always) {
      const [dx, dy] = keepInside(box, surface, 4 * ratio);
      x += dx;
      y += dy;
      box = [box[0] + dx, box[1] + dy, box[2] + dx, box[3] + dy];
    }
    // Names that always show must show whole: on a crowded small map, slide one clear of those placed before it
    // (the members' first), the capitals and the marker. Where both cannot be cleared, the other names come
    // first: a dot shows through a name's halo, a name does not.
    if (always) {
      // A place a button would cover moves beside it, towards the middle of the map. A place is a number of
      // steps up or down, and (a member's name of one line only) a quarter of its width aside.
      type Place = readonly [step: number, aside: number];
      const slid = ([step, aside]: Place): Box => {
        const shift = (aside * (box[2] - box[0])) / 4;
        const b: Box = [box[0] + shift, box[1] + step * height * 0.55, box[2] + shift, box[3] + step * height * 0.55];
        const control = controls.find((c) => overlaps(b, c));
        const dx = !control ? 0 : control[0] > 0 ? control[0] - b[2] : control[2] - b[0];
        return [b[0] + dx, b[1], b[2] + dx, b[3]];
      };
      // A member's name keeps near its capital. The others, placed after, may go a little further, but stay on
      // their own side of each name above or below them: Ukraine's under Belarus's, never above it, even where
      // Belarus's slid down. One with no such room waits for a zoom, as small countries' names do.
      const inOrder = (b: Box) => member || names.every((other, i) => b[0] >= other[2] || b[2] <= other[0] || (anchorY >= anchors[i]! ? b[1] >= other[1] : b[3] <= other[3]));
      // A name slides only to places on the map: beyond its edge every place is clear, and none is seen.
      const onMap = (p: Place) => {
        const b = slid(p);
        return (p[0] === 0 && p[1] === 0) || (b[1] >= 0 && b[3] <= surface.height);
      };
      const clear = (p: Place, withDots: boolean) => {
        const b = slid(p);
        return onMap(p) && !controls.some((c) => overlaps(b, c)) && !names.some((other) => overlaps(b, other)) && inOrder(b) && (!withDots || !dots.some((dot) => overlaps(b, dot)));
      };
      // A member's name of one line may take as many steps as reach as far as three of two lines.
      const steps = member && second ? [0, 1, -1, 2, -2, 3, -3] : member ? [0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5] : [0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6];
      const asides = member && !second ? [0, -1, 1] : [0];
      const places = steps.flatMap((k) => asides.map((aside): Place => [k, aside]));
      // A place clear of the dots too comes first. A member's name with no clear place at all takes the one
      // where it covers least of the other names and the buttons.
      const covering = (p: Place) => {
        const b = slid(p);
        return [...names, ...controls].reduce((sum, other) => sum + common(b, other), 0);
      };
      const leastCovering = () => places.filter(onMap).reduce((best, p) => (covering(p) < covering(best) ? p : best));
      const found = places.find((p) => clear(p, true)) ?? places.find((p) => clear(p, false)) ?? (member ? leastCovering() : undefined);
      if (found === undefined) continue;
      const chosen = slid(found);
      x += chosen[0] - box[0];
      y += chosen[1] - box[1];
      box = chosen;
    }
    // Names of places too small on screen wait until the player zooms in.
    const shape = byId(data.geometry.byId, label.id);
    if (!member && shape && label.id !== 'RUS') {
      const shown = (shape.bbox[2] - shape.bbox[0]) * view.scale;
      if (shown < width * 0.7) continue;
    }
    if (always) {
      names.push(box);
      anchors.push(anchorY);
    }
    if (!place(box, always)) continue;
    if (!always) optional.add(box);
    layout.names.push({ id: label.id, text, x, y, font, px, letterSpacing, member, second, box });
  }
  // A crisis's mark keeps off the names and leaves room for its capital's name; then the capitals in
  // crisis are named, where need be in the place of a name shown only where it fits; the other
  // capitals' names, last, keep off them all.
  ctx.font = capitalFont(ratio, type);
  const gap = 6 * ratio;
  /** A capital's name and the places it may stand: right, left, above, below, then the four corners. */
  const nameSpots = ({ id, x, y }: LabelLayout['capitals'][number]) => {
    const text = capitalName(id, marks.month);
    if (!text) return null;
    const width = ctx.measureText(text).width;
    const up = y - 11 * ratio, down = y + 11 * ratio;
    const at: [number, number, CanvasTextAlign][] = [
      [x + gap, y, 'left'], [x - gap, y, 'right'], [x, y - 12 * ratio, 'center'], [x, y + 12 * ratio, 'center'],
      [x - gap, up, 'right'], [x + gap, up, 'left'], [x - gap, down, 'right'], [x + gap, down, 'left'],
    ];
    return {
      id,
      text,
      spots: at.map(([cx, cy, align]) => {
        const left = align === 'left' ? cx : align === 'right' ? cx - width : cx - width / 2;
        return { x: cx, y: cy, align, box: [left, cy - 7 * ratio, left + width, cy + 7 * ratio] as Box };
      }),
    };
  };
  /** The names shown only where they fit that stand at `box` make way for a crisis's mark or its capital's name. */
  const giveWay = (box: Box) => {
    const blocking = placed.filter((other) => overlaps(box, other) && optional.has(other));
    for (const other of blocking) placed.splice(placed.indexOf(other), 1);
    if (blocking.length > 0) layout.names = layout.names.filter((n) => !blocking.includes(n.box));
  };
  /** Whether a capital in crisis could be named at `box`: nothing but names shown where they fit stands there. */
  const roomFor = (box: Box) => placed.every((other) => !overlaps(box, other) || optional.has(other));
  const nameCapital = (name: NonNullable<ReturnType<typeof nameSpots>>, crisis: boolean) => {
    const spot = name.spots.find((s) => !placed.some((other) => overlaps(s.box, other))) ?? (crisis ? name.spots.find((s) => roomFor(s.box)) : undefined);
    if (!spot) return;
    // Where the month's news is, its capital is named: a name shown only where it fits gives way.
    giveWay(spot.box);
    place(spot.box, true);
    layout.capitalNames.push({ id: name.id, text: name.text, x: spot.x, y: spot.y, align: spot.align, box: spot.box });
  };
  const inCrisis = crisisMembers(marks.events);
  const capitalsInCrisis = layout.capitals.filter((c) => inCrisis.some((member) => member === c.id));
  const crisisNames = capitalsInCrisis.map(nameSpots).filter((name) => name !== null);
  const leavesRoom = (mark: Box, names: typeof crisisNames) => names.every((name) => name.spots.some((s) => !overlaps(s.box, mark) && roomFor(s.box)));
  for (const capital of capitalsInCrisis) {
    // A mark leaves room for every capital in crisis to be named, whichever is set first; else for its own.
    const own = crisisNames.filter((name) => name.id === capital.id);
    const mark = crisisMark(ratio, [capital.x, capital.y], placed, optional, [(box) => leavesRoom(box, crisisNames), (box) => leavesRoom(box, own)]);
    giveWay(mark.box);
    place(mark.box, true);
    layout.crises.push({ member: capital.id as MemberId, ...mark });
  }
  for (const event of marks.events) {
    for (const member of event.members) {
      const r = route(surface, data, event, member, layout.names, optional);
      if (r) layout.routes.push(r);
    }
  }
  for (const name of crisisNames) nameCapital(name, true);
  for (const capital of layout.capitals) {
    if (capitalsInCrisis.includes(capital)) continue;
    const name = nameSpots(capital);
    if (name) nameCapital(name, false);
  }
  return layout;
}

const capitalFont = (ratio: number, type: number) => `italic ${11.5 * ratio * type}px ${SERIF}`;

function drawLabels(surface: Surface, members: BaseInput['members'], layout: LabelLayout): void {
  const { ctx, ratio } = surface;
  const { type } = layout;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';

  // Capitals: a dot, and a star for Moscow.
  for (const { id, x, y, r } of layout.capitals) {
    ctx.fillStyle = id === 'RUS' ? INK : PAPER;
    ctx.strokeStyle = INK;
    ctx.lineWidth = 1.4 * ratio;
    ctx.beginPath();
    if (id === 'RUS') {
      for (let k = 0; k < 10; k++) {
        const a = -Math.PI / 2 + (k * Math.PI) / 5, rr = k % 2 === 0 ? r * 1.5 : r * 0.65;
        ctx.lineTo(x + rr * Math.cos(a), y + rr * Math.sin(a));
      }
      ctx.closePath();
      ctx.fillStyle = '#8a1c14';
    } else {
      ctx.arc(x, y, r, 0, Math.PI * 2);
    }
    ctx.fill();
    ctx.stroke();
  }
  ctx.strokeStyle = 'rgba(251, 248, 241, 0.9)';

  for (const name of layout.names) {
    const { id, text, x, y, px, member, second } = name;
    ctx.font = name.font;
    ctx.letterSpacing = name.letterSpacing;
    ctx.fillStyle = member ? INK : id === 'RUS' ? '#7a2a1e' : '#4a4038';
    textHalo(ctx, text, x, y, 3.5 * ratio);
    ctx.letterSpacing = '0px';
    if (!second) continue;
    if (member) {
      const view = members[id as MemberId];
      ctx.font = `italic ${12 * ratio * type}px ${SERIF}`;
      ctx.fillStyle = '#3b302b';
      textHalo(ctx, t(`stanceShort.${view.stance}`), x, y + px * 1.05, 3 * ratio);
    } else if (id === 'RUS') {
      ctx.font = `italic ${13 * ratio * type}px ${SERIF}`;
      ctx.fillStyle = '#7a2a1e';
      textHalo(ctx, `(${t('map.label.you')})`, x, y + px * 1.05, 3 * ratio);
    } else if (id === 'AFG') {
      ctx.font = `bold ${11 * ratio * type}px ${SERIF}`;
      ctx.fillStyle = ROCKET;
      textHalo(ctx, t('map.label.isk'), x, y + px * 1.1, 3 * ratio);
    }
  }

  // Capital names, where the layout found room.
  ctx.font = capitalFont(ratio, type);
  ctx.fillStyle = '#2e2622';
  for (const { text, x, y, align } of layout.capitalNames) {
    ctx.textAlign = align;
    textHalo(ctx, text, x, y, 3 * ratio);
  }
  ctx.textAlign = 'center';
}

function drawOccupied(surface: Surface, data: MapData): void {
  const ukraine = data.geometry.byId.UKR;
  if (!ukraine || !onScreen(surface, ukraine.bbox)) return;
  const { ctx, ratio, view } = surface;
  ctx.save();
  traceCountry(ctx, ukraine, view);
  ctx.clip('evenodd');
  ctx.beginPath();
  traceRing(ctx, data.occupied, view, true);
  // Cover the aspirant hatching so the occupation reads as one pattern.
  ctx.fillStyle = LAND.aspirant;
  ctx.fill();
  ctx.fillStyle = 'rgba(170, 70, 50, 0.18)';
  ctx.fill();
  const hatch = pattern(ctx, 'occupied', ratio);
  if (hatch) {
    ctx.fillStyle = hatch;
    ctx.fill();
  }
  ctx.strokeStyle = 'rgba(130, 25, 15, 0.85)';
  ctx.lineWidth = 1.4 * ratio;
  ctx.setLineDash([5 * ratio, 3 * ratio]);
  ctx.stroke();
  ctx.restore();
  const [x, y] = screen(surface, data.occupiedLabel);
  if (view.scale * (ukraine.bbox[2] - ukraine.bbox[0]) > 160 * ratio) {
    ctx.font = `bold ${11.5 * ratio}px ${SERIF}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = 'rgba(251, 248, 241, 0.9)';
    ctx.fillStyle = '#7d1d12';
    textHalo(ctx, t('map.label.occupied'), x, y, 3.5 * ratio);
  }
}

function drawUsaMarker(surface: Surface, data: MapData): void {
  const { ctx, ratio } = surface;
  const [x, y] = usaMarker(surface, data);
  const h = 30 * ratio;
  ctx.font = `bold ${13 * ratio}px ${SERIF}`;
  const text = usaCompact(surface) ? t('map.country.USA.short') : countryName('USA');
  const w = ctx.measureText(text).width + 34 * ratio;
  ctx.fillStyle = USA_MARK;
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(x + 12 * ratio, y - h / 2);
  ctx.lineTo(x + w, y - h / 2);
  ctx.lineTo(x + w, y + h / 2);
  ctx.lineTo(x + 12 * ratio, y + h / 2);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = PAPER;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.fillText(`★ ${text}`, x + 16 * ratio, y + 1);
  ctx.textAlign = 'center';
}

/** On narrow maps the marker says only "USA". */
function usaCompact(surface: Pick<Surface, 'width' | 'ratio'>): boolean {
  return surface.width / surface.ratio < 720;
}

/** Screen box of the United States marker, for hover and taps. */
export function usaMarkerBox(surface: Pick<Surface, 'width' | 'height' | 'ratio' | 'view'>, data: MapData): Box {
  const [x, y] = usaMarker(surface, data);
  return [x, y - 15 * surface.ratio, x + (usaCompact(surface) ? 80 : 150) * surface.ratio, y + 15 * surface.ratio];
}

/** The static layer: sea, land, borders, occupied areas, news marks, capitals and names. */
export function drawBase(surface: Surface, data: MapData, input: BaseInput): void {
  const { ctx, ratio, view, width, height } = surface;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = SEA;
  ctx.fillRect(0, 0, width, height);

  ctx.strokeStyle = GRATICULE;
  ctx.lineWidth = ratio;
  ctx.beginPath();
  for (const line of data.graticule) traceRing(ctx, line, view, false);
  ctx.stroke();

  // Land is drawn inside the frame only: beyond it the asset keeps just a clamped margin.
  const fx0 = view.x, fy0 = view.y;
  const fx1 = data.frame.width * view.scale + view.x, fy1 = data.frame.height * view.scale + view.y;
  ctx.save();
  ctx.beginPath();
  ctx.rect(fx0, fy0, fx1 - fx0, fy1 - fy0);
  ctx.clip();

  for (const country of data.geometry.countries) {
    if (!onScreen(surface, country.bbox)) continue;
    traceCountry(ctx, country, view);
    ctx.fillStyle = fillFor(country.id, input.members);
    ctx.fill('evenodd');
    const role = roleOf(country.id);
    const name: PatternName | null = isMember(country.id) ? input.members[country.id].stance : role === 'aspirant' ? 'aspirant' : null;
    const fill = name ? pattern(ctx, name, ratio) : null;
    if (fill) {
      ctx.fillStyle = fill;
      ctx.fill('evenodd');
    }
  }

  drawOccupied(surface, data);

  ctx.strokeStyle = BORDER;
  ctx.lineWidth = 0.9 * ratio;
  strokeArcs(surface, data, data.geometry.borderArcs);
  ctx.strokeStyle = COAST;
  ctx.lineWidth = 0.9 * ratio;
  strokeArcs(surface, data, data.geometry.coastArcs);

  // Members stand out with an ink outline.
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1.7 * ratio;
  for (const id of MEMBER_IDS) {
    const country = byId(data.geometry.byId, id);
    if (!country || !onScreen(surface, country.bbox)) continue;
    traceCountry(ctx, country, view);
    ctx.stroke();
  }

  ctx.restore();
  // Beyond the frame, a pale veil and a hairline: the edge of the sheet, not of the land.
  if (fx0 > 0 || fy0 > 0 || fx1 < width || fy1 < height) {
    ctx.beginPath();
    ctx.rect(0, 0, width, height);
    ctx.rect(fx0, fy0, fx1 - fx0, fy1 - fy0);
    ctx.fillStyle = 'rgba(246, 242, 232, 0.75)';
    ctx.fill('evenodd');
    ctx.strokeStyle = '#8fa6b0';
    ctx.lineWidth = ratio;
    ctx.strokeRect(fx0, fy0, fx1 - fx0, fy1 - fy0);
  }

  const layout = layoutLabels(surface, data, input);
  drawEvents(surface, input.events, layout);
  drawLabels(surface, input.members, layout);
  drawUsaMarker(surface, data);
}

export interface Highlight {
  hover: string | null;
  selected: string | null;
  focus: string | null;
}

/** A country's rings in screen space (device px), thinned to about a pixel, for outlines. */
export function outlineRings(data: MapData, id: string, view: View, width: number, height: number): number[][] {
  const country = byId(data.geometry.byId, id);
  if (!country) return [];
  const out: number[][] = [];
  const margin = 50;
  for (const ring of country.rings) {
    const points: number[] = [];
    let lx = Infinity, ly = Infinity;
    let visible = false;
    for (let i = 0; i < ring.length; i += 2) {
      const x = (ring[i] as number) * view.scale + view.x;
      const y = (ring[i + 1] as number) * view.scale + view.y;
      if (Math.abs(x - lx) < 1.5 && Math.abs(y - ly) < 1.5 && i < ring.length - 2) continue;
      points.push(x, y);
      lx = x;
      ly = y;
      if (x > -margin && y > -margin && x < width + margin && y < height + margin) visible = true;
    }
    if (visible && points.length >= 6) out.push(points);
  }
  return out;
}

/** Hover, selection and keyboard focus as outlines, on a transparent layer above the map. */
export function drawOutlines(surface: Surface, data: MapData, highlight: Highlight, marks: LabelMarks): void {
  const { ctx, ratio, view, width, height } = surface;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, width, height);
  ctx.lineJoin = 'round';
  const stroke = (id: string | null, passes: [number, string, number[]][]) => {
    if (!id) return;
    const rings = outlineRings(data, id, view, width, height);
    if (rings.length === 0) return;
    ctx.beginPath();
    for (const ring of rings) {
      ctx.moveTo(ring[0] as number, ring[1] as number);
      for (let i = 2; i < ring.length; i += 2) ctx.lineTo(ring[i] as number, ring[i + 1] as number);
      ctx.closePath();
    }
    for (const [lineWidth, colour, dash] of passes) {
      ctx.setLineDash(dash.map((d) => d * ratio));
      ctx.lineWidth = lineWidth * ratio;
      ctx.strokeStyle = colour;
      ctx.stroke();
    }
    ctx.setLineDash([]);
  };
  // Outlines pass under the members' names and the capitals' names, never through them.
  const shown = [highlight.hover, highlight.selected, highlight.focus].filter((id): id is string => id !== null && isMember(id));
  if (shown.length > 0) {
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, 0, width, height);
    const layout = labelsFor(surface, data, marks);
    for (const [x0, y0, x1, y1] of [...layout.names.filter((name) => name.member), ...layout.capitalNames].map((name) => name.box)) {
      const pad = 2 * ratio;
      ctx.rect(x0 - pad, y0 - pad, x1 - x0 + 2 * pad, y1 - y0 + 2 * pad);
    }
    ctx.clip('evenodd');
  }
  if (highlight.hover !== highlight.selected && highlight.hover !== highlight.focus) stroke(highlight.hover, [[3, INK, []]]);
  stroke(highlight.selected, [[8, PAPER, []], [4, INK, []]]);
  // Focus: a dashed blue ring on a white halo, visible on every fill.
  stroke(highlight.focus, [[9, PAPER, []], [4.5, FOCUS, [9, 5]]]);
  if (shown.length > 0) ctx.restore();
}

/** The layout for the last view asked about: hovering redraws the outlines often, on a view that seldom changes. */
let lastLayout: { key: string; layout: LabelLayout } | null = null;
function labelsFor(surface: Pick<Surface, 'ctx' | 'width' | 'height' | 'ratio' | 'view'>, data: MapData, marks: LabelMarks): LabelLayout {
  const { view } = surface;
  const key = [surface.width, surface.height, surface.ratio, view.scale, view.x, view.y, countryName('RUS'), countryName('ARM'), marks.month, marks.events.map((e) => `${e.key}:${e.members.join()}`).join()].join('|');
  if (lastLayout?.key !== key) lastLayout = { key, layout: layoutLabels(surface, data, marks) };
  return lastLayout.layout;
}

/** The curve the event's effect follows to `member` in this view, the arrow's own: the moving dot keeps to it. */
export function eventRoute(surface: Pick<Surface, 'ctx' | 'width' | 'height' | 'ratio' | 'view'>, data: MapData, marks: LabelMarks, event: MapEvent, member: MemberId): Route | null {
  return labelsFor(surface, data, marks).routes.find((r) => r.key === event.key && r.member === member) ?? null;
}

/** The names the map shows now, with their boxes in CSS pixels (for tests and the page). */
export function labelBoxes(surface: Pick<Surface, 'ctx' | 'width' | 'height' | 'ratio' | 'view'>, data: MapData, marks: LabelMarks): { names: { id: string; box: Box }[]; capitals: { id: string; box: Box }[]; capitalNames: { id: string; text: string; box: Box }[]; crises: { member: MemberId; box: Box }[]; routes: { member: MemberId; origin: Route['origin']; points: [number, number][] }[]; usa: Box } {
  const layout = labelsFor(surface, data, marks);
  const css = (box: Box) => box.map((v) => v / surface.ratio) as Box;
  return {
    names: layout.names.map((n) => ({ id: n.id, box: css(n.box) })),
    capitals: layout.capitals.map(({ id, x, y, r }) => ({ id, box: css([x - r, y - r, x + r, y + r]) })),
    capitalNames: layout.capitalNames.map(({ id, text, box }) => ({ id, text, box: css(box) })),
    crises: layout.crises.map(({ member, box }) => ({ member, box: css(box) })),
    // Each curve as the points it passes, from its origin to its arrowhead.
    routes: layout.routes.map(({ member, origin, from, control, end }) => ({
      member,
      origin,
      points: Array.from({ length: ROUTE_SAMPLES + 1 }, (_, k) => pointOnCurve(from, control, end, k / ROUTE_SAMPLES).map((v) => v / surface.ratio) as [number, number]),
    })),
    usa: css(usaMarkerBox(surface, data)),
  };
}
