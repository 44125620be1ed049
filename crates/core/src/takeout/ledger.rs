//! What earlier imports finished, so that a second run of the same Takeout (after a crash, a
//! cancel, or just again) does not do it twice: one JSON line per finished item in
//! `<data>/takeout-ledger.jsonl`, keyed by every copy of it (the part's canonical path, size
//! and time, the entry's path and size). A line is written and flushed to the disk only after
//! the cloud confirmed the item, so the ledger never claims what the cloud does not hold; a
//! line cut short by a crash is skipped when read.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::Error;

const FILE_NAME: &str = "takeout-ledger.jsonl";

/// One copy of an item: its source's fingerprint, its path there and its size.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub(super) struct EntryKey {
    pub source: String,
    pub entry: String,
    pub size: u64,
}

/// How an item ended.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct Finished {
    /// Every copy of the item the run knew.
    pub entries: Vec<EntryKey>,
    /// BLAKE3, hex.
    pub hash: String,
    /// Where it is in the cloud, when the import put it there.
    #[serde(default)]
    pub cloud_path: Option<String>,
    /// Where it was already, when it was not imported for that.
    #[serde(default)]
    pub present_at: Option<String>,
    /// When (ms since the epoch).
    pub at: i64,
}

pub(super) struct Ledger {
    path: PathBuf,
    done: HashMap<EntryKey, usize>,
    records: Vec<Finished>,
}

impl Ledger {
    /// Reads the ledger of this home (none yet: an empty one).
    pub fn open(data_dir: &Path) -> Result<Ledger, Error> {
        let path = data_dir.join(FILE_NAME);
        let mut ledger = Ledger {
            path,
            done: HashMap::new(),
            records: Vec::new(),
        };
        let file = match File::open(&ledger.path) {
            Ok(file) => file,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(ledger),
            Err(source) => {
                return Err(Error::Io {
                    path: ledger.path,
                    what: "cannot read the import ledger",
                    source,
                });
            }
        };
        for line in BufReader::new(file).lines() {
            let Ok(line) = line else { break };
            match serde_json::from_str::<Finished>(&line) {
                Ok(record) => ledger.remember(record),
                Err(error) => tracing::debug!("a ledger line is skipped: {error}"),
            }
        }
        Ok(ledger)
    }

    fn remember(&mut self, record: Finished) {
        let at = self.records.len();
        for key in &record.entries {
            self.done.insert(key.clone(), at);
        }
        self.records.push(record);
    }

    /// What an earlier run recorded for any of these copies.
    pub fn find(&self, keys: &[EntryKey]) -> Option<&Finished> {
        keys.iter()
            .find_map(|key| self.done.get(key))
            .map(|&at| &self.records[at])
    }

    /// Appends a finished item and flushes it to the disk.
    pub fn record(&mut self, record: Finished) -> Result<(), Error> {
        let io = |source| Error::Io {
            path: self.path.clone(),
            what: "cannot write the import ledger",
            source,
        };
        let mut file = File::options()
            .create(true)
            .read(true)
            .append(true)
            .open(&self.path)
            .map_err(io)?;
        // A line a crash cut short is ended first, so that it cannot swallow this one.
        let mut line = Vec::new();
        let len = file.metadata().map_err(io)?.len();
        if len > 0 {
            let mut last = [0u8];
            file.seek(SeekFrom::Start(len - 1)).map_err(io)?;
            file.read_exact(&mut last).map_err(io)?;
            if last[0] != b'\n' {
                line.push(b'\n');
            }
        }
        serde_json::to_writer(&mut line, &record).map_err(|e| io(std::io::Error::other(e)))?;
        line.push(b'\n');
        file.write_all(&line).map_err(io)?;
        file.sync_data().map_err(io)?;
        self.remember(record);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(entry: &str) -> EntryKey {
        EntryKey {
            source: "zip:/t/takeout-001.zip:10:1".to_owned(),
            entry: entry.to_owned(),
            size: 10,
        }
    }

    #[test]
    fn finished_items_are_found_by_any_copy_after_reopening() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut ledger = Ledger::open(dir.path()).expect("opens");
        assert!(ledger.find(&[key("a.jpg")]).is_none());
        ledger
            .record(Finished {
                entries: vec![key("Photos from 2019/a.jpg"), key("Trip/a.jpg")],
                hash: "00".repeat(32),
                cloud_path: Some("Trip/a.jpg".to_owned()),
                present_at: None,
                at: 1,
            })
            .expect("recorded");
        // A crash in the middle of a line leaves a torn line: skipped.
        let mut file = File::options()
            .append(true)
            .open(dir.path().join(FILE_NAME))
            .expect("open");
        file.write_all(b"{\"entries\":[{\"sou").expect("torn");
        let mut ledger = Ledger::open(dir.path()).expect("reopens");
        ledger
            .record(Finished {
                entries: vec![key("b.jpg")],
                hash: "11".repeat(32),
                cloud_path: None,
                present_at: Some("/home/anna/b.jpg".to_owned()),
                at: 2,
            })
            .expect("recorded after the torn line");
        let ledger = Ledger::open(dir.path()).expect("reopens");
        assert!(ledger.find(&[key("b.jpg")]).is_some());
        let found = ledger
            .find(&[key("x.jpg"), key("Trip/a.jpg")])
            .expect("found");
        assert_eq!(found.cloud_path.as_deref(), Some("Trip/a.jpg"));
        assert!(ledger.find(&[key("c.jpg")]).is_none());
    }
}
