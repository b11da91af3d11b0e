#!/usr/bin/env node
// Prints the one line CI reads, `N passed, M failed`, summed over one or more jest `--json` result files.
// Usage: node scripts/test-summary.js .jest-results.json [more.json ...]   (exit code 1 when anything failed)
'use strict';

const fs = require('fs');

// Totals of one jest JSON result; suites that could not run count as failures with a reason.
function totalsOf(file) {
  if (!fs.existsSync(file)) {
    return { passed: 0, failed: 0, problems: [`${file} was not written: the test run stopped before jest reported (see the output above).`] };
  }
  let result;
  try {
    result = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    return { passed: 0, failed: 0, problems: [`${file} is not valid JSON: ${error.message}`] };
  }
  const problems = [];
  const brokenSuites = (result.testResults || []).filter(
    (suite) => suite.status === 'failed' && (suite.assertionResults || []).every((test) => test.status !== 'failed'),
  );
  for (const suite of brokenSuites) {
    const reason = String(suite.message || 'no message').split('\n').find((line) => line.trim()) || 'no message';
    problems.push(`${suite.name} could not run: ${reason.trim()}`);
  }
  return { passed: result.numPassedTests || 0, failed: result.numFailedTests || 0, problems };
}

function main(files) {
  if (files.length === 0) {
    console.error('Usage: node scripts/test-summary.js <jest-results.json> [...]');
    process.exit(2);
  }
  const totals = files.map(totalsOf);
  const passed = totals.reduce((sum, t) => sum + t.passed, 0);
  const failed = totals.reduce((sum, t) => sum + t.failed, 0);
  const problems = totals.flatMap((t) => t.problems);
  for (const problem of problems) console.log(problem);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || problems.length > 0 ? 1 : 0);
}

main(process.argv.slice(2));
