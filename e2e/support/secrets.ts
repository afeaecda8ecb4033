// Finds issued secrets in text (a URL, a header, a storage dump, a console
// line). Every secret the mock host issues has a recognisable shape, so the
// scan looks for those shapes and checks each hit against what was issued,
// instead of searching thousands of secrets in every string.

const SHAPES = [
  /\b(?:ct_anon|ct|at|lst|ex|mk_at|mkh|fs|code)_[A-Za-z0-9_-]{20,}/g,
  // Session tokens: base64 of `sst_…`.
  /c3N0X[A-Za-z0-9+/]{16,}={0,2}/g,
  /\b(?:sk_test_[A-Za-z0-9_]+|mk_test_secret)\b/g,
];

function decoded(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}

export interface Issued {
  readonly secrets: ReadonlySet<string>;
  readonly oauthCodes: ReadonlySet<string>;
}

/** The issued secrets (and, with `codes`, OAuth codes) that appear in `text`. */
export function findSecrets(text: string, issued: Issued, codes = true): string[] {
  const found = new Set<string>();
  for (const variant of [text, decoded(text)]) {
    for (const shape of SHAPES) {
      for (const [hit] of variant.matchAll(shape)) {
        if (issued.secrets.has(hit) || (codes && issued.oauthCodes.has(hit))) found.add(hit);
      }
    }
  }
  return [...found];
}
