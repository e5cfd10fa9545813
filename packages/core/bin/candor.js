#!/usr/bin/env node
// The CLI is built by rollup (npm run build) from src/cli/main.ts.
import '../dist/cli.js';
