import type { KindTypes, YamlKind } from '../../schema/kinds.js';

/** A YAML document of a workspace after schema validation. */
export type LoadedDoc =
  | { [K in YamlKind]: { path: string; kind: K; valid: true; data: KindTypes[K] } }[YamlKind]
  | { path: string; kind: YamlKind; valid: false; data: unknown };

export type DocOf<K extends YamlKind> = { path: string; kind: K; valid: true; data: KindTypes[K] };

/** JSON pointer from segments. */
export function ptr(...segments: (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
