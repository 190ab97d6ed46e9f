/**
 * Accent-insensitive full-text search over a `search_vector` column built with the
 * `fr_unaccent` and `en_unaccent` configurations (see the CommonsCatalogue migration). The
 * query is parsed both ways and either may match, so "deliberation" finds "délibération" in
 * French text and "deliberation" in English text. Bind the search text as `:q`.
 */
const QUERY = `(websearch_to_tsquery('public.fr_unaccent', :q) || websearch_to_tsquery('public.en_unaccent', :q))`;

export function matchesText(alias: string): string {
  return `"${alias}"."search_vector" @@ ${QUERY}`;
}

export function textRank(alias: string): string {
  return `ts_rank("${alias}"."search_vector", ${QUERY})`;
}
