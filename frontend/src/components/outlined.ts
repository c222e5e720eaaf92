// The districts the map of Changsha outlines (components/changsha.geo.json,
// keyed by GB/T 2260 code), known without loading the outlines: a report's
// rows outside them are listed beside the map. outlined.test.ts checks the
// two agree.
export const outlinedDistricts: ReadonlySet<string> = new Set([
  '430102', '430103', '430104', '430105', '430111', '430112', '430121', '430181', '430182',
]);
