// journey.schema.json as an author's tools read it: Ajv 8 (JSON Schema 2020-12, strict mode,
// ajv-formats) compiles it, every built-in journey passes, and each broken sample whose mistake is
// one of shape fails, naming the place. The schema is generated from the Rust types and kept in
// step by `cargo test --lib journey::schema`; these tests check that what it says is what the
// loader means (samples.mjs; tests/authors/command.test.mjs runs the loader on the same samples).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { BUILTIN, BROKEN, minimal, schema } from './samples.mjs';

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
// schemars writes Rust's integer widths as formats; Ajv's strict mode wants each one defined.
ajv.addFormat('uint32', { type: 'number', validate: (n) => Number.isInteger(n) && n >= 0 && n <= 0xffff_ffff });
const validate = ajv.compile(schema());
const errors = () => ajv.errorsText(validate.errors, { separator: '\n' });

test('the schema is JSON Schema 2020-12 and compiles under Ajv strict mode', () => {
  const s = schema();
  assert.equal(s.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(s.type, 'object');
  assert.equal(s.additionalProperties, false, 'a misspelt top-level key is an error, as in the loader');
  assert.deepEqual(s.required.sort(), ['id', 'start', 'steps', 'title']);
});

for (const file of BUILTIN) {
  test(`the built-in journey ${basename(file)} validates`, () => {
    const journey = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(validate(journey), true, errors());
  });
}

test('the minimal sample, with "$schema", validates', () => {
  assert.equal(validate(minimal()), true, errors());
});

for (const sample of BROKEN.filter((s) => s.schemaSees)) {
  test(`broken, the schema refuses it: ${sample.name}`, () => {
    assert.equal(validate(sample.journey), false, `${sample.name} passed the schema`);
    const [step, field] = sample.where;
    // The first segment of the field (e.g. `on[0].minutes` → `on`) is in some error's path.
    const top = field.split(/[.[]/)[0];
    const paths = validate.errors.map((e) => `${e.instancePath} ${JSON.stringify(e.params)}`);
    assert.ok(
      paths.some((p) => p.includes(top)),
      `an error names ${top}${step ? ` in step ${step}` : ''}:\n${paths.join('\n')}`,
    );
  });
}

for (const sample of BROKEN.filter((s) => !s.schemaSees)) {
  test(`only the loader can see it, the schema's shape allows it: ${sample.name}`, () => {
    assert.equal(validate(sample.journey), true, errors());
  });
}

test('editor help: every keyword the loader accepts is listed, with its meaning', () => {
  const defs = schema().$defs;
  const words = (name) => (defs[name].oneOf ?? []).map((v) => v.const ?? v.enum?.[0]).concat(defs[name].enum ?? []);
  assert.deepEqual(words('OutcomeKind').sort(), ['blocked', 'handoff', 'recovered']);
  assert.ok(words('Screen').includes('alt-phone-sms'));
  assert.ok(words('Action').includes('call-me-now'));
  const kinds = defs.OutcomeKind.oneOf;
  assert.ok(kinds.every((k) => typeof k.description === 'string' && k.description.length > 0), 'each kind is explained');
});
