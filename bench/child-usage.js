// Preloaded into a benchmark's child process (node --require): at exit writes its peak resident memory in bytes and
// its CPU time (user + system) in microseconds to TRAGUARDO_USAGE_FILE, as JSON. CPU time, unlike wall time, does not
// grow with what other jobs on the machine do.
'use strict';
process.on('exit', () => {
  const usage = process.resourceUsage();
  const cpuMicros = usage.userCPUTime + usage.systemCPUTime;
  require('fs').writeFileSync(process.env.TRAGUARDO_USAGE_FILE, JSON.stringify({ peakBytes: usage.maxRSS * 1024, cpuMicros }));
});
