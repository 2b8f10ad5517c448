//! `bindgen <input.wasm> <out-dir> <name>`: writes `<name>.js` and
//! `<name>_bg.wasm` for `--target web`, as the wasm-bindgen CLI would.
//! A workspace member, so cargo builds it beside the server from the same
//! Cargo.lock instead of a newcomer compiling the CLI first.

use std::process::ExitCode;
use wasm_bindgen_cli_support::Bindgen;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, out_dir, name] = args.as_slice() else {
        eprintln!("usage: bindgen <input.wasm> <out-dir> <name>");
        return ExitCode::from(2);
    };
    let generated = Bindgen::new()
        .input_path(input)
        .out_name(name)
        .typescript(false)
        .web(true)
        .and_then(|bindgen| bindgen.generate(out_dir));
    match generated {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("bindgen: {err:#}");
            ExitCode::FAILURE
        }
    }
}
