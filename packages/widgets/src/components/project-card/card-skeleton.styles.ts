import { css } from 'lit';

/**
 * The loading placeholder: grey "bones" in the outline of a card, pulsing gently (not at all
 * for readers who ask for reduced motion, see the tokens' reduced-motion rule).
 */
export const cardSkeletonStyles = css`
  .skeleton {
    pointer-events: none;
  }
  .bone {
    display: block;
    border-radius: 6px;
    background: var(--_skeleton);
    animation: mi-pulse 1.4s ease-in-out infinite;
  }
  .bone.line {
    height: 0.875rem;
  }
  .heading .bone.line {
    margin: 0.25rem 0 0.5rem;
  }
  .bone.wide {
    width: 75%;
  }
  .bone.short {
    width: 40%;
  }
  .skeleton .facts {
    background: none;
    padding: 0;
  }
  .bone.block {
    flex: 1;
    height: 3.25rem;
  }
  .bone.pill {
    width: 5.5rem;
    height: 1.5rem;
    border-radius: 999px;
  }
  .bone.button {
    width: 5rem;
    height: 2.25rem;
    margin-inline-start: auto;
  }
  @keyframes mi-pulse {
    50% {
      opacity: 0.55;
    }
  }
`;
