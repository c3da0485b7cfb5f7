// The benchmark's baseline: Phaser 4 with one empty scene, filling the window the
// way the map does. `npm run bench:browser` compares the map page against it.
import Phaser from 'phaser';

const params = new URLSearchParams(window.location.search);
const container = document.getElementById('app') as HTMLElement;
const ratio = window.devicePixelRatio || 1;
let frames = 0;

const game = new Phaser.Game({
  type: params.get('renderer') === 'canvas' ? Phaser.CANVAS : Phaser.AUTO,
  parent: container,
  backgroundColor: '#cfe4ea',
  banner: false,
  audio: { noAudio: true },
  input: { keyboard: false, gamepad: false },
  scale: { mode: Phaser.Scale.NONE, width: Math.round(container.clientWidth * ratio), height: Math.round(container.clientHeight * ratio), zoom: 1 / ratio },
  scene: { key: 'bare' },
});
game.events.on(Phaser.Core.Events.POST_RENDER, () => {
  if (frames === 0) performance.mark('paper-alliance:bare-first-frame');
  frames += 1;
});

Object.assign(window, {
  __bare: {
    frames: () => frames,
    renderer: () => (game.renderer?.type === Phaser.WEBGL ? 'webgl' : 'canvas'),
  },
});
