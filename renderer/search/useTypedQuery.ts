import { useEffect, useRef, useState } from "react";
import { TypedQuery, type QueryRunner } from "./typedQuery";

/**
 * The panel's `TypedQuery`, kept across renders and driving the latest
 * `search`; a search still waiting for typing to pause is dropped when
 * the panel goes.
 */
export function useTypedQuery(search: QueryRunner): TypedQuery {
  const latest = useRef(search);
  latest.current = search;
  const [typed] = useState(
    () =>
      new TypedQuery({
        run: (query) => latest.current.run(query),
        clear: () => latest.current.clear(),
        stands: () => latest.current.stands(),
      }),
  );
  useEffect(() => () => typed.dispose(), [typed]);
  return typed;
}
