/** Choropleth maps of admin-1/admin-2 areas (see area-map.tsx). Import only from lazily loaded pages. */
export { AreaMap, type AreaMapProps, type MapPoint } from './area-map';
export type { AreaLevel, AreaValue } from './area-map-data';
