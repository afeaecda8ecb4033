import { originPatternToRegExp } from "../../src/allowed-origins.js";

/** The channel id the parent put in this frame's URL, if it is shaped like one. */
export function readChannelId(): string | undefined {
  const id = new URL(location.href).searchParams.get("channelId");
  return id && /^[A-Za-z0-9_-]{1,128}$/.test(id) ? id : undefined;
}

/** The merchant origins this frame may talk to, as the server wrote them into the page. */
export function readAllowedOrigins(): RegExp[] {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="framelink-allowed-origins"]');
  return (meta?.content ?? "").split(",").filter(Boolean).map(originPatternToRegExp);
}
