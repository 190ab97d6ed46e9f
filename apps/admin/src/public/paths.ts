/** The public side's routes: readable without an account. */
export const PUBLIC_HOME = '/public';
export const publicCoursePath = (slug: string) =>
  `${PUBLIC_HOME}/courses/${encodeURIComponent(slug)}`;
export const PUBLIC_CATALOGUE = `${PUBLIC_HOME}/civic-techs`;
export const publicApplyPath = (cohortId: string) =>
  `${PUBLIC_HOME}/apply/${encodeURIComponent(cohortId)}`;
