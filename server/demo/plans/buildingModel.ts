import type { Xy } from "../geometry";

/**
 * A building described in metres, the drawing model the level plans,
 * façade and section are drawn from. x runs east and y north from the
 * footprint's south-west outer corner; the street is to the south.
 */
export interface BuildingModel {
  readonly name: string;
  readonly widthM: number;
  readonly depthM: number;
  /** Floor-to-floor heights from the ground floor up, metres. */
  readonly storeyHeightsM: readonly number[];
  readonly parapetM: number;
  readonly levels: readonly LevelModel[];
}

/** One level's plan: cut walls, openings in them, rooms and stairs. */
export interface LevelModel {
  readonly title: string;
  readonly walls: readonly WallRect[];
  readonly openings: readonly Opening[];
  readonly rooms: readonly Room[];
  readonly stairs: readonly Stair[];
}

/** A wall's cut, an axis-aligned rectangle of masonry in metres. */
export interface WallRect {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/**
 * A door or window in a wall, from `start` to `end` along the wall's long
 * axis (x for an east-west wall, y for a north-south one). A door hinges at
 * `hinge` and its leaf opens towards +axis (`swing` 1) or −axis (−1) of the
 * wall's short direction.
 */
export interface Opening {
  readonly kind: "door" | "window";
  readonly wall: number;
  readonly start: number;
  readonly end: number;
  readonly hinge?: "start" | "end";
  readonly swing?: 1 | -1;
  /** 2 for a double door (shop fronts); a single leaf otherwise. */
  readonly leaves?: 1 | 2;
  /** Sill and head heights above the floor, for façades and sections. */
  readonly sillM: number;
  readonly headM: number;
}

/** A named room, its ring in metres and where its label goes. */
export interface Room {
  readonly name: string;
  readonly ring: readonly Xy[];
  readonly labelAt: Xy;
}

/** A straight stair flight in its rectangle, rising towards `rise`. */
export interface Stair {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  readonly rise: "north" | "south" | "east" | "west";
  readonly treads: number;
}

/** A rectangle as a room ring. */
export function rectRing(x0: number, y0: number, x1: number, y1: number): Xy[] {
  return [
    { x: x0, y: y0 },
    { x: x1, y: y0 },
    { x: x1, y: y1 },
    { x: x0, y: y1 },
  ];
}

/** True when the wall runs east-west (its long axis is x). */
export function isHorizontal(wall: WallRect): boolean {
  return wall.x1 - wall.x0 >= wall.y1 - wall.y0;
}

/** A door with the usual 2.10 m head. */
export function door(
  wall: number,
  start: number,
  end: number,
  hinge: "start" | "end",
  swing: 1 | -1,
): Opening {
  return { kind: "door", wall, start, end, hinge, swing, sillM: 0, headM: 2.1 };
}

/** A window, sill and head heights in metres above the floor. */
export function window(
  wall: number,
  start: number,
  end: number,
  sillM = 1,
  headM = 2.2,
): Opening {
  return { kind: "window", wall, start, end, sillM, headM };
}

/**
 * The level mirrored about the building's north-south axis, so that the
 * second flat of a floor is drawn from the first one's description.
 */
export function mirrorLevelPart(
  part: Pick<LevelModel, "walls" | "openings" | "rooms">,
  widthM: number,
  wallOffset: number,
): Pick<LevelModel, "walls" | "openings" | "rooms"> {
  const mx = (x: number) => Math.round((widthM - x) * 1000) / 1000;
  const walls = part.walls.map((w) => ({
    x0: mx(w.x1),
    y0: w.y0,
    x1: mx(w.x0),
    y1: w.y1,
  }));
  const openings = part.openings.map((o): Opening => {
    const wall = part.walls[o.wall];
    const horizontal = wall ? isHorizontal(wall) : true;
    const moved = { ...o, wall: o.wall + wallOffset };
    if (!horizontal) {
      return o.swing ? { ...moved, swing: -o.swing as 1 | -1 } : moved;
    }
    const hinge: Opening["hinge"] =
      o.hinge === "start" ? "end" : o.hinge === "end" ? "start" : undefined;
    const mirrored: Opening = { ...moved, start: mx(o.end), end: mx(o.start) };
    return hinge ? { ...mirrored, hinge } : mirrored;
  });
  const rooms = part.rooms.map((r) => ({
    name: r.name,
    ring: r.ring.map((p) => ({ x: mx(p.x), y: p.y })).reverse(),
    labelAt: { x: mx(r.labelAt.x), y: r.labelAt.y },
  }));
  return { walls, openings, rooms };
}
