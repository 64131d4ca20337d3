'use strict';
// autocannon's setupClient for every run of the bench (measure.ts), loaded by its path in
// autocannon's worker thread, once per run. It deals the run's requests out among the
// connections: the k-th connection sends requests k, k + n, k + 2n... of the list (n
// connections), so that at any moment they ask for different people's data.
//
// Left to itself, autocannon gives every connection the whole list, which has two faults. Each
// connection builds every request of the list when it opens, one after the other on the
// worker's one thread: for 32 connections and 3,000 requests, about a second during which
// answers already back wait to be read, and count as slow. And every connection starts at the
// first request and walks the list in step with the others: a convoy on a few rows that no real
// crowd of users makes. measure.ts hands autocannon one request and the whole list through the
// file named in TANDEM_BENCH_REQUESTS.
const { readFileSync } = require('node:fs');

let plan;
let opened = 0;

module.exports = function dealRequests(client) {
  plan ??= JSON.parse(readFileSync(process.env.TANDEM_BENCH_REQUESTS, 'utf8'));
  const { connections, requests } = plan;
  const k = opened % connections;
  opened += 1;
  const own = [];
  for (let index = k % requests.length; index < requests.length; index += connections) own.push(requests[index]);
  client.setRequests(own);
};
