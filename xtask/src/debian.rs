//! Debian packages (the browsers, OpenSSL's headers for worker-build),
//! installed with apt-get where that is allowed: a root shell with apt-get,
//! as in CI, and not switched off.

use std::process::{Command, Stdio};

/// Set to `0` to never run apt-get (a developer's machine).
const INSTALL_ENV: &str = "WASM_DISPOSE_BROWSER_INSTALL";

/// Whether apt-get may install packages here: root, apt-get present, not
/// switched off.
pub fn can_install() -> Result<(), String> {
    if std::env::var(INSTALL_ENV).is_ok_and(|v| v == "0") {
        return Err(format!("{INSTALL_ENV}=0 forbids installing it"));
    }
    let apt_get = Command::new("apt-get").arg("--version").stdout(Stdio::null()).stderr(Stdio::null()).status();
    if !apt_get.is_ok_and(|s| s.success()) {
        return Err("there is no apt-get to install it with (not Debian)".into());
    }
    let uid = Command::new("id").arg("-u").output().ok().map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string());
    if uid.as_deref() != Some("0") {
        return Err("this is not a root shell, so apt-get cannot install it".into());
    }
    Ok(())
}

/// `apt-get <args>`, its output shown only if it fails.
pub fn apt(args: &[&str]) -> Result<(), String> {
    let out = Command::new("apt-get")
        .args(args)
        .env("DEBIAN_FRONTEND", "noninteractive")
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run apt-get: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "apt-get {} exited with {}:\n{}{}",
            args.join(" "),
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

/// `apt-get update`, then `apt-get install -y <packages>`, in one line.
pub fn install(packages: &[&str], why: &str) -> Result<(), String> {
    println!("==> installing {} from Debian's packages (apt-get, {why})", packages.join(" and "));
    apt(&["update"])?;
    let mut args = vec!["install", "-y"];
    args.extend_from_slice(packages);
    apt(&args)
}
