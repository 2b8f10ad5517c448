//! Files the server creates for itself.

use std::path::Path;

/// Creates `dir` (and its parents) readable by this user only (0700): it
/// holds the database and the secret key.
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

#[cfg(test)]
mod tests {
    #[test]
    #[cfg(unix)]
    fn private_dirs_are_0700() {
        use std::os::unix::fs::PermissionsExt;
        let dir = std::env::temp_dir().join(format!("trestle-dir-{}", std::process::id()));
        super::create_private_dir(&dir.join("data")).unwrap();
        let mode = std::fs::metadata(dir.join("data")).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700);
        std::fs::remove_dir_all(dir).unwrap();
    }
}
