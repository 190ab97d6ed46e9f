import { useEffect, useState } from 'react';
import { httpClient } from '../providers/http';

interface Loaded<T> {
  data: T | undefined;
  error: Error | undefined;
}

/**
 * One read of an api path that is not a react-admin resource (a public page, a picker's
 * choices), again whenever the path or `round` (a counter a page bumps to reload) changes.
 */
export function useApiGet<T>(path: string, round = 0): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: undefined, error: undefined });
  useEffect(() => {
    let current = true;
    httpClient(path).then(
      ({ json }) => current && setState({ data: json as T, error: undefined }),
      (error: Error) => current && setState({ data: undefined, error }),
    );
    return () => {
      current = false;
    };
  }, [path, round]);
  return state;
}
