declare module "async-exit-hook" {
  type TExitHook = {
    (hook: (done?: () => void) => void): void;
    unhookEvent(event: string): void;
  };
  const exitHook: TExitHook;
  export default exitHook;
}
