import Phaser from 'phaser';
import type { MemberId } from '../../engine';
import { countryAt } from '../asset';
import { isMember, MEMBER_IDS, roleOf } from '../countries';
import { HOST_KEY, type MapHost } from '../host';
import type { MapData } from '../mapdata';
import type { MapEvent, MapModel } from '../model';
import { eventRoute, pointOnCurve, usaMarkerBox, type Highlight, type Surface } from '../render';
import { onLangChange } from '../strings';
import { ROCKET, STANCE_FILL, USA_MARK, RIVAL } from '../style';
import { neighbourIn } from '../neighbours';
import { tooltipFor } from '../tooltip';
import { clampView, fitRect, panBy, resizeView, sameView, toScreen, toWorld, zoomAt, type View, type Viewport } from '../view';

/** Milliseconds a view must stay still before the static layer is redrawn sharp. */
const SETTLE_MS = 90;
/** During a long drag or zoom, redraw at most this often. */
const REDRAW_EVERY_MS = 350;
const DRAG_THRESHOLD_CSS = 6;
/** After the last change, frames go on this long before the loop sleeps: a still map draws nothing. */
const AWAKE_MS = 400;

/** The page can be scrolled, or the game sits in another page, which the wheel would scroll. */
function wheelScrollsPage(): boolean {
  const root = document.scrollingElement ?? document.documentElement;
  return root.scrollHeight > root.clientHeight + 1 || window.parent !== window;
}

/** The map: draws what the store holds, turns pointer and keys into store actions. */
export class MapScene extends Phaser.Scene {
  private host!: MapHost;
  /** Decoded when first needed: the opening frame does not wait for it. */
  private get map(): MapData {
    return this.host.loaded();
  }
  private model!: MapModel;
  private viewport: Viewport = { width: 1, height: 1 };
  private view: View = { scale: 1, x: 0, y: 0 };
  private highlight: Highlight = { hover: null, selected: null, focus: null };
  private focusIndex = -1;
  private viewDirty = false;
  private lastViewChange = 0;
  private lastRender = 0;
  private drag: { x: number; y: number; view: View; moved: boolean } | null = null;
  private pinch: { distance: number; x: number; y: number } | null = null;
  private played = new Set<string>();
  private effects: { update: (now: number) => boolean; objects: Phaser.GameObjects.GameObject[]; moving: boolean }[] = [];
  private cleanups: (() => void)[] = [];
  private awakeUntil = 0;
  private wakeAsked = false;

  constructor() {
    super('map');
  }

  create(): void {
    this.host = this.registry.get(HOST_KEY) as MapHost;
    this.viewport = { width: this.scale.width, height: this.scale.height };
    this.view = this.host.initialView(this.viewport);

    this.model = this.host.source.read();
    this.highlight.selected = this.model.selected;
    this.remember(this.model);
    const unsubscribe = this.host.source.subscribe(() => this.onModel());
    this.cleanups.push(unsubscribe);

    this.input.addPointer(1);
    this.input.on('pointermove', this.onPointerMove, this);
    this.input.on('pointerdown', this.onPointerDown, this);
    this.input.on('pointerup', this.onPointerUp, this);
    this.input.on('gameout', this.onPointerOut, this);
    const canvas = this.game.canvas;
    const wheel = (event: WheelEvent) => this.onWheel(event);
    const keydown = (event: KeyboardEvent) => this.onKey(event);
    const focus = () => this.onFocus();
    const blur = () => this.setFocus(-1);
    canvas.addEventListener('wheel', wheel, { passive: false });
    canvas.addEventListener('keydown', keydown);
    canvas.addEventListener('focus', focus);
    canvas.addEventListener('blur', blur);
    this.cleanups.push(() => {
      canvas.removeEventListener('wheel', wheel);
      canvas.removeEventListener('keydown', keydown);
      canvas.removeEventListener('focus', focus);
      canvas.removeEventListener('blur', blur);
    });
    // Names and stances on the map follow the game's language.
    this.cleanups.push(onLangChange(() => {
      this.renderBase();
      this.awake();
    }));
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.cleanups.push(() => this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize, this));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.shutdown());
    // A turn-based map is still most of the time: Phaser's loop runs while something moves or
    // has just changed, then sleeps until the next change wakes it, so an idle game costs nothing.
    const sleepIfStill = () => this.sleepIfStill();
    this.game.events.on(Phaser.Core.Events.POST_RENDER, sleepIfStill);
    this.cleanups.push(() => this.game.events.off(Phaser.Core.Events.POST_RENDER, sleepIfStill));
    this.awake();

    // The opening painting was asked for while Phaser loaded: this asks for the same one.
    this.renderBase();
    this.renderHighlight();
    if (document.activeElement === canvas) this.onFocus();
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      this.host.onReady();
      this.scene.launch('preload');
    });
  }

  private shutdown(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.input.off('pointermove', this.onPointerMove, this);
    this.input.off('pointerdown', this.onPointerDown, this);
    this.input.off('pointerup', this.onPointerUp, this);
    this.input.off('gameout', this.onPointerOut, this);
  }

  // ——— frames ———

  /** Asks for frames from the next animation frame on, for at least AWAKE_MS. Never draws a frame inside the caller. */
  awake(): void {
    this.awakeUntil = performance.now() + AWAKE_MS;
    if (this.game.loop.running || this.wakeAsked) return;
    this.wakeAsked = true;
    requestAnimationFrame(() => {
      this.wakeAsked = false;
      this.game.loop.wake();
    });
  }

  private sleepIfStill(): void {
    const busy = this.viewDirty || this.effects.length > 0 || this.drag !== null || this.scene.isActive('preload');
    if (busy || performance.now() < this.awakeUntil) return;
    this.game.loop.sleep();
  }

  // ——— layers ———

  private renderBase(): void {
    this.host.base.draw(this.host.paintJob(this.viewport, this.view, this.model));
    this.lastRender = performance.now();
    this.viewDirty = false;
    this.host.onView(this.view);
  }

  /** Hover, selection and keyboard focus, on the outline layer above the map: redrawn only when they or the view change. */
  private renderHighlight(): void {
    this.host.outlines.draw(() => this.map, this.view, this.highlight, this.model, this.viewport.width, this.viewport.height, this.host.ratio());
  }

  /** Shows the base layer where the current view puts it, until it is redrawn sharp. */
  private placeLayers(): void {
    this.host.base.place(this.view);
  }

  private setView(next: View): void {
    if (sameView(next, this.view)) return;
    this.view = next;
    this.placeLayers();
    this.renderHighlight();
    this.viewDirty = true;
    this.lastViewChange = performance.now();
    this.host.onView(this.view);
    this.awake();
  }

  override update(): void {
    if (!this.host) return;
    const now = performance.now();
    if (this.viewDirty && (now - this.lastViewChange > SETTLE_MS || now - this.lastRender > REDRAW_EVERY_MS)) this.renderBase();
    if (this.effects.length > 0) this.effects = this.effects.filter((effect) => {
      const alive = effect.update(now);
      if (!alive) for (const object of effect.objects) object.destroy();
      return alive;
    });
  }

  // ——— store ———

  private remember(model: MapModel): void {
    for (const event of model.events) this.played.add(event.key);
  }

  private onModel(): void {
    const previous = this.model;
    const next = this.host.source.read();
    if (next === previous) return;
    this.model = next;
    this.awake();
    // The page announces a selection and the month's changes, in one voice with the rest of the game.
    if (next.selected !== this.highlight.selected) {
      this.highlight.selected = next.selected;
      this.renderHighlight();
    }
    if (next.members !== previous.members || next.events !== previous.events || next.month !== previous.month) {
      this.renderBase();
      // The names outlines keep off move with the month's marks.
      this.renderHighlight();
    }
    if (next.stanceChanges !== previous.stanceChanges) {
      for (const change of next.stanceChanges) this.pulse(change.member);
    }
    if (next.events !== previous.events) {
      for (const event of next.events) if (!this.played.has(event.key)) this.play(event);
      // Only the events shown now are remembered: keys name a month and a place in its news, so a later game's
      // month with the same news would never play, and every game would add its keys to the set.
      this.played = new Set(next.events.map((event) => event.key));
    }
  }

  private reducedMotion(): boolean {
    return this.model.reducedMotion || this.host.systemReducedMotion();
  }

  // ——— effects ———

  private surfaceNow(): Pick<Surface, 'width' | 'height' | 'ratio' | 'view'> {
    return { width: this.viewport.width, height: this.viewport.height, ratio: this.host.ratio(), view: this.view };
  }

  /** A context to measure names by, as the layers do: an effect follows the curve the names' layout gave its arrow. */
  private measuring: CanvasRenderingContext2D | null = null;

  private routeNow(event: MapEvent, member: MemberId) {
    this.measuring ??= document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
    return eventRoute({ ...this.surfaceNow(), ctx: this.measuring }, this.map, this.model, event, member);
  }

  /** A ring at a member's capital when its stance changes; still, when motion is reduced. */
  private pulse(id: MemberId): void {
    const capital = this.map.capitals[id];
    if (!capital) return;
    const ratio = this.host.ratio();
    const colour = Phaser.Display.Color.HexStringToColor(STANCE_FILL[this.model.members[id].stance]).color;
    const ring = this.add.circle(0, 0, 14 * ratio).setStrokeStyle(4 * ratio, colour).setFillStyle();
    const still = this.reducedMotion();
    // The page's clock: the scene's stands still while the loop sleeps.
    const start = performance.now();
    const duration = still ? 2500 : 2400;
    this.effects.push({
      moving: !still,
      objects: [ring],
      update: (now) => {
        const [x, y] = toScreen(this.view, capital[0], capital[1]);
        ring.setPosition(x, y);
        const s = (now - start) / duration;
        if (s >= 1) return false;
        if (!still) {
          const phase = (s * 3) % 1;
          ring.setScale(1 + phase * 2.5);
          ring.setAlpha(1 - phase);
        }
        return true;
      },
    });
  }

  /** Rockets travel from Afghanistan, offers along their arrow; the static marks stay in the base layer. */
  private play(event: MapEvent): void {
    if (this.reducedMotion()) return;
    const ratio = this.host.ratio();
    for (const member of event.members) {
      if (!this.routeNow(event, member)) continue;
      const colour = Phaser.Display.Color.HexStringToColor(event.rockets ? ROCKET : event.rival === 'USA' ? USA_MARK : RIVAL).color;
      const count = event.rockets ? 3 : 1;
      const dots = Array.from({ length: count }, () => this.add.circle(0, 0, (event.rockets ? 4 : 6) * ratio, colour).setStrokeStyle(1.5 * ratio, 0xffffff));
      const start = performance.now();
      const period = event.rockets ? 1100 : 1600;
      const duration = period * 3;
      this.effects.push({
        moving: true,
        objects: dots,
        update: (now) => {
          const elapsed = now - start;
          if (elapsed > duration) return false;
          const route = this.routeNow(event, member);
          if (!route) return false;
          dots.forEach((dot, i) => {
            const s = ((elapsed + (i * period) / count) % period) / period;
            const [x, y] = pointOnCurve(route.from, route.control, route.end, s);
            dot.setPosition(x, y);
            dot.setAlpha(s < 0.9 ? 1 : (1 - s) * 10);
          });
          return true;
        },
      });
    }
    if (event.kind === 'offer' || event.rockets) return;
    for (const member of event.members) this.pulse(member);
  }

  // ——— pointer ———

  private pickScreen(x: number, y: number): string | null {
    const surface = { width: this.viewport.width, height: this.viewport.height, ratio: this.host.ratio(), view: this.view };
    const [bx0, by0, bx1, by1] = usaMarkerBox(surface, this.map);
    if (x >= bx0 && x <= bx1 && y >= by0 && y <= by1) return 'USA';
    const [wx, wy] = toWorld(this.view, x, y);
    if (wx < 0 || wy < 0 || wx > this.map.frame.width || wy > this.map.frame.height) return null;
    return countryAt(this.map.geometry, wx, wy);
  }

  private setHover(id: string | null, pointer?: Phaser.Input.Pointer): void {
    const tooltip = this.host.dom.tooltip;
    if (id === null) {
      tooltip.hidden = true;
    } else if (pointer) {
      const [wx, wy] = toWorld(this.view, pointer.x, pointer.y);
      const occupied = id === 'UKR' && this.map.isOccupied(wx, wy);
      const content = tooltipFor(id, this.model, occupied);
      if (tooltip.dataset.content !== content.key) {
        tooltip.replaceChildren(...content.nodes);
        tooltip.dataset.content = content.key;
      }
      tooltip.hidden = false;
      const ratio = this.host.ratio();
      const cssX = pointer.x / ratio, cssY = pointer.y / ratio;
      const wrapper = this.host.dom.wrapper;
      const w = tooltip.offsetWidth, h = tooltip.offsetHeight;
      const left = cssX + 16 + w > wrapper.clientWidth ? cssX - 12 - w : cssX + 16;
      const top = cssY + 18 + h > wrapper.clientHeight ? cssY - 12 - h : cssY + 18;
      tooltip.style.transform = `translate(${Math.max(4, left)}px, ${Math.max(4, top)}px)`;
    }
    // Outline the countries the game is about; the rest only get a tooltip.
    const role = id ? roleOf(id) : 'other';
    const highlighted = id !== 'USA' && role !== 'other' && role !== 'russia' && role !== 'nato' ? id : null;
    const cursor = id && isMember(id) ? 'pointer' : this.drag?.moved ? 'grabbing' : 'grab';
    if (this.game.canvas.style.cursor !== cursor) this.game.canvas.style.cursor = cursor;
    if (highlighted !== this.highlight.hover) {
      this.highlight.hover = highlighted;
      this.renderHighlight();
    }
  }

  private onPointerMove(pointer: Phaser.Input.Pointer): void {
    const pointers = this.input.manager.pointers.filter((p) => p.isDown);
    if (pointers.length >= 2) {
      this.onPinch(pointers[0] as Phaser.Input.Pointer, pointers[1] as Phaser.Input.Pointer);
      return;
    }
    if (this.drag && pointer.isDown) {
      const dx = pointer.x - this.drag.x, dy = pointer.y - this.drag.y;
      if (!this.drag.moved && Math.hypot(dx, dy) > DRAG_THRESHOLD_CSS * this.host.ratio()) this.drag.moved = true;
      if (this.drag.moved) {
        this.setView(panBy(this.drag.view, dx, dy, this.map.frame, this.viewport));
        this.setHover(null);
        return;
      }
    }
    this.setHover(this.pickScreen(pointer.x, pointer.y), pointer);
  }

  private onPinch(a: Phaser.Input.Pointer, b: Phaser.Input.Pointer): void {
    const distance = Math.hypot(a.x - b.x, a.y - b.y);
    const x = (a.x + b.x) / 2, y = (a.y + b.y) / 2;
    if (this.pinch && this.pinch.distance > 0) {
      const zoomed = zoomAt(this.view, distance / this.pinch.distance, x, y, this.map.frame, this.viewport);
      this.setView(panBy(zoomed, x - this.pinch.x, y - this.pinch.y, this.map.frame, this.viewport));
    }
    this.pinch = { distance, x, y };
    if (this.drag) this.drag.moved = true;
    this.setHover(null);
  }

  private onPointerDown(pointer: Phaser.Input.Pointer): void {
    this.drag = { x: pointer.x, y: pointer.y, view: { ...this.view }, moved: this.drag?.moved ?? false };
    this.pinch = null;
  }

  private onPointerUp(pointer: Phaser.Input.Pointer): void {
    const stillDown = this.input.manager.pointers.some((p) => p.isDown);
    const drag = this.drag;
    this.pinch = null;
    if (stillDown) return;
    this.drag = null;
    if (drag?.moved) return;
    const id = this.pickScreen(pointer.x, pointer.y);
    // A click or tap selects a member; anywhere else clears the selection.
    this.host.source.select(isMember(id) ? id : null);
    if (pointer.wasTouch) this.setHover(id, pointer);
  }

  private onPointerOut(): void {
    this.setHover(null);
  }

  private onWheel(event: WheelEvent): void {
    // Where the wheel scrolls a page, the page's own or a teaching site's around the game, it
    // scrolls it; the map then zooms with Ctrl or ⌘ held, which a trackpad's pinch also sends.
    if (!event.ctrlKey && !event.metaKey && wheelScrollsPage()) {
      this.host.dom.wheelHint();
      return;
    }
    event.preventDefault();
    const ratio = this.host.ratio();
    const rect = this.game.canvas.getBoundingClientRect();
    const x = (event.clientX - rect.left) * ratio, y = (event.clientY - rect.top) * ratio;
    const delta = event.deltaMode === 1 ? event.deltaY * 40 : event.deltaY;
    this.setView(zoomAt(this.view, Math.exp(-delta * 0.0018), x, y, this.map.frame, this.viewport));
    this.setHover(null);
  }

  /** Zoom about the centre (the + and − buttons). */
  zoomBy(factor: number): void {
    if (!this.host) return;
    this.setView(zoomAt(this.view, factor, this.viewport.width / 2, this.viewport.height / 2, this.map.frame, this.viewport));
  }

  /** Effects on screen now, and how many of them move. */
  effectCount(): { shown: number; moving: number } {
    return { shown: this.effects.length, moving: this.effects.filter((effect) => effect.moving).length };
  }

  /** The events the map shows this turn. */
  shownEvents(): readonly MapEvent[] {
    return this.model.events;
  }

  /** Centres [lon, lat] at `zoom` times the whole-frame scale. */
  centerOn(lon: number, lat: number, zoom: number): void {
    if (!this.host) return;
    const [x, y] = this.map.project([lon, lat]);
    const min = Math.min(this.viewport.width / this.map.frame.width, this.viewport.height / this.map.frame.height);
    const scale = min * zoom;
    this.setView(clampView({ scale, x: this.viewport.width / 2 - x * scale, y: this.viewport.height / 2 - y * scale }, this.map.frame, this.viewport));
  }

  /** Back to the opening view. */
  resetView(): void {
    if (!this.host) return;
    this.setView(clampView(fitRect(this.map.geometry.asset.focus, this.viewport, 12 * this.host.ratio()), this.map.frame, this.viewport));
  }

  private onResize(size: Phaser.Structs.Size): void {
    if (!this.host) return;
    const next = { width: Math.round(size.width), height: Math.round(size.height) };
    if (next.width === this.viewport.width && next.height === this.viewport.height) return;
    const previous = this.viewport;
    this.viewport = next;
    this.view = resizeView(this.view, previous, next, this.map.frame);
    this.renderBase();
    this.renderHighlight();
    this.awake();
  }

  // ——— keyboard ———

  private onFocus(): void {
    if (this.focusIndex < 0) {
      const selected = this.model.selected;
      this.setFocus(selected ? MEMBER_IDS.indexOf(selected) : 0);
    }
  }

  private setFocus(index: number, again = false): void {
    this.focusIndex = index;
    const id = index >= 0 ? (MEMBER_IDS[index] as MemberId) : null;
    if (id !== this.highlight.focus || (again && id)) {
      this.highlight.focus = id;
      if (id) this.bringIntoView(id);
      this.renderHighlight();
      if (id) this.announce(tooltipFor(id, this.model, false).text);
    }
  }

  private bringIntoView(id: MemberId): void {
    const capital = this.map.capitals[id];
    if (!capital) return;
    const [x, y] = toScreen(this.view, capital[0], capital[1]);
    const margin = 60 * this.host.ratio();
    if (x >= margin && y >= margin && x <= this.viewport.width - margin && y <= this.viewport.height - margin) return;
    this.setView(clampView({ ...this.view, x: this.view.x + this.viewport.width / 2 - x, y: this.view.y + this.viewport.height / 2 - y }, this.map.frame, this.viewport));
  }

  private onKey(event: KeyboardEvent): void {
    const count = MEMBER_IDS.length;
    const current = this.focusIndex < 0 ? 0 : this.focusIndex;
    switch (event.key) {
      case 'Tab': {
        const next = current + (event.shiftKey ? -1 : 1);
        // Past the last member, Tab leaves the map for the rest of the page.
        if (this.focusIndex >= 0 && (next < 0 || next >= count)) return;
        event.preventDefault();
        this.setFocus(this.focusIndex < 0 ? 0 : next);
        return;
      }
      case 'ArrowRight': case 'ArrowLeft': case 'ArrowUp': case 'ArrowDown': {
        event.preventDefault();
        const direction = ({ ArrowRight: 'right', ArrowLeft: 'left', ArrowUp: 'up', ArrowDown: 'down' } as const)[event.key];
        const next = neighbourIn(this.map.capitals, MEMBER_IDS, MEMBER_IDS[current] as MemberId, direction);
        // Nothing lies that way: the focus stays where it is, and says so by naming it again.
        this.setFocus(next ? MEMBER_IDS.indexOf(next) : current, next === null);
        return;
      }
      case 'Enter': case ' ': {
        event.preventDefault();
        const id = MEMBER_IDS[current] as MemberId;
        if (this.focusIndex < 0) this.setFocus(current);
        this.host.source.select(id);
        return;
      }
      case 'Escape':
        this.host.source.select(null);
        return;
      case '+': case '=':
        this.zoomBy(1.4);
        return;
      case '-': case '_':
        this.zoomBy(1 / 1.4);
        return;
    }
  }

  private announce(text: string): void {
    this.host.dom.announce(text);
  }
}
