import { expect, it } from "vitest";
import * as moonpay from "./index.js";

// Every public change shows in review: the runtime exports are part of the contract.
it("exports exactly the public API", () => {
  expect(Object.keys(moonpay).sort()).toEqual([
    "DEFAULT_CALL_TIMEOUT_MS",
    "DEFAULT_HANDSHAKE_TIMEOUT_MS",
    "ErrorCode",
    "FramelinkError",
    "MOONPAY_API_BASE_URL",
    "MOONPAY_FRAME_BASE_URL",
    "PAYMENT_BUTTON_HEIGHT",
    "RESET_TIMEOUT_MS",
    "createClient",
    "normalizeTransactionStatus",
  ]);
});
