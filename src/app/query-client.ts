import { type DefaultOptions, QueryClient } from '@tanstack/react-query'

import { DatasetError } from '@/data/dataset-error'

/** One retry for transient failures (network, timeout, 5xx); bad data is never retried. */
export const QUERY_DEFAULTS = {
  queries: {
    refetchOnWindowFocus: false,
    retry: (failureCount: number, error: Error) =>
      failureCount < 1 &&
      error instanceof DatasetError &&
      error.retryable &&
      (error.status === undefined || error.status >= 500),
  },
} satisfies DefaultOptions

export function createQueryClient(
  defaults: DefaultOptions = QUERY_DEFAULTS,
): QueryClient {
  return new QueryClient({ defaultOptions: defaults })
}
