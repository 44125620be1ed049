use std::path::Path;

use serde::Serialize;
use skyfolio_media::{ErrorCode, MediaKind};

use crate::{CommandError, Listing, Token};

/// One tile of the grid: a photo or video in the folder, or a file that looked like one but
/// could not be read (then `kind` is unknown and `problem` says why).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GridItem {
    /// Fetch its thumbnail as `thumb://localhost/<token>`.
    pub token: Token,
    /// The file name, for the tile's label.
    pub name: String,
    pub kind: Option<MediaKind>,
    pub problem: Option<CommandError>,
}

/// The photos and videos directly inside `folder`, judged by content, sorted by name.
///
/// (This belongs in the library crate, beside the scanner and the index, once that exists;
/// the command will then call it there.)
///
/// Sub-folders and files that are not photos or videos (text, empty files, documents) are left
/// out. A file that cannot even be opened is kept as a tile with a problem, so the person sees
/// which file and why instead of a silent gap. Only a folder that cannot be read is an error.
pub fn list_folder(folder: &Path, listing: &Listing) -> Result<Vec<GridItem>, CommandError> {
    let entries = std::fs::read_dir(folder).map_err(|error| CommandError {
        code: CommandError::FOLDER_UNREADABLE,
        message: format!("{}: cannot read the folder: {error}", folder.display()),
    })?;
    let mut items: Vec<GridItem> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_file())
        .filter_map(|path| {
            let (kind, problem) = match skyfolio_media::sniff(&path) {
                Ok(media_type) => (Some(media_type.kind), None),
                Err(error) => match error.code() {
                    ErrorCode::UnsupportedFormat | ErrorCode::EmptyFile => return None,
                    _ => (None, Some(CommandError::from(&error))),
                },
            };
            Some(GridItem {
                token: listing.token_for(&path),
                name: path.file_name()?.to_string_lossy().into_owned(),
                kind,
                problem,
            })
        })
        .collect();
    items.sort_by(|a, b| {
        a.name
            .to_lowercase()
            .cmp(&b.name.to_lowercase())
            .then_with(|| a.name.cmp(&b.name))
    });
    Ok(items)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_corpus::corpus;

    fn copy(from: &str, to: &Path) {
        std::fs::copy(corpus(from), to).expect("the corpus is readable");
    }

    #[test]
    fn lists_photos_and_videos_by_content_sorted_by_name() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        copy("jpeg/google_pixel.jpg", &dir.path().join("b.jpg"));
        copy("jpeg/jolla.jpg", &dir.path().join("A.JPG"));
        copy("video/android_gps.mp4", &dir.path().join("clip.mp4"));
        // A JPEG named .png is a photo; a text file named .jpg is not.
        copy("jpeg/no_exif.jpg", &dir.path().join("c.png"));
        std::fs::write(dir.path().join("notes.jpg"), "not a picture\n").expect("write");
        std::fs::write(dir.path().join("empty.jpg"), "").expect("write");
        std::fs::create_dir(dir.path().join("sub.jpg")).expect("mkdir");

        let listing = Listing::default();
        let items = list_folder(dir.path(), &listing).expect("the folder lists");

        let names: Vec<_> = items.iter().map(|item| item.name.as_str()).collect();
        assert_eq!(names, ["A.JPG", "b.jpg", "c.png", "clip.mp4"]);
        let kinds: Vec<_> = items.iter().map(|item| item.kind).collect();
        assert_eq!(
            kinds,
            [
                Some(MediaKind::Photo),
                Some(MediaKind::Photo),
                Some(MediaKind::Photo),
                Some(MediaKind::Video)
            ]
        );
        assert!(items.iter().all(|item| item.problem.is_none()));
        assert_eq!(
            listing.path(items[3].token.as_str()),
            Some(dir.path().join("clip.mp4"))
        );
    }

    #[test]
    fn a_missing_folder_is_an_error_with_a_code() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let error = list_folder(&dir.path().join("gone"), &Listing::default())
            .expect_err("a missing folder is an error");
        assert_eq!(error.code, "folder-unreadable");
        assert!(error.message.contains("gone"), "{}", error.message);
    }

    /// The UI's copy of these types (ui/src/backend/types.ts) is checked against the same file
    /// by the UI tests, so neither side can change the shape alone.
    #[test]
    fn serializes_in_the_shape_the_ui_reads() {
        let items = [
            GridItem {
                token: Token::fixed("3f2a9c0d1e4b5a67"),
                name: "IMG_0001.jpg".into(),
                kind: Some(MediaKind::Photo),
                problem: None,
            },
            GridItem {
                token: Token::fixed("b1c2d3e4f5a60718"),
                name: "clip.mp4".into(),
                kind: Some(MediaKind::Video),
                problem: None,
            },
            GridItem {
                token: Token::fixed("0a1b2c3d4e5f6071"),
                name: "locked.jpg".into(),
                kind: None,
                problem: Some(CommandError {
                    code: "io",
                    message: "/photos/locked.jpg: cannot read the file".into(),
                }),
            },
        ];
        let json = serde_json::to_string_pretty(&items).expect("items serialize") + "\n";
        let fixture =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/test/fixtures/grid-items.json");
        if std::env::var_os("SKYFOLIO_BLESS").is_some() {
            std::fs::write(&fixture, &json).expect("write the fixture");
        }
        let committed = std::fs::read_to_string(&fixture).unwrap_or_default();
        assert!(
            committed == json,
            "{} is stale: run this test with SKYFOLIO_BLESS=1 and update ui/src/backend/types.ts\n{json}",
            fixture.display()
        );
    }
}
