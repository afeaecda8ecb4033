import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { expect, it } from "vitest";
import { useMoneyKitLink } from "./use-moneykit-link.js";
import { useMoonPayConnection } from "./use-moonpay-connection.js";

// Server-side rendering: no window, no document; effects do not run.
function Page() {
  const moonpay = useMoonPayConnection({ sessionToken: "c3N0XzAwMQ==" });
  const moneykit = useMoneyKitLink({ token: "lst_server_rendered" });
  return createElement("p", null, `${moonpay.status} ${moneykit.status} ${moneykit.ready}`);
}

it("renders on the server without touching the DOM", () => {
  expect(typeof document).toBe("undefined");
  expect(renderToString(createElement(Page))).toBe("<p>idle idle false</p>");
});
