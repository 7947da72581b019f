//! A refused call keeps nothing in linear memory: the runtime throws a
//! refusal from WebAssembly (`wasm_dispose::ret::throw_pending`), which
//! skips the epilogue of every frame it leaves, so a function that moved
//! the shadow stack pointer (`__stack_pointer`) before throwing would lose
//! that frame for good, and after a megabyte of refusals the instance fails
//! (issue 23). Whether an export keeps a frame is LLVM's choice (a call that
//! returns a box through memory is enough), so this reads each package's
//! wasm and names every function that both sets `__stack_pointer` and calls
//! `throw_pending`. The Node suites check the same at run time
//! (`tests/js/refusals.test.mjs`), but only for the calls they make.

use std::collections::HashSet;
use std::path::Path;

use wasmparser::{KnownCustom, Name, Operator, Parser, Payload};

/// The functions of the module that throw a refusal with a frame in linear
/// memory, by name.
pub fn offenders(wasm: &[u8]) -> Result<Vec<String>, String> {
    let mut imported = 0u32;
    let mut bodies = Vec::new();
    let mut names = std::collections::HashMap::new();
    let mut stack_pointer = None;
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.map_err(|e| e.to_string())? {
            Payload::ImportSection(reader) => {
                for import in reader.into_imports() {
                    if matches!(import.map_err(|e| e.to_string())?.ty, wasmparser::TypeRef::Func(_)) {
                        imported += 1;
                    }
                }
            }
            Payload::CodeSectionEntry(body) => bodies.push(body),
            Payload::CustomSection(section) => {
                if let KnownCustom::Name(reader) = section.as_known() {
                    for name in reader {
                        match name.map_err(|e| e.to_string())? {
                            Name::Function(map) => {
                                for n in map {
                                    let n = n.map_err(|e| e.to_string())?;
                                    names.insert(n.index, n.name.to_string());
                                }
                            }
                            Name::Global(map) => {
                                for n in map {
                                    let n = n.map_err(|e| e.to_string())?;
                                    if n.name == "__stack_pointer" {
                                        stack_pointer = Some(n.index);
                                    }
                                }
                            }
                            _ => {}
                        }
                    }
                }
            }
            _ => {}
        }
    }
    let throwers: HashSet<u32> =
        names.iter().filter(|(_, n)| n.contains("wasm_dispose::ret::throw_pending")).map(|(i, _)| *i).collect();
    let Some(stack_pointer) = stack_pointer else { return Ok(Vec::new()) };
    let mut out = Vec::new();
    for (i, body) in bodies.iter().enumerate() {
        let index = imported + i as u32;
        let (mut frame, mut throws) = (false, false);
        let mut ops = body.get_operators_reader().map_err(|e| e.to_string())?;
        while !ops.eof() {
            match ops.read().map_err(|e| e.to_string())? {
                Operator::GlobalSet { global_index } if global_index == stack_pointer => frame = true,
                Operator::Call { function_index } if throwers.contains(&function_index) => throws = true,
                _ => {}
            }
        }
        if frame && throws {
            out.push(names.get(&index).cloned().unwrap_or_else(|| format!("function {index}")));
        }
    }
    Ok(out)
}

/// The packages checked, as (cargo package, package name): those `cargo
/// xtask test` builds, and the benchmark's (whose many classes with string
/// methods once made LLVM keep a frame).
pub const PACKAGES: &[(&str, &str)] = &[
    ("wasm-dispose-tests", "fixture"),
    ("example-images", "images"),
    ("example-writer", "writer"),
    ("wasm-dispose-weak-tests", "weak"),
    ("wasm-dispose-parity", "parity"),
    ("wasm-dispose-bench", "bench"),
];

/// `cargo xtask frames`: builds the packages and checks them.
pub fn run(root: &Path) -> Result<(), String> {
    let tools = crate::tools::Tools::ensure(root)?;
    for (package, name) in PACKAGES {
        crate::wasm::build_package(root, &tools, package, name)?;
    }
    if check(&crate::paths::pkg_root(root)) {
        Ok(())
    } else {
        Err("a function throws a refusal with a frame in linear memory".into())
    }
}

/// Checks the `.wasm` of each of [`PACKAGES`] under `pkg`
/// (`<name>/<name>_bg.wasm`); prints what it finds; `true` when no function
/// keeps a frame.
pub fn check(pkg: &Path) -> bool {
    let mut clean = true;
    for (_, name) in PACKAGES {
        let path = pkg.join(name).join(format!("{name}_bg.wasm"));
        match std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display())).and_then(|w| offenders(&w)) {
            Ok(found) if found.is_empty() => println!("{name}: no function throws a refusal with a frame"),
            Ok(found) => {
                clean = false;
                for f in found {
                    println!("{name}: {f} throws a refusal with a frame in linear memory");
                }
            }
            Err(e) => {
                clean = false;
                println!("{name}: {e}");
            }
        }
    }
    clean
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leb(mut n: u32, out: &mut Vec<u8>) {
        loop {
            let b = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                out.push(b);
                return;
            }
            out.push(b | 0x80);
        }
    }

    fn section(id: u8, body: &[u8], out: &mut Vec<u8>) {
        out.push(id);
        leb(body.len() as u32, out);
        out.extend_from_slice(body);
    }

    fn name(s: &str, out: &mut Vec<u8>) {
        leb(s.len() as u32, out);
        out.extend_from_slice(s.as_bytes());
    }

    /// A module with one global (`__stack_pointer`), one function named
    /// `wasm_dispose::ret::throw_pending`, and two more: `framed` (sets the
    /// global, calls the thrower) and `flat` (calls it only).
    fn module() -> Vec<u8> {
        let mut m = b"\0asm\x01\0\0\0".to_vec();
        section(1, &[1, 0x60, 0, 0], &mut m); // type 0: () -> ()
        section(3, &[3, 0, 0, 0], &mut m); // three functions of type 0
        section(6, &[1, 0x7f, 1, 0x41, 0, 0x0b], &mut m); // global 0: mut i32 = 0
        let bodies: [&[u8]; 3] = [
            &[0, 0x0b],                             // throw_pending: end
            &[0, 0x41, 16, 0x24, 0, 0x10, 0, 0x0b], // framed: i32.const 16; global.set 0; call 0
            &[0, 0x10, 0, 0x0b],                    // flat: call 0
        ];
        let mut code = vec![3];
        for b in bodies {
            leb(b.len() as u32, &mut code);
            code.extend_from_slice(b);
        }
        section(10, &code, &mut m);
        let mut names = Vec::new();
        name("name", &mut names);
        let mut funcs = vec![3];
        for (i, n) in ["wasm_dispose::ret::throw_pending::h0", "framed", "flat"].iter().enumerate() {
            leb(i as u32, &mut funcs);
            name(n, &mut funcs);
        }
        names.push(1);
        leb(funcs.len() as u32, &mut names);
        names.extend_from_slice(&funcs);
        let mut globals = vec![1, 0];
        name("__stack_pointer", &mut globals);
        names.push(7);
        leb(globals.len() as u32, &mut names);
        names.extend_from_slice(&globals);
        section(0, &names, &mut m);
        m
    }

    #[test]
    fn a_function_that_sets_the_stack_pointer_and_throws_is_named() {
        assert_eq!(offenders(&module()).unwrap(), vec!["framed".to_string()]);
    }
}
