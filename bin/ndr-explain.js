#!/usr/bin/env node
"use strict";
// Bundled into one file by `npm run build:cli` (run on install by `prepare`).
require("../lib/ndr-explain.js");
