// Entry of the unbundled page (wasm-bindgen --target web, plain ES modules)
// and of the tsc-lowered page: each package's default export fetches and
// instantiates its .wasm next to it.
import initFixture, * as fixture from "./pkg/fixture/fixture.js";
import initWeak, * as weak from "./pkg/weak/weak.js";
import initWriter, * as writer from "./pkg/writer/writer.js";
import { runPage } from "./checks.mjs";

await initFixture();
await initWeak();
await initWriter();
await runPage({ fixture, weak, writer });
