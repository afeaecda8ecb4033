export { CHROMIUM_LAUNCH } from "./chromium.js";
export { FUZZ_CHANNEL, hostileMessage, prototypeSnapshot } from "./fuzz.js";
export { type MockHostProcess, startMockHostProcess } from "./mock-host-process.js";
