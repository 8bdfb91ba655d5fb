// Preloaded by the benchmark (`node --import ./bench/rss.mjs …`): when the process exits, appends one JSON line with
// its own peak memory and CPU time to the file named by BENCH_RSS_FILE, else to stderr. On Linux it adds the CPU
// time of the child processes it waited for (the clients under test and what they started), from /proc/self/stat.
import { appendFileSync, readFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
// The process's own children (the clients under test) must not inherit the preload, nor write to this file.
delete process.env.BENCH_RSS_FILE;

/** cutime + cstime of /proc/self/stat (fields 16 and 17, in USER_HZ = 100 ticks a second), or null. */
function childrenCpuMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}

process.on('exit', (code) => {
  const usage = process.resourceUsage();
  const line = `${JSON.stringify({
    pid: process.pid,
    exitCode: code,
    maxRssKiB: usage.maxRSS,
    userCpuMs: Math.round(usage.userCPUTime / 1000),
    systemCpuMs: Math.round(usage.systemCPUTime / 1000),
    childrenCpuMs: childrenCpuMs(),
    uptimeMs: Math.round(process.uptime() * 1000),
  })}\n`;
  if (file) appendFileSync(file, line);
  else process.stderr.write(`bench-rss ${line}`);
});
