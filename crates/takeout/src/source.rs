//! Listing what a Takeout's sources hold, for [`plan_takeout`](crate::plan_takeout): the one
//! place this crate reads files. A zip part is listed from its central directory (no entry is
//! decompressed but the JSON files, each read whole up to [`MAX_JSON_BYTES`]); an extracted
//! folder is walked without following links. Nothing is ever written.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;

use crate::{Entry, Error, SourceId, is_json_name};

/// The largest JSON file read. A sidecar is about a kilobyte; anything past a mebibyte is not
/// one (or is a zip bomb), and is passed on unread.
pub const MAX_JSON_BYTES: u64 = 1 << 20;

/// Lists the entries of one zip part: every name as stored (bytes), its uncompressed size,
/// and the bytes of its JSON files. A JSON entry that cannot be decompressed, or is too large,
/// is listed without bytes (the plan reports it). An archive that is not a zip or whose
/// central directory is damaged or cut short is an error.
pub fn list_zip(source: SourceId, path: &Path) -> Result<Vec<Entry>, Error> {
    let file = File::open(path).map_err(|source| Error::Io {
        path: path.to_owned(),
        source,
    })?;
    let mut archive = zip::ZipArchive::new(BufReader::new(file)).map_err(|source| Error::Zip {
        path: path.to_owned(),
        source,
    })?;
    let mut entries = Vec::with_capacity(archive.len());
    for index in 0..archive.len() {
        let (name, size) = match archive.by_index_data(index) {
            Ok(entry) => (entry.name_raw().to_vec(), entry.size()),
            Err(source) => {
                return Err(Error::Zip {
                    path: path.to_owned(),
                    source,
                });
            }
        };
        let json = if is_json_name(&name) && size <= MAX_JSON_BYTES {
            archive
                .by_index(index)
                .ok()
                .and_then(|entry| read_capped(entry, MAX_JSON_BYTES))
        } else {
            None
        };
        entries.push(Entry {
            source,
            name,
            size,
            json,
        });
    }
    Ok(entries)
}

/// Lists the files under an extracted folder, named from the folder's parent (so a folder
/// `…/Takeout` gives `Takeout/Google Photos/…`, a year folder gives `Photos from 2019/…`),
/// with the bytes of the JSON files. Links are not followed; a subfolder that cannot be read
/// is an error (a file missing from the list would be lost without a word).
pub fn list_folder(source: SourceId, folder: &Path) -> Result<Vec<Entry>, Error> {
    let mut entries = Vec::new();
    let top = folder
        .file_name()
        .map(|name| name.as_encoded_bytes().to_vec())
        .unwrap_or_default();
    let mut pending = vec![(folder.to_owned(), top)];
    while let Some((dir, prefix)) = pending.pop() {
        let io_error = |source| Error::Io {
            path: dir.clone(),
            source,
        };
        let mut children = Vec::new();
        for child in std::fs::read_dir(&dir).map_err(io_error)? {
            children.push(child.map_err(io_error)?);
        }
        children.sort_by_key(std::fs::DirEntry::file_name);
        for child in children {
            let mut name = prefix.clone();
            if !name.is_empty() {
                name.push(b'/');
            }
            name.extend_from_slice(child.file_name().as_encoded_bytes());
            let file_type = child.file_type().map_err(io_error)?;
            if file_type.is_dir() {
                pending.push((child.path(), name));
            } else if file_type.is_file() {
                let size = child.metadata().map_err(io_error)?.len();
                let json = (is_json_name(&name) && size <= MAX_JSON_BYTES)
                    .then(|| File::open(child.path()).ok())
                    .flatten()
                    .and_then(|file| read_capped(file, MAX_JSON_BYTES));
                entries.push(Entry {
                    source,
                    name,
                    size,
                    json,
                });
            }
        }
    }
    Ok(entries)
}

/// Reads at most `limit` bytes; `None` if there are more, or on an error.
fn read_capped(reader: impl Read, limit: u64) -> Option<Vec<u8>> {
    let mut bytes = Vec::new();
    reader.take(limit + 1).read_to_end(&mut bytes).ok()?;
    (bytes.len() as u64 <= limit).then_some(bytes)
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;
    use crate::{IgnoreReason, UnsafePath, plan_takeout};

    const SIDECAR: &str = r#"{"title": "IMG_1.jpg", "url": "https://photos.google.com/photo/x",
        "photoTakenTime": {"timestamp": "1559390400"}}"#;

    fn write_zip(path: &Path, files: &[(&str, &[u8])]) {
        let file = File::create(path).expect("created");
        let mut zip = zip::ZipWriter::new(file);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, bytes) in files {
            if let Some(dir) = name.strip_suffix('/') {
                zip.add_directory(dir, options).expect("directory added");
            } else {
                zip.start_file(*name, options).expect("entry started");
                zip.write_all(bytes).expect("entry written");
            }
        }
        zip.finish().expect("finished");
    }

    #[test]
    fn lists_zip_parts_and_plans_across_them() {
        let dir = tempfile::tempdir().expect("temp dir");
        let big = vec![b' '; MAX_JSON_BYTES as usize + 1];
        let part1 = dir.path().join("takeout-20240712T112341Z-001.zip");
        write_zip(
            &part1,
            &[
                ("Takeout/", b""),
                (
                    "Takeout/Google Photos/Photos from 2019/IMG_1.jpg",
                    b"\xff\xd8jpeg",
                ),
                ("Takeout/Google Photos/Photos from 2019/big.json", &big),
                ("../../evil.jpg", b"x"),
            ],
        );
        let part2 = dir.path().join("takeout-20240712T112341Z-002.zip");
        write_zip(
            &part2,
            &[(
                "Takeout/Google Photos/Photos from 2019/IMG_1.jpg.supplemental-metadata.json",
                SIDECAR.as_bytes(),
            )],
        );
        let mut entries = list_zip(SourceId(1), &part2).expect("listed");
        entries.extend(list_zip(SourceId(0), &part1).expect("listed"));
        let big_entry = entries
            .iter()
            .find(|e| e.name.ends_with(b"big.json"))
            .expect("listed");
        assert_eq!(big_entry.json, None, "too large to be a sidecar");
        assert_eq!(big_entry.size, MAX_JSON_BYTES + 1);
        let plan = plan_takeout(entries);
        assert_eq!(plan.items.len(), 1);
        assert_eq!(plan.items[0].size, 6);
        assert_eq!(
            plan.items[0].taken_at.map(jiff::Timestamp::as_second),
            Some(1_559_390_400)
        );
        assert_eq!(plan.refused.len(), 1);
        assert_eq!(plan.refused[0].reason, UnsafePath::DotSegment);
        assert_eq!(plan.problems.len(), 1, "{:?}", plan.problems);
    }

    #[test]
    fn a_damaged_zip_is_an_error_naming_it() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("takeout-001.zip");
        write_zip(
            &path,
            &[("Takeout/Google Photos/Trip/IMG_1.jpg", &[7; 4096])],
        );
        let whole = std::fs::read(&path).expect("read");
        std::fs::write(&path, &whole[..whole.len() / 2]).expect("cut");
        let error = list_zip(SourceId(0), &path).expect_err("cut short");
        assert_eq!(error.code(), skyfolio_codes::Code::BadZip);
        assert!(error.to_string().contains("takeout-001.zip"), "{error}");
        std::fs::write(&path, b"not a zip at all").expect("written");
        assert_eq!(
            list_zip(SourceId(0), &path).expect_err("no zip").code(),
            skyfolio_codes::Code::BadZip
        );
        let missing = list_zip(SourceId(0), &dir.path().join("missing.zip")).expect_err("gone");
        assert_eq!(missing.code(), skyfolio_codes::Code::Io);
    }

    #[test]
    fn lists_an_extracted_folder_from_its_parent() {
        let dir = tempfile::tempdir().expect("temp dir");
        let year = dir.path().join("Photos from 2019");
        std::fs::create_dir_all(year.join("nested")).expect("created");
        std::fs::write(year.join("IMG_1.jpg"), b"jpeg").expect("written");
        std::fs::write(year.join("IMG_1.jpg.json"), SIDECAR).expect("written");
        std::fs::write(year.join("nested/notes.txt"), b"x").expect("written");
        let entries = list_folder(SourceId(3), &year).expect("listed");
        let names: Vec<String> = entries
            .iter()
            .map(|e| String::from_utf8_lossy(&e.name).into_owned())
            .collect();
        assert_eq!(
            names,
            [
                "Photos from 2019/IMG_1.jpg",
                "Photos from 2019/IMG_1.jpg.json",
                "Photos from 2019/nested/notes.txt"
            ]
        );
        assert!(entries[1].json.is_some());
        let plan = plan_takeout(entries);
        assert_eq!(plan.items.len(), 1);
        assert!(plan.items[0].metadata.is_some());
        assert_eq!(plan.ignored[0].reason, IgnoreReason::NotMedia);
        assert_eq!(
            list_folder(SourceId(0), &dir.path().join("missing"))
                .expect_err("gone")
                .code(),
            skyfolio_codes::Code::Io
        );
    }
}
