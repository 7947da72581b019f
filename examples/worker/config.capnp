# workerd config for examples/worker. `cargo xtask worker` copies this file,
# worker.js and the wasm-bindgen package (out name `render`) into one
# directory under the target dir, because workerd embeds files relative to
# its config, and writes `modules.capnp` there: worker.js first (the entry
# point), then the package's modules named as the glue imports them. The
# glue's snippet paths carry a hash that wasm-bindgen picks, so that list is
# generated rather than written here.
using Workerd = import "/workerd/workerd.capnp";
using Modules = import "modules.capnp";

const config :Workerd.Config = (
  services = [ (name = "main", worker = .worker) ],
  # Loopback only. xtask picks a free port: --socket-addr http=127.0.0.1:PORT.
  sockets = [ (name = "http", address = "127.0.0.1:8787", http = (), service = "main") ],
);

const worker :Workerd.Worker = (
  modules = Modules.modules,
  # Not newer than the pinned workerd (1.20261117.1) supports.
  compatibilityDate = "2026-11-17",
);
