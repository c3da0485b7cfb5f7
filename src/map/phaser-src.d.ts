// Phaser's own CommonJS modules (node_modules/phaser/src), bundled piece by piece by src/map/phaser.ts.
// Their types come from the `phaser` package as a whole.
declare module 'phaser-src/*' {
  const value: unknown;
  export default value;
}
