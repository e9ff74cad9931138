/** The source of src/schema/generated/validators.js. */
export function compileValidators(): string;
