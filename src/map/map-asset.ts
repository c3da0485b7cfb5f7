// The map asset ships in a chunk of its own (see vite.config.ts), fetched in parallel
// with Phaser's: no request waits for the script to run first.
import type { MapAsset } from './asset';
import data from '../../assets/map/eurasia.json';

export const MAP_ASSET = data as unknown as MapAsset;
