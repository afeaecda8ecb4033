export { createApp } from "./app.js";
export { configFromEnv, DEFAULT_ALLOWED_ORIGINS, DEFAULT_MOONPAY_SECRET_KEY, DEFAULT_PORT, type MockHostConfig } from "./config.js";
export { parseAllowedOrigins } from "./allowed-origins.js";
export { startMockHost, type RunningMockHost } from "./server.js";
