//! A Worker served by workerd on a free loopback port, and a load client
//! run against it with a time limit (examples/worker, examples/workers-rs,
//! examples/workers-rpc).

use std::fs::{self, File};
use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread::sleep;
use std::time::Duration;

use crate::process::wait_bounded;

/// Readiness: 300 attempts, 100 ms apart (30 s; workerd compiles the wasm first).
const READY_ATTEMPTS: u32 = 300;
/// A backstop over the load clients' own time limits (examples/worker/load.mjs: 240 s).
const CLIENT_TIME_LIMIT: Duration = Duration::from_secs(300);

/// Runs a load client against the Worker `server` serves, bounded in time,
/// then stops workerd; `Err` says why the client failed, and where
/// workerd's log is.
pub fn run_client(server: Server, client: &mut Command, log: &Path) -> Result<(), String> {
    let mut client = client.spawn().map_err(|e| format!("cannot run node: {e}"))?;
    let passed = wait_bounded(&mut client, CLIENT_TIME_LIMIT);
    drop(server);
    match passed {
        Some(true) => Ok(()),
        Some(false) => Err(format!("the load client reported failures; workerd's log is {}", log.display())),
        None => Err(format!("the load client did not finish within {} s; killed", CLIENT_TIME_LIMIT.as_secs())),
    }
}

/// A free loopback port: bind port 0, note the port, release it for workerd.
/// Another process could take it in between; workerd then exits, which
/// `wait_until_ready` reports with workerd's log.
pub fn free_port() -> Result<u16, String> {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).map_err(|e| format!("no free loopback port: {e}"))?;
    listener.local_addr().map(|a| a.port()).map_err(|e| e.to_string())
}

/// The running workerd; dropping it kills the process, whatever happened.
pub struct Server {
    child: Child,
    log: PathBuf,
}

impl Server {
    /// `workerd serve config.capnp` in `dir`, its output to `log`.
    pub fn start(root: &Path, dir: &Path, port: u16, log: PathBuf) -> Result<Server, String> {
        let out = File::create(&log).map_err(|e| format!("{}: {e}", log.display()))?;
        let err = out.try_clone().map_err(|e| e.to_string())?;
        let child = Command::new(root.join("node_modules/.bin/workerd"))
            .current_dir(dir)
            .args(["serve", "config.capnp", "--socket-addr"])
            .arg(format!("http=127.0.0.1:{port}"))
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err)
            .spawn()
            .map_err(|e| format!("cannot run workerd: {e}"))?;
        Ok(Server { child, log })
    }

    /// Bounded: READY_ATTEMPTS tries of `GET <path>`, failing early if
    /// workerd exits (a bad config, a taken port).
    pub fn wait_until_ready(&mut self, port: u16, path: &str) -> Result<(), String> {
        for _ in 0..READY_ATTEMPTS {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Err(format!("workerd exited ({status}); its log:\n{}", self.log_text()));
            }
            if get_ok(port, path) {
                return Ok(());
            }
            sleep(Duration::from_millis(100));
        }
        Err(format!("workerd did not answer on 127.0.0.1:{port}; its log:\n{}", self.log_text()))
    }

    pub fn log_text(&self) -> String {
        fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One HTTP/1.1 GET on loopback; true on a 200 answer.
fn get_ok(port: u16, path: &str) -> bool {
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let Ok(mut stream) = TcpStream::connect_timeout(&addr, Duration::from_secs(1)) else { return false };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let request = format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    if stream.write_all(request.as_bytes()).is_err() {
        return false;
    }
    let mut head = [0u8; 12];
    stream.read_exact(&mut head).is_ok() && head.starts_with(b"HTTP/1.1 200")
}
