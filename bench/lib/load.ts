import autocannon from 'autocannon';

export type LoadResult = {
  /** Mean of the per-second request counts. */
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
};

export type LoadOptions = {
  url: string;
  connections: number;
  seconds: number;
  /** Called for every request; spreads the load over many rows instead of one cached page. */
  nextPath?: () => string;
};

/** One autocannon run, bounded by `seconds`. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { nextPath } = options;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    timeout: 10,
    ...(nextPath ? { requests: [{ setupRequest: (req) => ({ ...req, path: nextPath() }) }] } : {}),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
