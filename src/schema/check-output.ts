/**
 * Strict validation (no coercion) of an output object against its schema, with a runtime ajv.
 * For tests and tooling only: the commands use the precompiled validators.
 */
import { Ajv } from 'ajv';
import { loadSchema } from './validator.js';
import type { SchemaName } from './kinds.js';

export function checkOutput(name: SchemaName, data: unknown): string[] {
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strict: true });
  ajv.addVocabulary(['x-description-en']);
  const fn = ajv.compile(loadSchema(name));
  return fn(data) ? [] : (fn.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
