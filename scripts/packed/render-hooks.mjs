// Renders both hooks on the server from the installed @framelink/react.
import { useMoneyKitLink, useMoonPayConnection } from "@framelink/react";
import { createElement } from "react";
import { renderToString } from "react-dom/server";

function Page() {
  const moonpay = useMoonPayConnection({ sessionToken: "c3N0XzAwMQ==" });
  const moneykit = useMoneyKitLink({ token: "lst_server_rendered" });
  return createElement("p", null, `${moonpay.status} ${moneykit.status} ${moneykit.ready}`);
}

const html = renderToString(createElement(Page));
if (html !== "<p>idle idle false</p>") throw new Error(`renderToString gave ${html}`);
console.log(html);
