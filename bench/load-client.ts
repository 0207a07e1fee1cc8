// Load generator for the API benchmark, run in its own process so that the client's work does not
// compete with the server for the same event loop. Sends `requests` copies of one HTTP request with
// `concurrency` in flight over keep-alive connections, then prints one JSON line with its figures.
import http from 'node:http';
import { performance } from 'node:perf_hooks';

interface LoadSpec {
  readonly url: string;
  readonly method: 'GET' | 'POST';
  readonly body?: string;
  readonly requests: number;
  readonly concurrency: number;
}

const spec = JSON.parse(process.argv[2] ?? '{}') as LoadSpec;
const agent = new http.Agent({ keepAlive: true, maxSockets: spec.concurrency });
const target = new URL(spec.url);

function once(): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: spec.method,
        agent,
        headers: spec.body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(spec.body) } : {},
      },
      (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`load-client: HTTP ${res.statusCode}.`))));
      },
    );
    req.on('error', reject);
    req.end(spec.body);
  });
}

for (let i = 0; i < 200; i++) await once(); // warm-up
const latencies: number[] = [];
let sent = 0;
const start = performance.now();
await Promise.all(
  Array.from({ length: spec.concurrency }, async () => {
    while (sent++ < spec.requests) latencies.push(await once());
  }),
);
const seconds = (performance.now() - start) / 1000;
latencies.sort((a, b) => a - b);
process.stdout.write(`${JSON.stringify({ rate: spec.requests / seconds, median: latencies[Math.floor(latencies.length / 2)] ?? 0 })}\n`);
agent.destroy();
