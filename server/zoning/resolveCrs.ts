import { UserError } from "../../shared/contract/errors";
import { isKnownCrs, PROJ_DEFINITIONS } from "../../shared/geo/projection";
import type { Logger } from "../log";
import type { DeclaredCrs } from "./readZoningSource";

/** The CRS a file's coordinates are read in. */
export interface ResolvedCrs {
  readonly sourceCrs: string;
}

/**
 * Decides which CRS a zoning file's coordinates are in.
 *
 * A `--crs` given by the operator wins. Otherwise a named EPSG code is
 * taken if Lajna knows it. An ESRI .prj is only trusted when it names an
 * EPSG code Lajna knows, or is plain WGS 84 geographic.
 *
 * The ESRI "Lambert Conformal Conic on Clarke 1880" found in Moroccan
 * shapefiles is deliberately NOT mapped to EPSG:26191 on its own: it
 * carries no Merchich datum shift and its parameters differ (two standard
 * parallels, central meridian), so read as EPSG:26191 the features can land
 * about 950 m away. A silent shift of a kilometre would put a parcel in the
 * wrong zone, so the import refuses and asks for `--crs EPSG:26191`, which
 * the operator gives after checking the source.
 */
export function resolveCrs(
  fileName: string,
  declared: DeclaredCrs,
  override: string | null,
  logger: Logger,
): ResolvedCrs {
  if (override !== null)
    return { sourceCrs: acceptOverride(declared, override, logger) };

  if (declared.kind === "code") {
    if (isKnownCrs(declared.code)) return { sourceCrs: declared.code };
    throw new UserError("zoning.error.unknownCrs", {
      file: fileName,
      detail: declared.code,
    });
  }
  if (declared.kind === "none") {
    throw new UserError("zoning.error.unknownCrs", {
      file: fileName,
      detail: "no .prj file",
    });
  }
  return { sourceCrs: crsOfEsriPrj(fileName, declared.wkt) };
}

function acceptOverride(
  declared: DeclaredCrs,
  override: string,
  logger: Logger,
): string {
  const code = override.trim().toUpperCase();
  if (!isKnownCrs(code)) {
    throw new UserError("zoning.error.unsupportedCrs", {
      crs: override,
      known: ["EPSG:4326", ...Object.keys(PROJ_DEFINITIONS)].join(", "),
    });
  }
  if (
    declared.kind === "esriPrj" &&
    isClarkeLambertWithoutShift(declared.wkt)
  ) {
    logger.warn(
      { crs: code },
      "operator maps an ESRI Clarke 1880 Lambert .prj to this CRS; the .prj has " +
        "no Merchich datum shift, features may sit about 950 m off if the source " +
        "was not really in this CRS",
    );
  } else if (declared.kind === "code" && declared.code !== code) {
    logger.warn(
      { declared: declared.code, crs: code },
      "declared CRS overridden by --crs",
    );
  }
  return code;
}

function crsOfEsriPrj(fileName: string, wkt: string): string {
  const authority = /AUTHORITY\["EPSG",\s*"?(\d+)"?\]\s*\]\s*$/i.exec(
    wkt.trim(),
  );
  if (authority?.[1] !== undefined && isKnownCrs(`EPSG:${authority[1]}`)) {
    return `EPSG:${authority[1]}`;
  }
  if (/^GEOGCS\[.*(WGS_1984|WGS 84)/i.test(wkt.trim())) return "EPSG:4326";
  if (isClarkeLambertWithoutShift(wkt)) {
    throw new UserError("zoning.error.ambiguousCrs", { file: fileName });
  }
  throw new UserError("zoning.error.unknownCrs", {
    file: fileName,
    detail: wkt.slice(0, 80),
  });
}

/** An ESRI LCC on Clarke 1880 with origin at 33.3°N: "Lambert Nord Maroc". */
function isClarkeLambertWithoutShift(wkt: string): boolean {
  return (
    /Lambert_Conformal_Conic/i.test(wkt) &&
    /Clarke_1880/i.test(wkt) &&
    /Latitude_Of_Origin",\s*33\.3\b/i.test(wkt) &&
    !/TOWGS84/i.test(wkt)
  );
}
