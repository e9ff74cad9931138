/** Colour is decided once in the CLI and handed to formatters as plain functions. */
export interface Style {
  error: (s: string) => string;
  warning: (s: string) => string;
  info: (s: string) => string;
  ok: (s: string) => string;
  dim: (s: string) => string;
  bold: (s: string) => string;
}

const same = (s: string) => s;
export const PLAIN: Style = { error: same, warning: same, info: same, ok: same, dim: same, bold: same };
