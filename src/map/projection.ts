import { geoConicEqualArea, type GeoProjection } from 'd3-geo';
import type { ProjectionSpec } from './asset';

/** The map's equal-area conic, the same at build time and in the browser. */
export function makeProjection(spec: ProjectionSpec): GeoProjection {
  return geoConicEqualArea()
    .parallels(spec.parallels)
    .rotate(spec.rotate)
    .scale(spec.scale)
    .translate(spec.translate)
    .precision(0);
}
