import { useEffect, useState } from 'react';
import { httpClient } from '../providers/http';

interface Loaded<T> {
  data: T | undefined;
  error: Error | undefined;
}

/** One read of a public endpoint (`/public/...`), which answers with or without a session. */
export function usePublic<T>(path: string): Loaded<T> {
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
  }, [path]);
  return state;
}
