import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

declare global {
  // React reads this to know `act()` is in use, and warns about updates outside it otherwise.
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

/** A React tree mounted in the test page. */
export interface Mounted {
  container: HTMLElement;
  /** Renders a new tree into the same root (a prop change, as React would apply it). */
  render(node: ReactNode): Promise<void>;
  unmount(): Promise<void>;
}

const mounted = new Set<Mounted>();

/**
 * Mounts `node` with React 19's `createRoot` inside `act()`, so effects have run and the
 * wrappers have set their element properties and listeners when it resolves.
 */
export async function mount(node: ReactNode): Promise<Mounted> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(node));
  const handle: Mounted = {
    container,
    render: (next) => act(async () => root.render(next)),
    async unmount() {
      mounted.delete(handle);
      await act(async () => root.unmount());
      container.remove();
    },
  };
  mounted.add(handle);
  return handle;
}

/** Unmounts everything {@link mount} left mounted; call it in `afterEach`. */
export async function unmountAll(): Promise<void> {
  for (const handle of [...mounted]) await handle.unmount();
}

/** The first element matching `selector` in the mounted tree; fails the test when missing. */
export function find<E extends Element>(container: ParentNode, selector: string): E {
  const element = container.querySelector<E>(selector);
  if (!element) throw new Error(`nothing matches ${selector}`);
  return element;
}

/** Runs `fn` (a click, a dispatched event) inside `act()`, so the React updates it causes are flushed. */
export function interact(fn: () => void | Promise<void>): Promise<void> {
  return act(async () => {
    await fn();
  });
}
