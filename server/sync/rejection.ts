/** Why a pushed mutation is refused: a translation key. */
export class Rejection {
  constructor(readonly key: string) {}
}
