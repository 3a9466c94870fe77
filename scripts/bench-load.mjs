// Shared by the bench sections that load the API over HTTP (bench-api.mjs, bench-region.mjs): percentiles and the
// load generator, a worker thread so the client does not share the API's thread.
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';

/** The p-th percentile of sorted numbers (nearest rank). */
export const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

/** p50, p95 and the count of some latencies. */
export const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { p50: pct(s, 50), p95: pct(s, 95), n: s.length };
};

const LOADGEN = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const { url, bodies, headers, total, concurrency } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const u = new URL(url);
function one(body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, path: u.pathname, method: 'POST', agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => (res.statusCode === 200 && !text.includes('"errors"') ? resolve() : reject(new Error(res.statusCode + ' ' + text.slice(0, 300)))));
    });
    req.on('error', reject);
    req.end(body);
  });
}
(async () => {
  let next = 0;
  const lat = [];
  const which = [];
  const t = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < total) {
      const i = next++;
      const s = performance.now();
      await one(bodies[i % bodies.length]);
      lat.push(performance.now() - s);
      which.push(i % bodies.length);
    }
  }));
  parentPort.postMessage({ seconds: (performance.now() - t) / 1000, lat, which });
  agent.destroy();
})().catch((err) => parentPort.postMessage({ error: String((err && err.message) || err) }));
`;

/**
 * `total` requests (bodies taken in turn) at `concurrency`, from a worker thread: latencies, seconds and requests/s;
 * `samples` pairs each latency with the index of the body it was for.
 */
export function load(url, headers, bodies, total, concurrency) {
  return new Promise((resolve, reject) => {
    const w = new Worker(LOADGEN, { eval: true, workerData: { url, bodies, headers, total, concurrency } });
    w.once('message', (m) => (m.error ? reject(new Error(m.error)) : resolve({ ...stats(m.lat), seconds: m.seconds, rps: total / m.seconds, samples: m.lat.map((ms, k) => [ms, m.which[k]]) })));
    w.once('error', reject);
  });
}

/**
 * Ten (or one) clients, each sending its next request when the previous one answered; latencies of all, and
 * `samples`: each latency with the number `i` of its call.
 */
export async function closedLoop(concurrency, total, fn) {
  const lat = [];
  const samples = [];
  let next = 0;
  const client = async () => {
    while (next < total) {
      const i = next++;
      const t = performance.now();
      await fn(i);
      const ms = performance.now() - t;
      lat.push(ms);
      samples.push([ms, i]);
    }
  };
  const t = performance.now();
  await Promise.all(Array.from({ length: concurrency }, client));
  return { ...stats(lat), seconds: (performance.now() - t) / 1000, samples };
}
