//! The bytes of an upload as this process received them, kept in the scratch folder beside a
//! remote store: the commit reads what the file is from them, and the thumbnails are made
//! from them, without fetching the file back from the store.

use std::io::{self, Seek, SeekFrom, Write};
use std::path::Path;

use super::LocalCopy;

/// An upload's bytes `0..len`, as they arrived, in a scratch file that goes when this is
/// dropped.
pub struct Received {
    file: std::fs::File,
    path: tempfile::TempPath,
    len: u64,
}

impl Received {
    /// Starts an empty copy in `scratch`.
    pub fn begin(scratch: &Path) -> io::Result<Received> {
        std::fs::create_dir_all(scratch)?;
        let (file, path) = tempfile::Builder::new()
            .prefix("received-")
            .tempfile_in(scratch)?
            .into_parts();
        Ok(Received { file, path, len: 0 })
    }

    pub fn len(&self) -> u64 {
        self.len
    }

    /// Adds the next bytes.
    pub fn write(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.file.write_all(bytes)?;
        self.len += bytes.len() as u64;
        Ok(())
    }

    /// Drops every byte from `len` on (a chunk the upload did not keep).
    pub fn cut(&mut self, len: u64) -> io::Result<()> {
        if len < self.len {
            self.file.set_len(len)?;
            self.file.seek(SeekFrom::Start(len))?;
            self.len = len;
        }
        Ok(())
    }

    /// The copy as a file to read, once every byte is in.
    pub fn into_copy(self) -> LocalCopy {
        LocalCopy::fetched(self.path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_drops_what_follows_and_the_next_bytes_go_after_what_is_kept() {
        let scratch = tempfile::tempdir().expect("scratch");
        let mut received = Received::begin(scratch.path()).expect("scratch");
        received.write(b"hello ").expect("scratch");
        received.write(b"wrong").expect("scratch");
        received.cut(6).expect("scratch");
        received.write(b"world").expect("scratch");
        assert_eq!(received.len(), 11);
        let copy = received.into_copy();
        assert_eq!(
            std::fs::read(copy.path()).expect("readable"),
            b"hello world"
        );
        let path = copy.path().to_owned();
        drop(copy);
        assert!(!path.exists(), "the scratch file goes with its copy");
    }
}
