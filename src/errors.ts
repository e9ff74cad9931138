/**
 * "The tool cannot run as asked" (exit 2) is a typed error; "the data is bad" is a finding.
 * Messages are bilingual at the throw site because they are rare and short.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    readonly pesan: { id: string; en: string },
    options?: { cause?: unknown },
  ) {
    super(pesan.en, options);
  }
}

/** A path that is missing or unreadable, an output over an input, and the like. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly pesan: { id: string; en: string },
    options?: { cause?: unknown },
  ) {
    super(pesan.en, options);
  }
}
