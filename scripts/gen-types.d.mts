/** Generated file name (`laporan-skor.ts`) → its TypeScript source, one per schemas/*.schema.json. */
export function generateTypes(): Promise<Record<string, string>>;
