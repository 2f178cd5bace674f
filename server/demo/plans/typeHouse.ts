import { door, rectRing, window } from "./buildingModel";
import type {
  BuildingModel,
  LevelModel,
  Stair,
  WallRect,
} from "./buildingModel";

/**
 * The housing group's type house: R+1, 10.00 × 9.00 m, living room and
 * kitchen downstairs, two bedrooms and a bathroom upstairs.
 */

const W = 10;
const D = 9;

const ENVELOPE: readonly WallRect[] = [
  { x0: 0, y0: 0, x1: W, y1: 0.25 },
  { x0: 0, y0: D - 0.25, x1: W, y1: D },
  { x0: 0, y0: 0, x1: 0.25, y1: D },
  { x0: W - 0.25, y0: 0, x1: W, y1: D },
  { x0: 5.925, y0: 0.25, x1: 6.075, y1: D - 0.25 },
];

const [SOUTH, NORTH, WEST, , SPINE] = [0, 1, 2, 3, 4];

const STAIRS: readonly Stair[] = [
  { x0: 6.3, y0: 7.55, x1: 9.75, y1: 8.75, rise: "east", treads: 12 },
];

/** The type house's drawing model. */
export function typeHouse(): BuildingModel {
  return {
    name: "Maison type R+1",
    widthM: W,
    depthM: D,
    storeyHeightsM: [3, 3],
    parapetM: 0.8,
    levels: [groundFloor(), upperFloor()],
  };
}

function groundFloor(): LevelModel {
  return {
    title: "Plan du rez-de-chaussée - maison type",
    walls: [...ENVELOPE, { x0: 6.075, y0: 4.925, x1: W - 0.25, y1: 5.075 }],
    openings: [
      door(SOUTH, 1.8, 2.8, "start", 1),
      window(SOUTH, 3.6, 5.2),
      window(SOUTH, 7.2, 8.6, 1.1, 2.2),
      window(NORTH, 1.5, 3.5),
      window(NORTH, 7.5, 8.3, 1.5, 2.3),
      window(WEST, 4, 5.5),
      door(SPINE, 2, 2.9, "start", 1),
      door(SPINE, 6, 6.9, "end", 1),
    ],
    rooms: [
      {
        name: "Séjour",
        ring: rectRing(0.25, 0.25, 5.925, 8.75),
        labelAt: { x: 3.1, y: 4.6 },
      },
      {
        name: "Cuisine",
        ring: rectRing(6.075, 0.25, 9.75, 4.925),
        labelAt: { x: 7.9, y: 2.6 },
      },
      {
        name: "Hall et escalier",
        ring: rectRing(6.075, 5.075, 9.75, 8.75),
        labelAt: { x: 7.9, y: 6.3 },
      },
    ],
    stairs: STAIRS,
  };
}

function upperFloor(): LevelModel {
  const walls: WallRect[] = [
    ...ENVELOPE,
    { x0: 0.25, y0: 4.925, x1: 5.925, y1: 5.075 },
    { x0: 6.075, y0: 4.925, x1: W - 0.25, y1: 5.075 },
    { x0: 7.425, y0: 0.25, x1: 7.575, y1: 4.925 },
  ];
  return {
    title: "Plan de l'étage - maison type",
    walls,
    openings: [
      window(SOUTH, 1.8, 3.8),
      window(SOUTH, 8.3, 9, 1.6, 2.2),
      window(NORTH, 1.8, 3.8),
      window(NORTH, 7.5, 8.3, 1.5, 2.3),
      door(SPINE, 6, 6.9, "end", -1),
      door(SPINE, 3, 3.9, "start", -1),
      door(6, 6.4, 7.2, "start", -1),
      door(7, 3.2, 3.9, "start", 1),
    ],
    rooms: [
      {
        name: "Chambre 1",
        ring: rectRing(0.25, 0.25, 5.925, 4.925),
        labelAt: { x: 3.1, y: 2.6 },
      },
      {
        name: "Chambre 2",
        ring: rectRing(0.25, 5.075, 5.925, 8.75),
        labelAt: { x: 3.1, y: 6.9 },
      },
      {
        name: "Dégagement",
        ring: rectRing(6.075, 0.25, 7.425, 4.925),
        labelAt: { x: 6.75, y: 1.6 },
      },
      {
        name: "Salle de bains",
        ring: rectRing(7.575, 0.25, 9.75, 4.925),
        labelAt: { x: 8.66, y: 2.0 },
      },
      {
        name: "Palier",
        ring: rectRing(6.075, 5.075, 9.75, 8.75),
        labelAt: { x: 7.9, y: 6.3 },
      },
    ],
    stairs: STAIRS,
  };
}
