import type { Session } from "./driver.js";

/** One user story, written once against the driver interface and run in every engine. */
export interface Flow {
  /** What is done and what must follow; the check's name is the engine's name, then this. */
  readonly name: string;
  run(session: Session, engine: string): Promise<void>;
}
