// The words for core's status vocabularies, shared by the views that show or filter by them.
import type { ApplicationStatusName, ProjectStatus } from '@microintern/core';
import type { Catalog, Lang } from './locale.js';

const applicationStatusLabels: Catalog<Record<ApplicationStatusName, string>> = {
  en: { received: 'Received', reviewing: 'Reviewing', accepted: 'Accepted', declined: 'Declined' },
  es: { received: 'Recibida', reviewing: 'En revisión', accepted: 'Aceptada', declined: 'Rechazada' },
};

const projectStatusLabels: Catalog<Record<ProjectStatus, string>> = {
  en: { open: 'Open', closed: 'Closed', filled: 'Filled' },
  es: { open: 'Abierto', closed: 'Cerrado', filled: 'Cubierto' },
};

/**
 * An application's status in words.
 *
 * @example
 * ```ts
 * applicationStatusLabel('reviewing', 'es'); // 'En revisión'
 * ```
 */
export function applicationStatusLabel(status: ApplicationStatusName, lang: Lang): string {
  return applicationStatusLabels[lang][status];
}

/**
 * A gig's status in words.
 *
 * @example
 * ```ts
 * projectStatusLabel('filled', 'en'); // 'Filled'
 * ```
 */
export function projectStatusLabel(status: ProjectStatus, lang: Lang): string {
  return projectStatusLabels[lang][status];
}
