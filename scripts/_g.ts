import fc from 'fast-check';
import { buildApiDocument } from '../api/openapi-document.ts';
import { SchemaArbitraries, operationsOf, partsOf, render, stringFieldsOf } from '../test/support/openapi-requests.ts';
const d = buildApiDocument() as any;
const arbs = new SchemaArbitraries(d.components.schemas);
for (const op of operationsOf(d)) {
  try {
    const t = Date.now();
    const s = fc.sample(partsOf(arbs, op), 20);
    const r = render(op, s[0]!);
    console.log(op.method, op.path, Date.now() - t, 'ms', JSON.stringify(r).slice(0, 160), op.body ? JSON.stringify(stringFieldsOf(arbs, op.body.schema)) : '');
  } catch (e) { console.log('FAIL', op.method, op.path, (e as Error).message.slice(0, 300)); }
}
