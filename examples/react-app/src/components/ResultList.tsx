import { useEffect, useRef, useState } from 'react';
import type { Project, ProjectSort } from '@microintern/core';
import { ProjectCard, useElementsDefined, type UseProjectsResult } from '@microintern/react';
import { SORTS } from '../filters.js';
import { useRenderBudget } from '../use-render-budget.js';
import { StatusMessage } from './StatusMessage.js';

interface ResultListProps {
  result: UseProjectsResult;
  sort: ProjectSort;
  onSort: (sort: ProjectSort) => void;
  onApply: (project: Project) => void;
  /** A pointer or the keyboard reached a card: Apply may come next. */
  onApplyIntent?: () => void;
  onClearFilters: (() => void) | undefined;
}

const CARD = ['mi-project-card'] as const;
/** Cards built per step after the first screen: a row of the grid on a wide screen. */
const CARDS_PER_STEP = 2;

/**
 * How many cards the first screen shows, from the skeletons that hold their place: those that
 * start on screen, plus a step for cards shorter than their skeleton. Everything when the last
 * skeleton ends on screen: the screen may hold more cards than there are skeletons.
 */
function cardsOnScreen(skeletons: HTMLElement): number {
  const boxes = [...skeletons.children].map((skeleton) => skeleton.getBoundingClientRect());
  const last = boxes.at(-1);
  if (!last || last.bottom < window.innerHeight) return Infinity;
  return boxes.filter((box) => box.top < window.innerHeight).length + CARDS_PER_STEP;
}

function countText({ status, page, projects }: UseProjectsResult): string {
  if (status === 'loading' && !page) return 'Loading gigs…';
  if (status === 'error' && !page) return 'No gigs loaded';
  const total = page?.total ?? projects.length;
  return `${total} ${total === 1 ? 'gig' : 'gigs'}`;
}

/**
 * The results: a count and sort menu, the cards, and the states around them (loading, empty,
 * failed with Retry, and Load more). Cards stay on screen, dimmed, while a new query loads.
 * A page of cards is built a screenful first and then a row a frame (`useRenderBudget`).
 */
export function ResultList({ result, sort, onSort, onApply, onApplyIntent, onClearFilters }: ResultListProps) {
  const { projects, status, error, hasMore, loadMore, loadingMore, reload, page } = result;
  const busy = status === 'loading';
  // A new query is loading: the cards on screen answer the previous one.
  const stale = busy && !loadingMore;
  // Gigs that arrive before the card's code would lay out as empty tags and then grow: the
  // skeletons hold their place until the cards can draw.
  const cardsReady = useElementsDefined(CARD);
  const placeholders = (busy && !page) || (projects.length > 0 && !cardsReady);
  // Measured while the skeletons are up, before the cards replace them, in a frame callback:
  // the browser lays the page out for that frame anyway, where a layout effect would add the
  // layout of the whole page to React's first task.
  const skeletons = useRef<HTMLDivElement>(null);
  const [firstScreen, setFirstScreen] = useState(Infinity);
  useEffect(() => {
    const grid = skeletons.current;
    if (!grid) return undefined;
    const frame = requestAnimationFrame(() => setFirstScreen(cardsOnScreen(grid)));
    return () => cancelAnimationFrame(frame);
  }, [placeholders]);
  const shown = useRenderBudget(cardsReady ? projects.length : 0, firstScreen, CARDS_PER_STEP);
  return (
    <section className="results" aria-labelledby="gigs-title" aria-busy={busy || placeholders || shown < projects.length}>
      <div className="results__head">
        {/* The h2 between the page's h1 and the cards' h3 titles keeps the outline in order. */}
        <div className="results__summary">
          <h2 className="results__title" id="gigs-title">
            Open gigs
          </h2>
          <p className="results__count" role="status">
            {countText(result)}
          </p>
        </div>
        <label className="sort">
          <span>Sort by</span>
          <select value={sort} onChange={(event) => onSort(event.currentTarget.value as ProjectSort)}>
            {SORTS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      </div>

      {status === 'error' && (
        <StatusMessage kind="error" title={page ? 'The next gigs could not be loaded' : 'Gigs could not be loaded'} error={error}>
          <button type="button" className="button" onClick={page ? loadMore : reload}>
            Try again
          </button>
        </StatusMessage>
      )}

      {status === 'success' && projects.length === 0 && (
        <StatusMessage kind="empty" title="No gigs match these filters">
          {onClearFilters && (
            <button type="button" className="button button--secondary" onClick={onClearFilters}>
              Clear filters
            </button>
          )}
        </StatusMessage>
      )}

      {placeholders && (
        <div ref={skeletons} className="grid" aria-hidden="true">
          {Array.from({ length: 6 }, (_, i) => (
            <div key={i} className="skeleton" />
          ))}
        </div>
      )}

      {projects.length > 0 && cardsReady && (
        <ul className="grid" data-stale={stale ? '' : undefined} onPointerOver={onApplyIntent} onFocus={onApplyIntent}>
          {projects.slice(0, shown).map((project) => (
            <li key={project.id}>
              <ProjectCard
                project={project}
                locale="en-US"
                onApplyOpen={(event) => {
                  // This app has its own apply dialog: the card's built-in one stays shut.
                  event.preventDefault();
                  onApply(event.detail.project);
                }}
              />
            </li>
          ))}
        </ul>
      )}

      {(hasMore || loadingMore) && status !== 'error' && !placeholders && (
        <div className="more">
          <button type="button" className="button button--secondary" onClick={loadMore} disabled={busy}>
            {loadingMore ? 'Loading…' : 'Show more gigs'}
          </button>
        </div>
      )}
    </section>
  );
}
