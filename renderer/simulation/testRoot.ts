import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

// React warns about updates outside act() unless told that this is a test environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A component test's React root and the element it draws into. */
export interface TestRoot {
  readonly root: Root;
  readonly host: HTMLElement;
  /** Unmounts what the root shows and starts a new root in the same element, as a view opened afresh. */
  remount(): void;
}

/**
 * A fresh React root in an element of the document for each test of the file that calls it (at its top level),
 * unmounted and removed after the test.
 */
export function testRoot(): TestRoot {
  let root: Root | null = null;
  let host: HTMLElement | null = null;
  beforeEach(() => {
    host = document.body.appendChild(document.createElement('div'));
    root = createRoot(host);
  });
  afterEach(() => {
    act(() => root!.unmount());
    host!.remove();
  });
  return {
    get root() {
      return root!;
    },
    get host() {
      return host!;
    },
    remount() {
      act(() => root!.unmount());
      root = createRoot(host!);
    },
  };
}
