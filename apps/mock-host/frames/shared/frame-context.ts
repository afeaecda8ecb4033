import { originPatternToRegExp } from "../../src/allowed-origins.js";

/** The channel id the parent put in this frame's URL, if it is shaped like one. */
export function readChannelId(): string | undefined {
  const id = new URL(location.href).searchParams.get("channelId");
  return id && /^[A-Za-z0-9_-]{1,128}$/.test(id) ? id : undefined;
}

/**
 * A parameter of this frame's URL (MoonPay's frames take their tokens and
 * settings there), or `undefined` when absent, empty or implausibly long.
 * The value is only ever sent to the frame's own backend, never logged or
 * stored.
 */
export function readParam(name: string): string | undefined {
  const value = new URL(location.href).searchParams.get(name);
  return value && value.length <= 4096 ? value : undefined;
}

/** The merchant origins this frame may talk to, as the server wrote them into the page. */
export function readAllowedOrigins(): RegExp[] {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="framelink-allowed-origins"]');
  return (meta?.content ?? "").split(",").filter(Boolean).map(originPatternToRegExp);
}
