/**
 * `color=red`: one keyword per attribute value, lower-cased, so attribute filters compare
 * case-insensitively and one indexed array field serves every attribute in both adapters.
 */
export function attributeTerms(attributes: Record<string, string[]>): string[] {
  return Object.entries(attributes).flatMap(([code, values]) =>
    values.map((v) => `${code}=${v.toLowerCase()}`),
  );
}

/** `flag:sale`: the keyword of a yes/no attribute that holds, in the same array field as attribute terms. */
export function flagTerms(flags: Iterable<string>): string[] {
  return [...flags].map((code) => `flag:${code}`);
}
