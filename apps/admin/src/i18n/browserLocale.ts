/** The first of the browser's languages the interface speaks; French (the product's own) else. */
export const browserLocale = (languages: readonly string[]): 'fr' | 'en' => {
  const spoken = languages.map((tag) => tag.toLowerCase().slice(0, 2));
  return spoken.find((code): code is 'fr' | 'en' => code === 'fr' || code === 'en') ?? 'fr';
};
