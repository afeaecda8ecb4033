import { resolve } from "node:path";
import { defineConfig } from "vite";

const root = resolve(import.meta.dirname, "frames");

// The frame pages: each HTML file is one frame, served by the mock host at
// its vendor path; their scripts and styles are served under /static/.
export default defineConfig({
  root,
  base: "/static/",
  build: {
    outDir: resolve(import.meta.dirname, "dist/frames"),
    emptyOutDir: true,
    target: "es2022",
    rolldownOptions: {
      input: {
        "moonpay-check": resolve(root, "moonpay/check-connection.html"),
        "moonpay-connect": resolve(root, "moonpay/connect.html"),
        "moneykit-connect": resolve(root, "moneykit/connect.html"),
        "moonpay-apple-pay": resolve(root, "moonpay/apple-pay.html"),
        "moonpay-google-pay": resolve(root, "moonpay/google-pay.html"),
        "moonpay-buy": resolve(root, "moonpay/buy.html"),
        "moonpay-buy-button": resolve(root, "moonpay/buy-button.html"),
        "moonpay-widget": resolve(root, "moonpay/widget.html"),
        "moonpay-challenge": resolve(root, "moonpay/challenge.html"),
        "moonpay-reset": resolve(root, "moonpay/reset.html"),
        "bench-echo": resolve(root, "bench/echo.html"),
        attacker: resolve(root, "attacker/attacker.html"),
      },
    },
  },
});
