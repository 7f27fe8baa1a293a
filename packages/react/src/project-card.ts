import type { MiApplyOpenEvent, MiErrorEvent, MiLoadEvent, MiProjectCard, MiProjectSelectEvent } from '@microintern/widgets';
import { SHARED_ATTRIBUTES, type SharedElementProps } from './internal/shared-props.js';
import { wrapElement, type WrapperProps } from './internal/wrap-element.js';

/** What `<ProjectCard>` passes to `<mi-project-card>`: inline data, or what to load it from. */
export type ProjectCardElementProps = SharedElementProps &
  Partial<Pick<MiProjectCard, 'project' | 'projectId' | 'api' | 'company' | 'src' | 'applyApi' | 'source' | 'expanded'>>;

/** The card's events as React props, each handed the widget's typed event. */
export interface ProjectCardEvents {
  /** The title was activated: `event.detail.project`. Call `preventDefault()` to stop the card expanding. */
  onProjectSelect?: (event: MiProjectSelectEvent) => void;
  /**
   * The Apply button was pressed: `event.detail.project`. The card then opens its own apply
   * dialog; call `preventDefault()` to open your flow instead.
   */
  onApplyOpen?: (event: MiApplyOpenEvent) => void;
  /** The card loaded its project (`project-id` mode): `event.detail.items[0]`. */
  onLoad?: (event: MiLoadEvent) => void;
  /** Loading failed: `event.detail.error`. The card shows a Retry button. */
  onError?: (event: MiErrorEvent) => void;
}

/** Every prop `<ProjectCard>` takes. */
export type ProjectCardProps = WrapperProps<MiProjectCard, ProjectCardElementProps, ProjectCardEvents>;

/**
 * One paid micro-internship as a card (`<mi-project-card>`): title, company, pay with its
 * explanation, effort, time to finish, schedule badge, skills, deadline and an Apply button.
 * Pass a `project` you already have, or a `projectId` with a `source`, `api` or `src` to load.
 *
 * Safe to import and render on the server: the tag is rendered with its attributes, and the
 * element is loaded and upgraded in the browser.
 *
 * @example
 * ```tsx
 * import { ProjectCard } from '@microintern/react';
 *
 * function Gig({ project }: { project: Project }) {
 *   return <ProjectCard project={project} locale="en-GB" onApplyOpen={(e) => { e.preventDefault(); openApply(e.detail.project); }} />;
 * }
 * ```
 */
export const ProjectCard = wrapElement<MiProjectCard, ProjectCardElementProps, ProjectCardEvents>({
  tagName: 'mi-project-card',
  displayName: 'ProjectCard',
  properties: {
    ...SHARED_ATTRIBUTES,
    project: null,
    projectId: 'project-id',
    api: 'api',
    company: 'company',
    src: 'src',
    applyApi: 'apply-api',
    source: null,
    expanded: 'expanded',
  },
  events: {
    onProjectSelect: 'mi-project-select',
    onApplyOpen: 'mi-apply-open',
    onLoad: 'mi-load',
    onError: 'mi-error',
  },
});
