// Parses and validates an AsyncAPI document with the AsyncAPI parser, resolving its file references (the JSON
// Schemas). Prints each diagnostic as "severity path: message"; exits 1 when any is an error.
import { Parser, fromFile } from '@asyncapi/parser';

const file = process.argv[2];
if (!file) {
  console.error('usage: node validate-asyncapi.mjs <asyncapi.yaml>');
  process.exit(2);
}
const severities = ['error', 'warning', 'info', 'hint'];
const { document, diagnostics } = await fromFile(new Parser(), file).parse();
for (const d of diagnostics) {
  console.log(`${severities[d.severity] ?? d.severity} ${d.path.join('.')}: ${d.message}`);
}
const errors = diagnostics.filter((d) => d.severity === 0);
if (!document || errors.length > 0) {
  console.log(`INVALID: ${errors.length} error(s)`);
  process.exit(1);
}
console.log(`VALID: ${document.channels().length} channels, ${document.operations().length} operations, `
  + `${document.components().messages().length} messages`);
