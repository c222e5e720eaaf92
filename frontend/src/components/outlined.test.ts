import geo from './changsha.geo.json';
import { outlinedDistricts } from './outlined';

test('the outlines and the list of outlined districts agree', () => {
  expect(new Set(geo.features.map((f) => f.properties.name))).toEqual(outlinedDistricts);
});
