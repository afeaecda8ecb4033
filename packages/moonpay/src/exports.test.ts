import { expect, it } from "vitest";
import * as moonpay from "./index.js";

// Every public change shows in review: the runtime exports are part of the contract.
it("exports exactly the public API", () => {
  expect(Object.keys(moonpay).sort()).toEqual([
    "APPLE_PAY_FRAME_HEIGHT",
    "DEFAULT_CALL_TIMEOUT_MS",
    "DEFAULT_HANDSHAKE_TIMEOUT_MS",
    "ErrorCode",
    "FramelinkError",
    "MOONPAY_API_ORIGIN",
    "MOONPAY_FRAME_ORIGIN",
    "RESET_TIMEOUT_MS",
    "createClient",
    "normalizeTransactionStatus",
  ]);
});
