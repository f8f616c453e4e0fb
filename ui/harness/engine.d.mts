export function harnessPath(): string;
export class Engine {
  constructor(path?: string);
  call(session: number | null, cmd: string, args?: Record<string, unknown>): Promise<unknown>;
  readonly pending: number;
  idle(): Promise<void>;
  close(): void;
}
export function sharedEngine(): Engine;
