# workerd config for examples/workers-rs, served by `cargo xtask workers-rs`
# from this directory after `worker-build --release` wrote build/.
using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [ (name = "main", worker = .worker) ],
  # Loopback only. xtask picks a free port: --socket-addr http=127.0.0.1:PORT.
  sockets = [ (name = "http", address = "127.0.0.1:8787", http = (), service = "main") ],
  # gc() in the Worker's global scope, for the load test's forced collection.
  v8Flags = [ "--expose-gc" ],
);

const worker :Workerd.Worker = (
  modules = [
    # The JavaScript entry; it imports worker-build's output.
    (name = "worker.js", esModule = embed "worker.js"),
    # worker-build's bundle (its shim, wasm-bindgen's glue) and the wasm.
    (name = "build/index.js", esModule = embed "build/index.js"),
    (name = "build/index_bg.wasm", wasm = embed "build/index_bg.wasm"),
  ],
  # Not newer than the pinned workerd (1.20261117.1) supports.
  compatibilityDate = "2026-11-17",
);
