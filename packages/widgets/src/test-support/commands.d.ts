// The browser side of @web/test-runner-commands, served by the test config's resolver. Only the
// commands these tests use are declared.
declare module '@web/test-runner-commands' {
  export function sendKeys(payload: { press: string } | { type: string } | { down: string } | { up: string }): Promise<void>;
  export function emulateMedia(payload: { colorScheme?: 'light' | 'dark'; reducedMotion?: 'reduce' | 'no-preference'; forcedColors?: 'active' | 'none' }): Promise<void>;
  export function setViewport(payload: { width: number; height: number }): Promise<void>;
}
