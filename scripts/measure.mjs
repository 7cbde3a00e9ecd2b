// Runs one registro command in this (cold) process and reports its wall time and peak memory
// (and CPU time, all threads: steadier than wall time on a busy machine)
// on stderr as a last JSON line, for the benchmark: `node scripts/measure.mjs validate DIR`.
const start = process.hrtime.bigint();
const { main } = await import('../dist/bin/cli.js');
await main(['node', 'registro', ...process.argv.slice(2)]);
process.on('exit', () => {
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stderr.write(`\n${JSON.stringify({ ms, cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
});
