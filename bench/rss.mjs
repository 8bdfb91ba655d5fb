// Preloaded by the benchmark (`node --import ./bench/rss.mjs …`): when the process exits, appends one JSON line with
// its own peak memory and CPU time (children not included) to the file named by BENCH_RSS_FILE, else to stderr.
import { appendFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
// The process's own children (the clients under test) must not inherit the preload, nor write to this file.
delete process.env.BENCH_RSS_FILE;

process.on('exit', (code) => {
  const usage = process.resourceUsage();
  const line = `${JSON.stringify({
    pid: process.pid,
    exitCode: code,
    maxRssKiB: usage.maxRSS,
    userCpuMs: Math.round(usage.userCPUTime / 1000),
    systemCpuMs: Math.round(usage.systemCPUTime / 1000),
    uptimeMs: Math.round(process.uptime() * 1000),
  })}\n`;
  if (file) appendFileSync(file, line);
  else process.stderr.write(`bench-rss ${line}`);
});
