#!/usr/bin/env node
// Size budget of the production build: gzipped JavaScript each entry loads at start, against budget.json.
// Usage: node scripts/check-budget.js [--dist dist] [--budget budget.json]   (exit code 1 when over budget)
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const KB = 1024;

function gzipSize(file) {
  return zlib.gzipSync(fs.readFileSync(file)).length;
}

/**
 * Measures the initial JavaScript of each budgeted entry, as listed in dist/entrypoints.json.
 * The task pane's figure excludes files the functions entry loads: they are budgeted there.
 * Returns [{ entry, files, gzipBytes, maxGzipKB }] or throws an Error naming what is missing.
 */
function measure(distDir, budget) {
  const entrypointsFile = path.join(distDir, 'entrypoints.json');
  if (!fs.existsSync(entrypointsFile)) {
    throw new Error(`${entrypointsFile} not found: run \`npm run build\` first.`);
  }
  const entrypoints = JSON.parse(fs.readFileSync(entrypointsFile, 'utf8'));
  const functionsFiles = new Set((entrypoints.functions && entrypoints.functions.initial) || []);
  return Object.entries(budget.maxGzipKB).map(([entry, maxGzipKB]) => {
    if (!entrypoints[entry]) {
      throw new Error(`budget.json names the entry "${entry}", but the build has no such entry (found: ${Object.keys(entrypoints).join(', ')}).`);
    }
    const files = entrypoints[entry].initial.filter((file) => entry === 'functions' || !functionsFiles.has(file));
    const gzipBytes = files.reduce((sum, file) => sum + gzipSize(path.join(distDir, file)), 0);
    return { entry, files, gzipBytes, maxGzipKB };
  });
}

function report(measurements) {
  const lines = measurements.map(({ entry, files, gzipBytes, maxGzipKB }) => {
    const verdict = gzipBytes <= maxGzipKB * KB ? 'ok' : 'OVER BUDGET';
    return `${entry}: ${(gzipBytes / KB).toFixed(1)} KB gzipped (budget ${maxGzipKB} KB) ${verdict}  [${files.join(', ')}]`;
  });
  const over = measurements.filter(({ gzipBytes, maxGzipKB }) => gzipBytes > maxGzipKB * KB);
  return { lines, ok: over.length === 0 };
}

function argument(name, fallback) {
  const index = process.argv.indexOf(name);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

function main() {
  const root = path.resolve(__dirname, '..');
  const distDir = path.resolve(argument('--dist', path.join(root, 'dist')));
  const budgetFile = path.resolve(argument('--budget', path.join(root, 'budget.json')));
  try {
    const budget = JSON.parse(fs.readFileSync(budgetFile, 'utf8'));
    const { lines, ok } = report(measure(distDir, budget));
    console.log('Size budget (gzipped initial JavaScript):');
    for (const line of lines) console.log(`  ${line}`);
    if (!ok) {
      console.error(`Over budget: shrink the bundle (lazy-load with import(), import Fluent components one by one) or raise the figure in ${path.relative(root, budgetFile)} on purpose.`);
      process.exit(1);
    }
  } catch (error) {
    console.error(`Size budget check failed: ${error.message}`);
    process.exit(1);
  }
}

if (require.main === module) main();

module.exports = { measure, report };
