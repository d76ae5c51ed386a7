// Validates core Kubernetes objects with the npm package kubernetes-models (schemas generated from the
// Kubernetes OpenAPI: required fields, types, formats, enums). Reads a JSON array of objects on stdin and
// prints a JSON array with, for each object, the list of its violations.
'use strict';
const path = require('path');

function modelOf(apiVersion, kind) {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  const modulePath = ['kubernetes-models', group, version, kind].filter(Boolean).join('/');
  try {
    return require(require.resolve(modulePath, { paths: [path.resolve(__dirname, '../../')] }))[kind];
  } catch (e) {
    return undefined;
  }
}

const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', () => {
  const objects = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const results = objects.map((object) => {
    const Model = modelOf(object.apiVersion || '', object.kind || '');
    if (!Model) {
      return [`kubernetes-models has no ${object.apiVersion} ${object.kind}`];
    }
    try {
      new Model(object).validate();
      return [];
    } catch (e) {
      return String(e.message).split('\n').filter(Boolean);
    }
  });
  process.stdout.write(JSON.stringify(results));
});
