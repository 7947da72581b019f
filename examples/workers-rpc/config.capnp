# workerd config for examples/workers-rpc, served by `cargo xtask resource`
# from this directory after `worker-build --release` wrote build/: the Rust
# Worker ("main", the only one on a socket) and the RPC server it calls over
# the service binding SESSIONS ("sessions", reachable only through it).
using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .main),
    (name = "sessions", worker = .sessions),
  ],
  # Loopback only. xtask picks a free port: --socket-addr http=127.0.0.1:PORT.
  sockets = [ (name = "http", address = "127.0.0.1:8787", http = (), service = "main") ],
);

const main :Workerd.Worker = (
  modules = [
    # worker-build's bundle (its shim, wasm-bindgen's glue) and the wasm.
    (name = "build/index.js", esModule = embed "build/index.js"),
    (name = "build/index_bg.wasm", wasm = embed "build/index_bg.wasm"),
  ],
  bindings = [ (name = "SESSIONS", service = "sessions") ],
  # Not newer than the pinned workerd (1.20261117.1) supports.
  compatibilityDate = "2026-11-17",
);

const sessions :Workerd.Worker = (
  modules = [ (name = "sessions.js", esModule = embed "sessions.js") ],
  compatibilityDate = "2026-11-17",
);
