// Headers of the CLI's requests to the service: JSON both ways, and the API key of KG_API_KEY as a
// bearer token when it is set (a service with API keys refuses writes, and maybe reads, without one).

/** Request headers for a GraphQL POST, with `Authorization` when KG_API_KEY is set. */
export function apiHeaders(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const key = env.KG_API_KEY?.trim();
  return { 'content-type': 'application/json', accept: 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) };
}
