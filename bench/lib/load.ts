import autocannon from 'autocannon';

export type LoadResult = {
  /** Mean of the per-second request counts. */
  rps: number;
  /** Mean latency in ms (autocannon keeps decimals here, unlike the percentiles). */
  meanLatency: number;
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
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
};

/** One autocannon run, bounded by `seconds`. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { nextPath } = options;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    timeout: 10,
    ...(options.method ? { method: options.method } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
    ...(options.body ? { body: options.body } : {}),
    ...(nextPath ? { requests: [{ setupRequest: (req) => ({ ...req, path: nextPath() }) }] } : {}),
  });
  return {
    meanLatency: result.latency.average,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
