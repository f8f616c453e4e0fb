//! Reading a pack's archive with limits: only regular files at plain relative paths, each
//! once, within a size budget. Nothing is written anywhere while reading.

use std::collections::BTreeMap;
use std::io::Read;

use crate::error::ContentError;

/// The largest pack accepted (the shipped content is well under 1 MB).
pub const MAX_PACK_BYTES: u64 = 50 * 1024 * 1024;
const MAX_ENTRIES: usize = 4096;

/// Every entry of the archive by name.
pub fn entries(bytes: &[u8]) -> Result<BTreeMap<String, Vec<u8>>, ContentError> {
    if bytes.len() as u64 > MAX_PACK_BYTES {
        return Err(ContentError::TooLarge {
            limit: MAX_PACK_BYTES,
        });
    }
    let not_a_pack = |detail: String| ContentError::NotAPack { detail };
    let mut archive = tar::Archive::new(bytes);
    let mut out = BTreeMap::new();
    // A whole archive ends with two zero blocks; without them the download was cut short
    // (whatever the cut happens to look like to the tar reader).
    if !bytes.len().is_multiple_of(BLOCK) || !bytes.ends_with(&[0; 2 * BLOCK]) {
        return Err(if looks_like_tar(bytes) {
            ContentError::Truncated
        } else {
            not_a_pack("not a tar archive".into())
        });
    }
    for entry in archive.entries().map_err(|e| not_a_pack(e.to_string()))? {
        let mut entry = entry.map_err(|e| not_a_pack(e.to_string()))?;
        if out.len() >= MAX_ENTRIES {
            return Err(not_a_pack(format!("more than {MAX_ENTRIES} entries")));
        }
        let kind = entry.header().entry_type();
        let name = entry
            .path()
            .map_err(|e| not_a_pack(e.to_string()))?
            .to_str()
            .ok_or_else(|| not_a_pack("a name that is not UTF-8".into()))?
            .to_owned();
        if !kind.is_file() {
            return Err(not_a_pack(format!("{name}: not a regular file")));
        }
        if !plain_relative(&name) {
            return Err(not_a_pack(format!("{name}: not a plain relative path")));
        }
        let mut data = Vec::new();
        entry
            .read_to_end(&mut data)
            .map_err(|e| not_a_pack(format!("{name}: {e}")))?;
        if out.insert(name.clone(), data).is_some() {
            return Err(not_a_pack(format!("{name}: twice")));
        }
    }
    if out.is_empty() {
        return Err(not_a_pack("empty".into()));
    }
    Ok(out)
}

const BLOCK: usize = 512;

/// The first block is a ustar header (the start of a pack, at least).
fn looks_like_tar(bytes: &[u8]) -> bool {
    bytes.len() >= BLOCK && &bytes[257..262] == b"ustar"
}

/// `a/b.json`: no root, no `..` or `.`, no backslashes or empty parts.
fn plain_relative(name: &str) -> bool {
    !name.is_empty()
        && !name.contains('\\')
        && name
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..")
}

#[cfg(test)]
mod tests {
    use super::plain_relative;

    #[test]
    fn only_plain_relative_names_pass() {
        assert!(plain_relative("files/assets/eol/os.json"));
        for bad in ["/etc/passwd", "../x", "a/../b", "a//b", "a\\b", "./a", ""] {
            assert!(!plain_relative(bad), "{bad}");
        }
    }
}
