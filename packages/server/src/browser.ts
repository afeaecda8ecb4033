// The "browser" export condition resolves here: this package holds secret
// keys, and a secret key in client code is a secret key published.
throw new Error(
  "@framelink/server must not run in a browser: it uses your secret API keys and signing keys, which would be exposed to every visitor. " +
    "Call it from your server, and use @framelink/moonpay or @framelink/moneykit in the browser.",
);
