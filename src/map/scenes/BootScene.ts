import Phaser from 'phaser';
import { HOST_KEY, type MapHost } from '../host';
import { SEA } from '../style';

/** Boot and preload: waits for the map asset (fetched while Phaser started), then opens the map. */
export class BootScene extends Phaser.Scene {
  constructor() {
    super('boot');
  }

  create(): void {
    this.cameras.main.setBackgroundColor(SEA);
    const host = this.registry.get(HOST_KEY) as MapHost;
    host.data.then(
      () => this.scene.start('map'),
      (error: unknown) => {
        console.error('Paper Alliance: the map could not be loaded', error);
      },
    );
  }
}
