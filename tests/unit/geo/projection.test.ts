import { describe, expect, it } from "vitest";
import proj4 from "proj4";
import {
  registerProjections,
  toLonLat,
  toProjected,
} from "../../../shared/geo/projection";
import { lonLat, projectedPoint } from "../../../shared/geo/coordinates";

/*
 * EPSG:26191 is checked against a second, independent computation written
 * here from the published formulas (geocentric translation, then Lambert
 * conic conformal 1SP), so a definition with the datum shift's sign flipped
 * or a wrong scale factor fails.
 */

const WGS84 = { a: 6378137, f: 1 / 298.257223563 };
const CLARKE_1880_IGN = { a: 6378249.2, b: 6356515 };
const TOWGS84 = [31, 146, 47] as const;
const PROJ_FLIPPED =
  "+proj=lcc +lat_1=33.3 +lat_0=33.3 +lon_0=-5.4 +k_0=0.999625769 " +
  "+x_0=500000 +y_0=300000 +a=6378249.2 +b=6356515 " +
  "+towgs84=-31,-146,-47,0,0,0,0 +units=m +no_defs";

function toGeocentric(lonDeg: number, latDeg: number, a: number, e2: number) {
  const lon = (lonDeg * Math.PI) / 180;
  const lat = (latDeg * Math.PI) / 180;
  const n = a / Math.sqrt(1 - e2 * Math.sin(lat) ** 2);
  return {
    x: n * Math.cos(lat) * Math.cos(lon),
    y: n * Math.cos(lat) * Math.sin(lon),
    z: n * (1 - e2) * Math.sin(lat),
  };
}

function fromGeocentric(
  p: { x: number; y: number; z: number },
  a: number,
  e2: number,
) {
  const lon = Math.atan2(p.y, p.x);
  const r = Math.hypot(p.x, p.y);
  let lat = Math.atan2(p.z, r * (1 - e2));
  for (let i = 0; i < 10; i++) {
    const n = a / Math.sqrt(1 - e2 * Math.sin(lat) ** 2);
    lat = Math.atan2(p.z + e2 * n * Math.sin(lat), r);
  }
  return { lon, lat };
}

function lambertNordMaroc(lon: number, lat: number, e: number, a: number) {
  const lat0 = (33.3 * Math.PI) / 180;
  const lon0 = (-5.4 * Math.PI) / 180;
  const k0 = 0.999625769;
  const t = (phi: number) =>
    Math.tan(Math.PI / 4 - phi / 2) /
    ((1 - e * Math.sin(phi)) / (1 + e * Math.sin(phi))) ** (e / 2);
  const m0 = Math.cos(lat0) / Math.sqrt(1 - e * e * Math.sin(lat0) ** 2);
  const n = Math.sin(lat0);
  const f = m0 / (n * t(lat0) ** n);
  const r = a * f * t(lat) ** n * k0;
  const r0 = a * f * t(lat0) ** n * k0;
  const theta = n * (lon - lon0);
  return {
    x: 500000 + r * Math.sin(theta),
    y: 300000 + r0 - r * Math.cos(theta),
  };
}

function independentEpsg26191(lonDeg: number, latDeg: number) {
  const e2w = WGS84.f * (2 - WGS84.f);
  const g = toGeocentric(lonDeg, latDeg, WGS84.a, e2w);

  // towgs84 gives the shift from Merchich to WGS 84, so going the other
  // way subtracts it.
  const shifted = {
    x: g.x - TOWGS84[0],
    y: g.y - TOWGS84[1],
    z: g.z - TOWGS84[2],
  };
  const { a, b } = CLARKE_1880_IGN;
  const e2 = 1 - (b * b) / (a * a);
  const geo = fromGeocentric(shifted, a, e2);
  return lambertNordMaroc(geo.lon, geo.lat, Math.sqrt(e2), a);
}

describe("EPSG:26191 (Merchich / Nord Maroc)", () => {
  it("puts the Merchich origin of the projection at the false origin", () => {
    registerProjections();
    const merchich =
      "+proj=longlat +a=6378249.2 +b=6356515 +towgs84=31,146,47,0,0,0,0";
    const [x, y] = proj4(merchich, "EPSG:26191", [-5.4, 33.3]);
    expect(x).toBeCloseTo(500000, 2);
    expect(y).toBeCloseTo(300000, 2);
  });

  it("projects Khemisset as the published formulas do", () => {
    const khemisset = lonLat(-6.0663, 33.8241);
    const expected = independentEpsg26191(khemisset.x, khemisset.y);

    const actual = toProjected(khemisset);

    expect(actual.x).toBeCloseTo(expected.x, 2);
    expect(actual.y).toBeCloseTo(expected.y, 2);
    // Khemisset lies about 62 km west and 58 km north of the origin.
    expect(actual.x).toBeGreaterThan(435_000);
    expect(actual.x).toBeLessThan(440_000);
    expect(actual.y).toBeGreaterThan(355_000);
    expect(actual.y).toBeLessThan(362_000);
  });

  it("would notice a datum shift with the sign flipped", () => {
    registerProjections();
    const point = lonLat(-6.0663, 33.8241);
    const flippedDef = PROJ_FLIPPED;
    const [fx, fy] = proj4("EPSG:4326", flippedDef, [point.x, point.y]);
    const ours = toProjected(point);

    // The flipped copies land a few hundred metres away, far outside the
    // centimetre the comparison above allows.
    expect(Math.hypot(ours.x - (fx ?? 0), ours.y - (fy ?? 0))).toBeGreaterThan(
      200,
    );
  });

  it("round-trips a projected point to lon/lat and back within a centimetre", () => {
    const start = projectedPoint(437_500, 358_900);
    const back = toProjected(toLonLat(start));
    expect(back.x).toBeCloseTo(start.x, 2);
    expect(back.y).toBeCloseTo(start.y, 2);
  });
});
