// The mouse commands of @web/test-runner-commands used by the availability picker's drag tests;
// merges with the declarations in commands.d.ts.
declare module '@web/test-runner-commands' {
  export function sendMouse(payload: { type: 'move' | 'down' | 'up' | 'click'; position?: [number, number]; button?: 'left' | 'middle' | 'right' }): Promise<void>;
  export function resetMouse(): Promise<void>;
}
