//! What a folder of a Google Photos Takeout is: a year folder (`Photos from 2019`, which is not
//! an album), an album, one of Google's special folders (trash, archive…), or the top of the
//! export. Google localizes every one of these names, so each list here is documented and
//! open to additions; the one rule that needs no list is that a folder with album metadata is
//! an album, whatever its name.

use serde::Serialize;

/// The localized starts of year-folder names, in lowercase: `Photos from 2019` (English;
/// French exports have been seen with it too), `Photos de 2019` (French), `Fotos von 2019`
/// (German), `Fotos del 2019` (Spanish), `Fotos de 2019` (Portuguese), `Foto del 2019`,
/// `Foto dal 2019` and `Foto da 2019` (Italian), `Foto's van 2019` (Dutch; the apostrophe is
/// sometimes written as `_`), `Zdjęcia z 2019` (Polish). A folder named just `2019` is a year
/// folder too. Reported by other importers (GPTH, immich-go); not all confirmed.
pub const YEAR_FOLDER_PREFIXES: &[&str] = &[
    "photos from ",
    "photos de ",
    "fotos von ",
    "fotos del ",
    "fotos de ",
    "foto del ",
    "foto dal ",
    "foto da ",
    "foto's van ",
    "foto_s van ",
    "fotos van ",
    "zdjęcia z ",
];

/// The localized names of the Google Photos folder itself (`Takeout/Google Photos/`): media
/// directly in it belong to no album.
pub const GOOGLE_PHOTOS_FOLDERS: &[&str] = &[
    "Google Photos",
    "Google Fotos",
    "Google Foto",
    "Fotky Google",
    "Google Фото",
    "Google Снимки",
    "Google 相册",
    "Google 相簿",
    "Google フォト",
    "Google 포토",
    "Zdjęcia Google",
    "Takeout",
];

/// Google's own folders that are not albums, by their localized names in lowercase, as other
/// importers list them. A folder of this name that has album metadata is an album all the same.
pub const SPECIAL_FOLDERS: &[(&str, SpecialFolder)] = &[
    ("trash", SpecialFolder::Trash),
    ("bin", SpecialFolder::Trash),
    ("corbeille", SpecialFolder::Trash),
    ("papierkorb", SpecialFolder::Trash),
    ("papelera", SpecialFolder::Trash),
    ("paperera", SpecialFolder::Trash),
    ("cestino", SpecialFolder::Trash),
    ("lixeira", SpecialFolder::Trash),
    ("prullenbak", SpecialFolder::Trash),
    ("kosz", SpecialFolder::Trash),
    ("корзина", SpecialFolder::Trash),
    ("ゴミ箱", SpecialFolder::Trash),
    ("回收站", SpecialFolder::Trash),
    ("archive", SpecialFolder::Archive),
    ("archiver", SpecialFolder::Archive),
    ("archiv", SpecialFolder::Archive),
    ("archivieren", SpecialFolder::Archive),
    ("archivo", SpecialFolder::Archive),
    ("archivio", SpecialFolder::Archive),
    ("arquivo", SpecialFolder::Archive),
    ("arxiu", SpecialFolder::Archive),
    ("archief", SpecialFolder::Archive),
    ("archiveren", SpecialFolder::Archive),
    ("archiwum", SpecialFolder::Archive),
    ("архив", SpecialFolder::Archive),
    ("アーカイブ", SpecialFolder::Archive),
    ("档案", SpecialFolder::Archive),
    ("locked folder", SpecialFolder::LockedFolder),
    ("carpeta privada", SpecialFolder::LockedFolder),
    ("failed videos", SpecialFolder::FailedVideos),
];

/// One of Google's own folders that is not an album.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SpecialFolder {
    /// Items in Google Photos' trash: they go to the recycle bin.
    Trash,
    /// Archived items (hidden from the photo grid).
    Archive,
    /// The Locked Folder's items.
    LockedFolder,
    /// Videos Google could not process.
    FailedVideos,
}

/// What a folder of the Takeout is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum FolderKind {
    /// `Photos from 2019` or `2019`: every item of that year, not an album.
    Year {
        /// The year its name says.
        year: u16,
    },
    /// An album: its own folder, named after it.
    Album,
    /// One of Google's own folders.
    Special {
        /// Which one.
        folder: SpecialFolder,
    },
    /// The Google Photos folder itself, the `Takeout` folder, or no folder at all.
    Root,
}

/// Tells what a folder is from its name and whether it holds album metadata. A folder with
/// album metadata is an album whatever its name (`Summer 2019`, even `Trash`); a year folder
/// never has any, so a name like `Photos from 2019` without it is a year folder. A name is
/// compared without case.
pub fn classify_folder(name: Option<&str>, has_album_metadata: bool) -> FolderKind {
    let Some(name) = name else {
        return FolderKind::Root;
    };
    if has_album_metadata {
        return FolderKind::Album;
    }
    if let Some(year) = year_of_folder(name) {
        return FolderKind::Year { year };
    }
    if GOOGLE_PHOTOS_FOLDERS
        .iter()
        .any(|root| root.to_lowercase() == name.to_lowercase())
    {
        return FolderKind::Root;
    }
    let lower = name.trim().to_lowercase();
    if let Some((_, folder)) = SPECIAL_FOLDERS.iter().find(|(n, _)| *n == lower) {
        return FolderKind::Special { folder: *folder };
    }
    FolderKind::Album
}

/// The year of a year folder's name: `Photos from 2019`, `Fotos von 2019`, `2019`, in any case
/// (see [`YEAR_FOLDER_PREFIXES`]). Years from 1800 to 2199.
pub fn year_of_folder(name: &str) -> Option<u16> {
    let lower = name.trim().to_lowercase();
    let digits = YEAR_FOLDER_PREFIXES
        .iter()
        .find_map(|prefix| lower.strip_prefix(prefix))
        .unwrap_or(&lower);
    if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: u16 = digits.parse().ok()?;
    (1800..=2199).contains(&year).then_some(year)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_folders_in_every_language_known() {
        for (name, year) in [
            ("Photos from 2019", 2019),
            ("photos from 1999", 1999),
            ("Photos de 2021", 2021),
            ("Fotos von 2018", 2018),
            ("Fotos del 2022", 2022),
            ("Fotos de 2017", 2017),
            ("Foto del 2016", 2016),
            ("Foto dal 2015", 2015),
            ("Foto da 2014", 2014),
            ("Foto's van 2013", 2013),
            ("Foto_s van 2012", 2012),
            ("Zdjęcia z 2011", 2011),
            ("2010", 2010),
            ("1901", 1901),
        ] {
            assert_eq!(year_of_folder(name), Some(year), "{name}");
            assert_eq!(
                classify_folder(Some(name), false),
                FolderKind::Year { year }
            );
        }
        for name in [
            "Photos from 19",
            "Photos from 20190",
            "Photos from 2019 (1)",
            "Summer 2019",
            "2019 Italy",
            "Photos from ２０１９",
            "1066",
            "9999",
            "Photos from",
        ] {
            assert_eq!(year_of_folder(name), None, "{name}");
        }
    }

    #[test]
    fn albums_are_everything_else() {
        for name in [
            "Summer 2019",
            "Rome",
            "Urlaub in Knaufspesch",
            "Voyage à Paris",
            "Отпуск",
            "富士山",
            "Untitled(1)",
            "Sin título",
            "1 year ago",
            "2019 年的照片",
        ] {
            assert_eq!(
                classify_folder(Some(name), false),
                FolderKind::Album,
                "{name}"
            );
        }
    }

    #[test]
    fn album_metadata_makes_an_album_whatever_the_name() {
        for name in [
            "Photos from 2019",
            "2019",
            "Trash",
            "Archive",
            "Google Photos",
        ] {
            assert_eq!(
                classify_folder(Some(name), true),
                FolderKind::Album,
                "{name}"
            );
        }
    }

    #[test]
    fn google_folders_are_not_albums() {
        for name in [
            "Google Photos",
            "Google Fotos",
            "Fotky Google",
            "Google Фото",
            "Google 相册",
            "Takeout",
            "google photos",
        ] {
            assert_eq!(
                classify_folder(Some(name), false),
                FolderKind::Root,
                "{name}"
            );
        }
        assert_eq!(classify_folder(None, false), FolderKind::Root);
        for (name, folder) in [
            ("Trash", SpecialFolder::Trash),
            ("Corbeille", SpecialFolder::Trash),
            ("Papierkorb", SpecialFolder::Trash),
            ("Archive", SpecialFolder::Archive),
            ("Archivio", SpecialFolder::Archive),
            ("Locked Folder", SpecialFolder::LockedFolder),
            ("Failed Videos", SpecialFolder::FailedVideos),
        ] {
            assert_eq!(
                classify_folder(Some(name), false),
                FolderKind::Special { folder },
                "{name}"
            );
        }
    }
}
