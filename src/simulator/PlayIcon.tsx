/** The Run/Continue triangle; its own file so the bottom panel's Run button does not load the simulator. */
export const PlayIcon = () => (
  <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
    <path d="M2.5 1.5v9l8-4.5z" fill="currentColor" />
  </svg>
);
