/** Apprenance's own French messages; react-admin's come from ra-language-french. */
export const fr = {
  apprenance: {
    title: 'Apprenance',
    auth: {
      too_many_attempts: 'Trop de tentatives de connexion. Réessayez dans quelques minutes.',
    },
    dashboard: {
      title: 'Tableau de bord',
      greeting: 'Bonjour %{name}\u00a0!',
      role: 'Votre rôle\u00a0: %{role}',
    },
    roles: {
      admin: 'Administrateur·rice',
      trainer: 'Formateur·rice',
      participant: 'Participant·e',
    },
    locales: { fr: 'Français', en: 'Anglais' },
    kinds: { political: 'Élu·e', technical: 'Agent·e technique' },
    levels: {
      municipality: 'Commune',
      inter_municipality: 'Intercommunalité',
      department_or_province: 'Département ou province',
      region: 'Région',
      other: 'Autre',
    },
    audit: { system: 'Système' },
    users: {
      password_help: 'Laissez vide pour garder le mot de passe actuel.',
    },
    validation: {
      country: 'Code pays ISO à deux lettres majuscules, par exemple FR',
    },
  },
  resources: {
    users: {
      name: 'Utilisateur |||| Utilisateurs',
      fields: {
        email: 'E-mail',
        displayName: 'Nom affiché',
        locale: 'Langue',
        role: 'Rôle',
        password: 'Mot de passe',
        isActive: 'Actif',
        kind: 'Profil',
        territoryId: 'Territoire',
        position: 'Fonction',
        createdAt: 'Créé le',
        updatedAt: 'Modifié le',
      },
    },
    territories: {
      name: 'Territoire |||| Territoires',
      empty: 'Aucun territoire pour le moment.',
      fields: {
        name: 'Nom',
        country: 'Pays',
        level: 'Échelon',
        createdAt: 'Créé le',
        updatedAt: 'Modifié le',
      },
    },
    'audit-log': {
      name: "Entrée du journal |||| Journal d'audit",
      empty: "Le journal d'audit est vide.",
      fields: {
        id: 'Numéro',
        occurredAt: 'Date',
        actorId: 'Auteur·rice',
        action: 'Action',
        entityType: "Type d'objet",
        entityId: "Identifiant de l'objet",
        changes: 'Modifications',
        requestId: 'Identifiant de requête',
      },
    },
  },
};

export type Messages = typeof fr;
