import { door, mirrorLevelPart, rectRing, window } from "./buildingModel";
import type {
  BuildingModel,
  LevelModel,
  Opening,
  Room,
  Stair,
  WallRect,
} from "./buildingModel";

/**
 * The building permit's R+3 building: 18.00 × 10.00 m, two shops on the
 * ground floor, two flats per upper floor either side of a central stair.
 * The west wall is blind on the ground floor and exactly 10.00 m long on
 * its outer face: the reference a measurement test reads back.
 */

/** Width of the building's footprint (east-west), metres. */
export const APARTMENT_WIDTH_M = 18;

/** Depth of the building's footprint (north-south), metres. */
export const APARTMENT_DEPTH_M = 10;

/** The ground floor's west wall outer face, metres: (0, 0) to (0, 10). */
export const REFERENCE_WALL_M = {
  start: { x: 0, y: 0 },
  end: { x: 0, y: APARTMENT_DEPTH_M },
} as const;

const W = APARTMENT_WIDTH_M;
const D = APARTMENT_DEPTH_M;

// Envelope and stair-core walls shared by every level; indices 0 to 5.
const ENVELOPE: readonly WallRect[] = [
  { x0: 0, y0: 0, x1: W, y1: 0.25 },
  { x0: 0, y0: D - 0.25, x1: W, y1: D },
  { x0: 0, y0: 0, x1: 0.25, y1: D },
  { x0: W - 0.25, y0: 0, x1: W, y1: D },
  { x0: 7.425, y0: 0.25, x1: 7.575, y1: D - 0.25 },
  { x0: 10.425, y0: 0.25, x1: 10.575, y1: D - 0.25 },
];

const [SOUTH, NORTH, WEST, EAST, CORE_WEST, CORE_EAST] = [0, 1, 2, 3, 4, 5];

const STAIRS: readonly Stair[] = [
  { x0: 7.575, y0: 5.6, x1: 8.95, y1: 8.2, rise: "north", treads: 9 },
  { x0: 9.05, y0: 5.6, x1: 10.425, y1: 8.2, rise: "south", treads: 9 },
];

/** The R+3 building's drawing model. */
export function apartmentBuilding(): BuildingModel {
  return {
    name: "Immeuble R+3",
    widthM: W,
    depthM: D,
    storeyHeightsM: [3.5, 3, 3, 3],
    parapetM: 1,
    levels: [groundFloor(), upperFloor()],
  };
}

function groundFloor(): LevelModel {
  const shop = {
    walls: [
      { x0: 0.25, y0: 8.125, x1: 2.075, y1: 8.275 },
      { x0: 1.925, y0: 8.275, x1: 2.075, y1: D - 0.25 },
    ],
    openings: [door(0, 0.8, 1.5, "start", -1)],
    rooms: [
      {
        name: "Commerce",
        ring: [
          { x: 0.25, y: 0.25 },
          { x: 7.425, y: 0.25 },
          { x: 7.425, y: D - 0.25 },
          { x: 2.075, y: D - 0.25 },
          { x: 2.075, y: 8.125 },
          { x: 0.25, y: 8.125 },
        ],
        labelAt: { x: 4.2, y: 4.6 },
      },
      {
        name: "WC",
        ring: rectRing(0.25, 8.275, 1.925, 9.75),
        labelAt: { x: 1.09, y: 9.1 },
      },
    ],
  };
  const shopOpenings: Opening[] = [
    { ...window(SOUTH, 0.9, 3.9, 0.4, 2.8) },
    { ...door(SOUTH, 4.6, 6.4, "start", 1), headM: 2.8, leaves: 2 },
    window(NORTH, 0.7, 1.3, 1.6, 2.2),
    window(NORTH, 4, 5.6, 1.2, 2.4),
  ];
  return assemble(
    "Plan du rez-de-chaussée",
    shop,
    shopOpenings,
    [
      door(SOUTH, 8.4, 9.6, "end", 1),
      window(NORTH, 8.6, 9.4, 1.6, 2.4),
      window(EAST, 2, 4, 1, 2.6),
      window(EAST, 5.5, 7, 1, 2.6),
    ],
    [hallRoom("Hall d'entrée")],
  );
}

function upperFloor(): LevelModel {
  const flat = {
    walls: [
      { x0: 0.25, y0: 4.925, x1: 7.425, y1: 5.075 },
      { x0: 3.525, y0: 5.075, x1: 3.675, y1: D - 0.25 },
      { x0: 0.25, y0: 7.2, x1: 3.525, y1: 7.3 },
    ],
    openings: [
      door(0, 1.2, 2, "start", 1),
      door(0, 5, 5.8, "end", 1),
      door(1, 8, 8.7, "start", -1),
    ],
    rooms: [
      {
        name: "Séjour",
        ring: rectRing(0.25, 0.25, 7.425, 4.925),
        labelAt: { x: 3.8, y: 2.6 },
      },
      {
        name: "Cuisine",
        ring: rectRing(0.25, 5.075, 3.525, 7.2),
        labelAt: { x: 1.9, y: 6.2 },
      },
      {
        name: "Salle d'eau",
        ring: rectRing(0.25, 7.3, 3.525, 9.75),
        labelAt: { x: 1.9, y: 8.6 },
      },
      {
        name: "Chambre",
        ring: rectRing(3.675, 5.075, 7.425, 9.75),
        labelAt: { x: 5.55, y: 7.5 },
      },
    ] as Room[],
  };
  return assemble(
    "Plan de l'étage courant (1er, 2e et 3e étages)",
    flat,
    [
      window(SOUTH, 1.2, 3.2),
      window(SOUTH, 4.4, 6.4),
      window(NORTH, 1.6, 2.2, 1.6, 2.2),
      window(NORTH, 4.8, 6.4),
      window(WEST, 5.7, 6.6, 1.1, 2.2),
    ],
    [
      window(SOUTH, 8.6, 9.4, 1, 2.2),
      window(NORTH, 8.6, 9.4, 1.6, 2.4),
      door(CORE_WEST, 1, 1.9, "start", -1),
      door(CORE_EAST, 1, 1.9, "start", 1),
    ],
    [hallRoom("Palier")],
  );
}

/**
 * A level from the envelope, one half (west) that is mirrored to the east,
 * the openings of the west half's envelope walls (mirrored too) and the
 * openings and rooms of the stair core.
 */
function assemble(
  title: string,
  half: Pick<LevelModel, "walls" | "openings" | "rooms">,
  halfEnvelopeOpenings: readonly Opening[],
  coreOpenings: readonly Opening[],
  coreRooms: readonly Room[],
): LevelModel {
  const westOffset = ENVELOPE.length;
  const eastOffset = westOffset + half.walls.length;
  const west = {
    ...half,
    openings: half.openings.map((o) => ({ ...o, wall: o.wall + westOffset })),
  };
  const east = mirrorLevelPart(half, W, eastOffset);
  const mirroredEnvelope = mirrorLevelPart(
    { walls: ENVELOPE, openings: halfEnvelopeOpenings, rooms: [] },
    W,
    0,
  ).openings.map((o) => (o.wall === WEST ? { ...o, wall: EAST } : o));

  return {
    title,
    walls: [...ENVELOPE, ...west.walls, ...east.walls],
    openings: [
      ...halfEnvelopeOpenings,
      ...mirroredEnvelope,
      ...coreOpenings,
      ...west.openings,
      ...east.openings,
    ],
    rooms: [...west.rooms, ...east.rooms, ...coreRooms],
    stairs: STAIRS,
  };
}

function hallRoom(name: string): Room {
  return {
    name,
    ring: rectRing(7.575, 0.25, 10.425, D - 0.25),
    labelAt: { x: 9, y: 2.6 },
  };
}
