//! What the content tests share: the valid fixture copied into a folder of its own, with files
//! written over it, for the mistakes that are easier to make than to keep as a fixture tree.

use std::path::{Path, PathBuf};

/// A copy of `tests/fixtures/valid` in a folder named `case`, with `file` replaced by `bytes`.
#[allow(dead_code)]
pub fn valid_tree_with(case: &str, file: &str, bytes: &[u8]) -> PathBuf {
    valid_tree_with_files(case, &[(file, bytes)])
}

/// A copy of `tests/fixtures/valid` in a folder named `case`, with each of `files` (its path in
/// the tree, its bytes) written into it.
pub fn valid_tree_with_files(case: &str, files: &[(&str, &[u8])]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(case);
    let _ = std::fs::remove_dir_all(&dir);
    copy(Path::new("tests/fixtures/valid"), &dir);
    for (file, bytes) in files {
        let path = dir.join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    dir
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The errors the content in `dir` is refused with, each without `dir/` in front.
#[allow(dead_code)]
pub fn messages(dir: &Path) -> Vec<String> {
    let prefix = format!("{}/", dir.display());
    match skattedeling_sitegen::compile(dir) {
        Ok(_) => panic!("{} was accepted", dir.display()),
        Err(skattedeling_sitegen::ContentErrors(errors)) => errors
            .iter()
            .map(|e| e.to_string().replace(&prefix, ""))
            .collect(),
    }
}
