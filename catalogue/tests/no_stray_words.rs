//! Every word a user reads comes from the catalogue: the Rust that renders
//! screens, server pages, emails and texts holds no English sentence of
//! its own. This scans their sources (tests excluded) for string literals
//! that read like prose: a capitalised word followed by more words.

use std::path::{Path, PathBuf};

/// Where user-visible text is produced.
const SOURCES: &[&str] = &[
    "app/src",
    "server/src",
    "backend/src/delivery",
    "backend/src/services",
];

/// Files whose prose is not a user's: the demo accounts' names, and the
/// operator's command line.
const NOT_USERS: &[&str] = &["server/src/seed.rs", "server/src/main.rs"];

/// Literals that look like prose but are not read by users.
const ALLOWED: &[&str] = &[];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literals of one line of code (not of a comment).
fn literals(line: &str) -> Vec<String> {
    let code = line.trim_start();
    if code.starts_with("//") || code.starts_with("#[") {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '/' && chars.peek() == Some(&'/') {
            break;
        }
        if c == '\'' {
            // A char literal such as '"': skip it whole.
            let rest: String = chars.clone().take(3).collect();
            if rest.starts_with("\"'") || rest.starts_with("\\\"'") {
                chars.next();
                if rest.starts_with('\\') {
                    chars.next();
                }
                chars.next();
            }
            continue;
        }
        if c == '"' {
            let mut literal = String::new();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => {
                        chars.next();
                    }
                    '"' => break,
                    c => literal.push(c),
                }
            }
            found.push(literal);
        }
    }
    found
}

/// A sentence or a title: a capitalised word, then at least one more word,
/// and nothing of code (no braces, paths, underscores or `=`).
fn reads_like_prose(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let Some(first) = words.next() else { return false };
    let capitalised = first.chars().next().is_some_and(char::is_uppercase)
        && first
            .chars()
            .skip(1)
            .all(|c| c.is_lowercase() || "'’,.:?!".contains(c))
        && first.chars().count() > 1;
    let more = words
        .filter(|w| w.chars().all(|c| c.is_alphabetic() || "'’,.:?!-".contains(c)))
        .count();
    capitalised && more >= 1 && !text.contains(['{', '}', '/', '_', '=', '<', '>', '%'])
}

#[test]
fn no_user_visible_english_outside_the_catalogue() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    for dir in SOURCES {
        rust_files(&root.join(dir), &mut files);
    }
    assert!(files.len() > 20, "{} files", files.len());
    let mut stray = Vec::new();
    files.retain(|f| !NOT_USERS.iter().any(|n| f.ends_with(n)));
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        let code = source.split("#[cfg(test)]").next().unwrap_or_default();
        for (at, line) in code.lines().enumerate() {
            if line.contains("tracing::") || line.contains("expect(") {
                continue;
            }
            for literal in literals(line) {
                if reads_like_prose(&literal) && !ALLOWED.contains(&literal.as_str()) {
                    stray.push(format!("{}:{}: {literal:?}", file.display(), at + 1));
                }
            }
        }
    }
    assert!(
        stray.is_empty(),
        "English outside the catalogue:\n{}",
        stray.join("\n")
    );
}

#[test]
fn the_scan_sees_a_sentence_and_not_code() {
    assert!(reads_like_prose("Too many attempts. Try again later."));
    assert!(reads_like_prose("Sign In"));
    assert!(!reads_like_prose("SELECT id FROM users"));
    assert!(!reads_like_prose("Trestle"));
    assert!(!reads_like_prose("text/html; charset=utf-8"));
    assert!(!reads_like_prose("Hello {name}"));
    assert_eq!(literals(r#"let a = "One two"; // "Not this""#), vec!["One two"]);
}
