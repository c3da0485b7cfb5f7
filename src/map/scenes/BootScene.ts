import Phaser from 'phaser';
import { HOST_KEY, type MapHost } from '../host';

/** Boot and preload: waits for a map asset that is not bundled (a host's own), then opens the map. */
export class BootScene extends Phaser.Scene {
  constructor() {
    super('boot');
  }

  create(): void {
    const host = this.registry.get(HOST_KEY) as MapHost;
    host.whenLoaded().then(
      () => this.scene.start('map'),
      (error: unknown) => {
        console.error('Paper Alliance: the map could not be loaded', error);
      },
    );
  }
}
