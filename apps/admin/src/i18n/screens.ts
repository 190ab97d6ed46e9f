/**
 * Messages of the homes, the cohort overview, the attendance grid and the public side, kept
 * apart from `fr.ts`/`en.ts` so that work on those screens does not collide with other changes.
 */
export const screensFr = {
  screens: {
    language: 'Langue',
    unsaved: {
      title: 'Modifications non enregistrées',
      content: 'Des présences ne sont pas enregistrées. Quitter sans les enregistrer ?',
      leave: 'Quitter sans enregistrer',
      stay: 'Rester',
    },
    attendance: {
      save_all: 'Enregistrer les présences',
      unsaved:
        '%{smart_count} session modifiée non enregistrée |||| %{smart_count} sessions modifiées non enregistrées',
      all_saved: 'Tout est enregistré.',
      rule: 'Règle du cours : au moins %{percent} % de présence par phase.',
      rate_of: 'Taux — %{phase}',
      below: '%{rate} — sous la règle',
    },
    calendar: {
      rotate_warning:
        'Un nouveau lien remplace le précédent : les agendas abonnés à l’ancien lien ne seront plus mis à jour. Continuer ?',
      copy: 'Copier le lien',
      copied: 'Lien copié',
      copy_failed: 'Copie impossible : sélectionnez le lien et copiez-le.',
      subscribe: 'S’abonner dans mon agenda (webcal)',
    },
    public: {
      link_from_login: 'Les communs : cours ouverts et catalogue, sans compte',
      navigation: 'Navigation publique',
      commons: 'Les communs',
      commons_intro:
        'Les cours, leurs supports et le catalogue des civic-techs sont publiés sous licence libre : lisez-les, réutilisez-les.',
      courses: 'Cours publiés',
      no_course: 'Aucun cours publié pour le moment.',
      catalogue: 'Catalogue des civic-techs',
      open_data: 'Données ouvertes (zip)',
      sign_in: 'Se connecter',
      licence: 'Licence %{licence}',
      source_of: 'Code source de %{name}',
      website_of: 'Site de %{name}',
    },
    apply: {
      title: 'Candidater en binôme',
      intro:
        'Un binôme réunit un·e élu·e et un·e agent·e du même territoire. Les formateurs vous répondront par courriel.',
      territory: 'Territoire',
      territory_name: 'Nom du territoire',
      country: 'Pays (code ISO, ex. FR)',
      level: 'Échelon',
      display_name: 'Nom complet',
      email: 'Courriel',
      position: 'Fonction',
      submit: 'Envoyer la candidature',
      received: 'Candidature reçue. Les formateurs de la cohorte vous écriront.',
    },
  },
};

export type ScreensMessages = typeof screensFr;

export const screensEn: ScreensMessages = {
  screens: {
    language: 'Language',
    unsaved: {
      title: 'Unsaved changes',
      content: 'Some attendance is not saved. Leave without saving it?',
      leave: 'Leave without saving',
      stay: 'Stay',
    },
    attendance: {
      save_all: 'Save attendance',
      unsaved:
        '%{smart_count} changed session not saved |||| %{smart_count} changed sessions not saved',
      all_saved: 'Everything is saved.',
      rule: 'Course rule: at least %{percent} % attendance per phase.',
      rate_of: 'Rate — %{phase}',
      below: '%{rate} — below the rule',
    },
    calendar: {
      rotate_warning:
        'A new link replaces the previous one: calendars subscribed to the old link will stop updating. Continue?',
      copy: 'Copy the link',
      copied: 'Link copied',
      copy_failed: 'Could not copy: select the link and copy it.',
      subscribe: 'Subscribe in my calendar (webcal)',
    },
    public: {
      link_from_login: 'The commons: open courses and catalogue, no account needed',
      navigation: 'Public navigation',
      commons: 'The commons',
      commons_intro:
        'Courses, their material and the civic-tech catalogue are published under free licences: read them, reuse them.',
      courses: 'Published courses',
      no_course: 'No published course yet.',
      catalogue: 'Civic-tech catalogue',
      open_data: 'Open data (zip)',
      sign_in: 'Sign in',
      licence: 'Licence %{licence}',
      source_of: 'Source code of %{name}',
      website_of: 'Website of %{name}',
    },
    apply: {
      title: 'Apply as a pair',
      intro:
        'A pair brings together an elected official and a civil servant of the same territory. The trainers will answer by email.',
      territory: 'Territory',
      territory_name: 'Territory name',
      country: 'Country (ISO code, e.g. FR)',
      level: 'Level',
      display_name: 'Full name',
      email: 'Email',
      position: 'Position',
      submit: 'Send the application',
      received: 'Application received. The cohort’s trainers will write to you.',
    },
  },
};
