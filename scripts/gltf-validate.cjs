#!/usr/bin/env node
// Validate GLB files with the Khronos glTF Validator (npm `gltf-validator`, which scripts/setup
// installs into .cache/gltf) and print one JSON report per file, one per line.
//
//   node scripts/gltf-validate.cjs a.glb b.glb ...
//
// Each line is the validator's own report (uri, issues.numErrors, issues.messages, info ...).
// Exit status: 0 when no file has an error, 1 when one has, 2 when the validator or a file
// cannot be read. FIGMENT_GLTF_VALIDATOR names another folder holding the npm package.
'use strict';

const fs = require('fs');
const path = require('path');

const where = process.env.FIGMENT_GLTF_VALIDATOR ||
  path.join(__dirname, '..', '.cache', 'gltf', 'node_modules', 'gltf-validator');

async function main(files) {
  if (files.length === 0) {
    process.stderr.write('usage: node scripts/gltf-validate.cjs FILE.glb ...\n');
    return 2;
  }
  let validator;
  try {
    validator = require(where);
  } catch (err) {
    process.stderr.write(`gltf-validator is missing at ${where}: run scripts/setup ` +
      '(or npm install gltf-validator@2.0.0-dev.3.10 and set FIGMENT_GLTF_VALIDATOR)\n');
    return 2;
  }
  let status = 0;
  for (const file of files) {
    let data;
    try {
      data = new Uint8Array(fs.readFileSync(file));
    } catch (err) {
      process.stderr.write(`cannot read ${file}: ${err.message}\n`);
      return 2;
    }
    const report = await validator.validateBytes(data, {
      uri: file,
      format: 'glb',
      maxIssues: 100,
      // A GLB from Figment carries everything in its own buffer; anything else is an error.
      externalResourceFunction: (uri) => Promise.reject(new Error(`external resource ${uri}`)),
    });
    if (report.issues.numErrors > 0) status = 1;
    process.stdout.write(JSON.stringify(report) + '\n');
  }
  return status;
}

main(process.argv.slice(2)).then(
  (status) => { process.exitCode = status; },
  (err) => { process.stderr.write(`${err.stack || err}\n`); process.exitCode = 2; },
);
