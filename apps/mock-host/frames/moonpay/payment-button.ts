import { h, paint, show } from "../shared/dom.js";
import { readParam } from "../shared/frame-context.js";
import type { MoonPayParent } from "../shared/moonpay-parent.js";
import { applyTheme } from "../shared/theme.js";
import { checkQuote, executeQuote, type PaymentRequest, type QuoteSummary, reportPayment } from "./payment-request.js";

export interface PaymentButtonOptions {
  readonly frame: "apple-pay" | "google-pay" | "buy-button";
  /** The button's text, e.g. "Pay with Apple Pay". */
  readonly label: string;
  /** The simulated payment sheet's accessible name; none: pressing the button pays at once. */
  readonly sheet?: string;
}

/**
 * A payment button frame (Apple Pay, Google Pay, Buy Button). The SDK mounts
 * these 44 px tall, so everything they show fits one 44 px row: the button;
 * then, for the wallets, a sheet standing in for the browser's payment sheet
 * ("Pay 100.00 USD", Confirm, Cancel); then one line saying how it went.
 *
 * Every `setQuote` checks the new quote and offers the button again (after
 * `quoteExpired`, or for a next purchase); an answer to an older quote is
 * dropped.
 */
export function runPaymentButton(parent: MoonPayParent, options: PaymentButtonOptions): void {
  applyTheme();
  const request: PaymentRequest = {
    frame: options.frame,
    clientToken: readParam("clientToken"),
    signature: readParam("signature"),
    externalTransactionId: readParam("externalTransactionId"),
  };
  let quoteNumber = 0;

  const offer = async () => {
    const mine = ++quoteNumber;
    paint();
    const quote = await checkQuote(parent, request);
    if (!quote || mine !== quoteNumber) return;
    paint(button(quote, mine));
    parent.emit("ready");
  };

  const button = (quote: QuoteSummary, mine: number): HTMLButtonElement => {
    const element = h("button", { type: "button", class: `pay ${options.frame}` }, options.label);
    element.addEventListener("click", () => (options.sheet ? sheet(quote, mine, options.sheet) : void pay(mine)), {
      once: true,
    });
    return element;
  };

  const sheet = (quote: QuoteSummary, mine: number, name: string) => {
    const confirm = h("button", { type: "button" }, "Confirm");
    const cancel = h("button", { type: "button", class: "secondary" }, "Cancel");
    confirm.addEventListener("click", () => void pay(mine), { once: true });
    cancel.addEventListener("click", () => paint(button(quote, mine)), { once: true });
    show(
      h(
        "div",
        { class: "sheet", role: "dialog", "aria-label": name },
        h("p", {}, `Pay ${quote.sourceAmount} ${quote.source}`),
        confirm,
        cancel,
      ),
    );
  };

  const pay = async (mine: number) => {
    paint(h("p", { class: "line" }, "Paying…"));
    const executed = await executeQuote(parent, request);
    const line = executed ? reportPayment(parent, executed) : "This payment did not go through.";
    if (mine === quoteNumber) paint(h("p", { class: "line", role: "status" }, line));
  };

  parent.onMessage((message) => {
    if (message.kind !== "setQuote") return;
    request.signature = message.payload.signature;
    void offer();
  });
  void offer();
}
