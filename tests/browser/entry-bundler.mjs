// Entry of the bundled pages (wasm-bindgen --target bundler, then webpack 5
// or Vite): the bundler instantiates the .wasm the package imports. The
// names resolve to the packages through the bundler configs' aliases.
import * as fixture from "wasm-dispose-fixture";
import * as weak from "wasm-dispose-weak";
import * as writer from "wasm-dispose-writer";
import { runPage } from "./checks.mjs";

await runPage({ fixture, weak, writer });
