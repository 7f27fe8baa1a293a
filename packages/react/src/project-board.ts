import type {
  MiApplyErrorEvent,
  MiApplyOpenEvent,
  MiApplySubmitEvent,
  MiApplySuccessEvent,
  MiErrorEvent,
  MiInvalidItemsEvent,
  MiLoadEvent,
  MiProjectBoard,
  MiProjectSelectEvent,
} from '@microintern/widgets';
import { SHARED_ATTRIBUTES, type SharedElementProps } from './internal/shared-props.js';
import { wrapElement, type WrapperProps } from './internal/wrap-element.js';

/** What `<ProjectBoard>` passes to `<mi-project-board>`: where gigs come from, and the filters. */
export type ProjectBoardElementProps = SharedElementProps &
  Partial<
    Pick<
      MiProjectBoard,
      | 'api'
      | 'company'
      | 'src'
      | 'applyApi'
      | 'source'
      | 'pageSize'
      | 'currency'
      | 'q'
      | 'category'
      | 'skills'
      | 'schedule'
      | 'sort'
      | 'minRate'
      | 'maxHours'
      | 'syncUrl'
      | 'structuredData'
    >
  >;

/** The board's events as React props, each handed the widget's typed event. */
export interface ProjectBoardEvents {
  /** A page arrived and is on screen: `event.detail.items`, `total`, `nextCursor`. */
  onLoad?: (event: MiLoadEvent) => void;
  /** A page failed to load: `event.detail.error`. The board shows Retry. */
  onError?: (event: MiErrorEvent) => void;
  /** The source left out invalid items: `event.detail.skipped`. */
  onInvalidItems?: (event: MiInvalidItemsEvent) => void;
  /** A card's title was activated: `event.detail.project`. Cancelable. */
  onProjectSelect?: (event: MiProjectSelectEvent) => void;
  /**
   * A card's Apply button was pressed: `event.detail.project`. The board then opens its own
   * apply dialog; call `preventDefault()` to run your own application flow instead.
   */
  onApplyOpen?: (event: MiApplyOpenEvent) => void;
  /** From an apply form inside the board: a valid application is about to be sent. Cancelable. */
  onApplySubmit?: (event: MiApplySubmitEvent) => void;
  /** From an apply form inside the board: the API stored the application. */
  onApplySuccess?: (event: MiApplySuccessEvent) => void;
  /** From an apply form inside the board: sending failed. */
  onApplyError?: (event: MiApplyErrorEvent) => void;
}

/** Every prop `<ProjectBoard>` takes. */
export type ProjectBoardProps = WrapperProps<MiProjectBoard, ProjectBoardElementProps, ProjectBoardEvents>;

/**
 * A searchable, filterable board of gigs (`<mi-project-board>`), reading the Micro-Internship
 * API (`api`, `company`), a static feed (`src`), or any `ProjectSource` (`source`). Filter props
 * (`q`, `category`, `schedule`, `minRate`…) set the board's filters; the reader can change them.
 *
 * Safe to import and render on the server.
 *
 * @example
 * ```tsx
 * import { ProjectBoard } from '@microintern/react';
 *
 * <ProjectBoard
 *   api="https://api.example.com"
 *   company="acme"
 *   schedule={['weekend']}
 *   onLoad={(e) => console.log(`${e.detail.total} gigs`)}
 *   onApplySuccess={(e) => analytics.track('applied', { id: e.detail.receipt.id })}
 * />
 * ```
 */
export const ProjectBoard = wrapElement<MiProjectBoard, ProjectBoardElementProps, ProjectBoardEvents>({
  tagName: 'mi-project-board',
  displayName: 'ProjectBoard',
  properties: {
    ...SHARED_ATTRIBUTES,
    api: 'api',
    company: 'company',
    src: 'src',
    applyApi: 'apply-api',
    source: null,
    pageSize: 'page-size',
    currency: 'currency',
    q: 'q',
    category: 'category',
    skills: 'skills',
    schedule: 'schedule',
    sort: 'sort',
    minRate: 'min-rate',
    maxHours: 'max-hours',
    syncUrl: 'sync-url',
    structuredData: 'structured-data',
  },
  events: {
    onLoad: 'mi-load',
    onError: 'mi-error',
    onInvalidItems: 'mi-invalid-items',
    onProjectSelect: 'mi-project-select',
    onApplyOpen: 'mi-apply-open',
    onApplySubmit: 'mi-apply-submit',
    onApplySuccess: 'mi-apply-success',
    onApplyError: 'mi-apply-error',
  },
});
