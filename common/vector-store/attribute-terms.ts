/**
 * `color=red`: one keyword per attribute value, lower-cased, so attribute filters compare
 * case-insensitively and one indexed array field serves every attribute in both adapters.
 */
export function attributeTerms(attributes: Record<string, string[]>): string[] {
  return Object.entries(attributes).flatMap(([code, values]) =>
    values.map((v) => `${code}=${v.toLowerCase()}`),
  );
}
