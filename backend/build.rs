//! Embeds the SQL migrations (`migrations/<backend>/<version>_<description>.sql`)
//! in the crate, as sqlx's `migrate!` macro would, without building sqlx and
//! both database drivers a second time for a procedural macro.

use std::error::Error;
use std::fmt::Write;
use std::path::{Path, PathBuf};

fn main() -> Result<(), Box<dyn Error>> {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR")?).join("migrations");
    let mut code = String::new();
    for backend in ["sqlite", "postgres"] {
        let dir = root.join(backend);
        println!("cargo::rerun-if-changed={}", dir.display());
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)?
            .map(|entry| entry.map(|e| e.path()))
            .collect::<Result<_, _>>()?;
        files.retain(|f| f.extension().is_some_and(|e| e == "sql"));
        files.sort();
        writeln!(
            code,
            "pub const {}: &[(i64, &str, &str)] = &[",
            backend.to_uppercase()
        )?;
        for file in files {
            let (version, description) = split_name(&file)?;
            writeln!(
                code,
                "    ({version}, {description:?}, include_str!({:?})),",
                file.display().to_string()
            )?;
        }
        writeln!(code, "];")?;
    }
    let out = PathBuf::from(std::env::var("OUT_DIR")?).join("migrations.rs");
    std::fs::write(out, code)?;
    Ok(())
}

/// `20261125000001_foundation.sql` → (20261125000001, "foundation"), with
/// sqlx's description (underscores read as spaces).
fn split_name(file: &Path) -> Result<(i64, String), Box<dyn Error>> {
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
    let (version, description) = stem
        .split_once('_')
        .ok_or_else(|| format!("{}: not <version>_<description>.sql", file.display()))?;
    Ok((version.parse()?, description.replace('_', " ")))
}
