import { useQuery } from '@tanstack/react-query';

/**
 * A view of a prototype the api gives outside react-admin's records (versions, diff, history,
 * reviews), cached under `prototypes` so that react-admin's refresh after an action reloads it.
 */
export function usePrototypeQuery<T>(key: unknown[], fetch: () => Promise<T>, enabled = true) {
  return useQuery({ queryKey: ['prototypes', 'views', ...key], queryFn: fetch, enabled });
}
