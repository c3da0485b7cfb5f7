import Phaser from 'phaser';

/** How long the dot stays: a few frames, so the renderer has drawn it at least once. */
const SHOWN_MS = 250;

/**
 * Preload: once the map is up, readies what its effects need. The map's data and first
 * painting come with the page; what is left is the renderer's own preparation for shapes,
 * which otherwise happens in the frame the first rocket or pulse appears, as a turn ends.
 * It draws one near-invisible dot, filled and outlined like the effects, then stops.
 */
export class PreloadScene extends Phaser.Scene {
  constructor() {
    super('preload');
  }

  create(): void {
    const dot = this.add.circle(1, 1, 1, 0xffffff, 0.01).setStrokeStyle(1, 0xffffff, 0.01);
    this.time.delayedCall(SHOWN_MS, () => {
      dot.destroy();
      this.scene.stop();
    });
  }
}
