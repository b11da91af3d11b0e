// Preloaded into a child process (node --require): writes its peak resident memory in bytes to TRAGUARDO_PEAK_FILE.
'use strict';
process.on('exit', () => require('fs').writeFileSync(process.env.TRAGUARDO_PEAK_FILE, String(process.resourceUsage().maxRSS * 1024)));
