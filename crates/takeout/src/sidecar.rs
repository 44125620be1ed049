//! Which JSON sidecar belongs to which media file of one folder, by Google's naming.
//!
//! Matching goes from the media to the sidecar, never the reverse: for each media file the
//! names its sidecar could have are written out (in order of preference) and looked up among
//! the folder's JSON files. The names Google writes for `IMG_1.jpg`:
//!
//! - `IMG_1.jpg.supplemental-metadata.json`, or the older `IMG_1.jpg.json`
//!   ([`MatchRule::FullName`]);
//! - the same clipped to Google's length limit, which cuts into `.supplemental-metadata`:
//!   `IMG_1.jpg.supplemental-metad.json` … `IMG_1.jpg.s.json`, `IMG_1.jpg..json`
//!   ([`MatchRule::ClippedSuffix`]);
//! - without the media's extension: `IMG_1.json`, `IMG_1.supplemental-metadata.json`
//!   ([`MatchRule::MissingExtension`]; Google added the extension to a name that had none);
//! - for a long name, the name itself clipped, keeping `.json`: `PXL_…_EXPOSURE-02.ORIGIN.json`
//!   for `PXL_…_EXPOSURE-02.ORIGINA.jpg` ([`MatchRule::ClippedName`]). Google's limit is about
//!   46 UTF-16 units before `.json` (47 for the media's own name, and other limits have been
//!   seen); it is treated as a heuristic: any clip of at least [`MIN_CLIPPED_UTF16`] units counts.
//! - a duplicate's index moves to the end: `IMG_1.jpg(1).json`,
//!   `IMG_1.jpg.supplemental-metadata(1).json`, `IMG_1.jpg.suppl(1).json` for `IMG_1(1).jpg`.
//!   A `(1)` can also belong to the name itself (`Negative0-36-35(1).jpg`), so the name as it is
//!   is tried first.
//! - an edited copy (`IMG_1-edited.jpg`, `-bearbeitet`, `-modifié`… see [`EDITED_SUFFIXES`],
//!   possibly clipped to `-edi`) has no sidecar of its own and shares its original's
//!   ([`MatchRule::EditedCopy`]).
//!
//! File names are compared exactly (callers give both sides in Unicode NFC); a name that
//! differs only in the case of ASCII letters is taken after every exact one.
//!
//! When several media files could claim one sidecar, the better claim wins: the rule first (in
//! the order above), then the longer part of the media's name matched. Claims equal on both
//! are settled by the sidecar's `title` (the item's name in Google Photos) if it agrees with
//! exactly one of them, and otherwise nobody gets the sidecar ([`Ambiguity`]): a missing date
//! can be fixed by hand, a wrong one is not noticed. One sidecar never goes to two media files,
//! except to an original and its edited copies.

use std::cmp::Reverse;
use std::collections::{HashMap, HashSet};

use serde::Serialize;

use crate::name;

/// The infix of Google's newer sidecar names: `IMG_1.jpg.supplemental-metadata.json`.
pub const SUPPLEMENTAL_METADATA: &str = ".supplemental-metadata";

/// The shortest clipped name taken, in UTF-16 code units (the unit Google's limit counts: an
/// emoji is two). Google clips sidecar names at about 46 units before `.json`, media names at
/// about 47 (other limits up to 48 have been reported); a shorter prefix is too likely to be
/// another file's name.
pub const MIN_CLIPPED_UTF16: usize = 40;

/// The suffix Google gives an edited copy, in the account's language (`IMG_1-edited.jpg` beside
/// `IMG_1.jpg`). The copy has no sidecar of its own and shares the original's. Confirmed in
/// Takeouts: English, German, French, Italian, Catalan, Polish, Dutch, Japanese and Spanish's
/// `-ha editado`; the others are reported by importers and unconfirmed. A suffix here is only
/// used for a file that has no sidecar by its own name, so an unconfirmed one costs nothing.
pub const EDITED_SUFFIXES: &[&str] = &[
    "-edited",          // English
    "-bearbeitet",      // German
    "-modifié",         // French
    "-modificato",      // Italian
    "-editat",          // Catalan
    "-edytowane",       // Polish
    "-bewerkt",         // Dutch
    "-編集済み",        // Japanese
    "-ha editado",      // Spanish
    "-editado",         // Spanish, Portuguese (reported)
    "-muokattu",        // Finnish (reported)
    "-redigeret",       // Danish (reported)
    "-upravené",        // Slovak (reported)
    "-отредактировано", // Russian (reported)
    "-відредаговано",   // Ukrainian (reported)
    "-编辑",            // Chinese (reported)
    "-편집됨",          // Korean (reported)
];

/// A clipped edited suffix (`-edi` for `-edited`) counts from this many UTF-16 units.
const MIN_CLIPPED_SUFFIX_UTF16: usize = 3;

/// Which naming rule tied a media file to its sidecar, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MatchRule {
    /// `IMG_1.jpg.supplemental-metadata.json` or `IMG_1.jpg.json`.
    FullName,
    /// `IMG_1.jpg.supplemental-metad.json` … `IMG_1.jpg..json`.
    ClippedSuffix,
    /// `IMG_1.json` or `IMG_1.supplemental-metadata.json` (clipped or not) for `IMG_1.jpg`.
    MissingExtension,
    /// The media's own name clipped: `…_EXPOSURE-02.ORIGIN.json` for `…_EXPOSURE-02.ORIGINA.jpg`.
    ClippedName,
    /// An edited copy sharing its original's sidecar.
    EditedCopy,
}

/// A media file of the folder, as the matcher sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MediaName<'a> {
    /// The file's name (NFC).
    pub name: &'a str,
    /// For the video of a motion photo, the index of its still: the video never takes a
    /// sidecar the still could have (the item uses the still's).
    pub companion_of: Option<usize>,
}

/// A JSON file of the folder that may be a sidecar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SidecarName<'a> {
    /// The file's name (NFC).
    pub name: &'a str,
    /// Its `title`, when it could be read: settles claims that are otherwise equal.
    pub title: Option<&'a str>,
}

/// A media file's sidecar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Match {
    /// Index of the sidecar in the list given.
    pub sidecar: usize,
    /// The naming rule that tied them.
    pub rule: MatchRule,
    /// The media's `(n)` duplicate index was found at the end of the sidecar's name.
    pub moved_index: bool,
    /// The names differ in the case of ASCII letters (`IMG_1.jpg`, `IMG_1.JPG.json`).
    pub case_differs: bool,
}

/// A sidecar that several media files claimed equally: it was given to none of them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ambiguity {
    /// Index of the sidecar.
    pub sidecar: usize,
    /// Indexes of the media files that claimed it.
    pub media: Vec<usize>,
}

/// The sidecars of one folder's media files.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct FolderMatches {
    /// For each media file, in the order given, its sidecar if one was found.
    pub media: Vec<Option<Match>>,
    /// Sidecars given to nobody because the claims on them were equal.
    pub ambiguous: Vec<Ambiguity>,
}

/// Matches the media files of one folder to the JSON files of the same folder (every part of
/// the Takeout merged: a photo and its sidecar may come in different parts). Names must be
/// unique on each side; the rules are in the [module documentation](self).
pub fn match_folder(media: &[MediaName<'_>], sidecars: &[SidecarName<'_>]) -> FolderMatches {
    let index = SidecarIndex::new(sidecars);
    let by_name: HashMap<&str, usize> = media
        .iter()
        .enumerate()
        .rev()
        .map(|(i, m)| (m.name, i))
        .collect();
    let edited_of: Vec<Option<String>> = media.iter().map(|m| edited_original(m.name)).collect();
    // A media file's lead: the still of a motion video, or the original of an edited copy.
    let lead: Vec<Option<usize>> = media
        .iter()
        .enumerate()
        .map(|(i, m)| {
            m.companion_of
                .or_else(|| {
                    let original = edited_of[i].as_deref()?;
                    by_name.get(original).copied()
                })
                .filter(|&l| l != i && l < media.len())
        })
        .collect();

    let mut pairs: Vec<(Key, usize, usize)> = Vec::new();
    for (m, file) in media.iter().enumerate() {
        for (key, sidecar) in candidates(file.name, &index) {
            pairs.push((key, sidecar, m));
        }
    }
    pairs.sort_unstable();
    let could_claim: HashSet<(usize, usize)> = pairs.iter().map(|&(_, s, m)| (m, s)).collect();

    let mut found: Vec<Option<Match>> = vec![None; media.len()];
    let mut yielded = vec![false; media.len()];
    let mut state = vec![State::Free; sidecars.len()];
    let mut ambiguous = Vec::new();

    let mut start = 0;
    while start < pairs.len() {
        let (key, sidecar, _) = pairs[start];
        let mut end = start;
        while end < pairs.len() && pairs[end].0 == key && pairs[end].1 == sidecar {
            end += 1;
        }
        let run = start..end;
        start = end;
        if state[sidecar] != State::Free {
            continue;
        }
        let mut claimants = Vec::new();
        for &(_, _, m) in &pairs[run] {
            if found[m].is_some() || yielded[m] {
                continue;
            }
            // A follower leaves to its lead every sidecar the lead could have.
            if let Some(l) = lead[m]
                && could_claim.contains(&(l, sidecar))
            {
                yielded[m] = true;
                continue;
            }
            claimants.push(m);
        }
        let winner = match claimants.as_slice() {
            [] => continue,
            [only] => Some(*only),
            _ => {
                let title = sidecars[sidecar].title;
                let agreeing: Vec<usize> = claimants
                    .iter()
                    .copied()
                    .filter(|&m| title_agrees(media[m].name, key.reading, title))
                    .collect();
                match agreeing.as_slice() {
                    [only] => Some(*only),
                    _ => None,
                }
            }
        };
        match winner {
            Some(m) => {
                state[sidecar] = State::Held;
                found[m] = Some(Match {
                    sidecar,
                    rule: key.rule,
                    moved_index: key.reading == 1,
                    case_differs: key.case_differs,
                });
            }
            None => {
                state[sidecar] = State::Blocked;
                ambiguous.push(Ambiguity {
                    sidecar,
                    media: claimants,
                });
            }
        }
    }

    // Edited copies share their original's sidecar; one whose original is not in the folder
    // takes the sidecar the original would have had, if nobody else has it.
    let mut shared: HashMap<usize, &str> = HashMap::new();
    for m in 0..media.len() {
        if found[m].is_some() || media[m].companion_of.is_some() {
            continue;
        }
        let Some(original) = edited_of[m].as_deref() else {
            continue;
        };
        if let Some(&o) = by_name.get(original) {
            if let Some(theirs) = found[o].filter(|theirs| theirs.rule != MatchRule::EditedCopy) {
                found[m] = Some(Match {
                    rule: MatchRule::EditedCopy,
                    ..theirs
                });
            }
            continue;
        }
        for (key, sidecar) in candidates(original, &index) {
            let free = match state[sidecar] {
                State::Free => true,
                State::Shared => shared.get(&sidecar) == Some(&original),
                State::Held | State::Blocked => false,
            };
            if free {
                state[sidecar] = State::Shared;
                shared.insert(sidecar, original);
                found[m] = Some(Match {
                    sidecar,
                    rule: MatchRule::EditedCopy,
                    moved_index: key.reading == 1,
                    case_differs: key.case_differs,
                });
                break;
            }
        }
    }

    FolderMatches {
        media: found,
        ambiguous,
    }
}

/// The name of the original of an edited copy: `IMG_1.jpg` for `IMG_1-edited.jpg`,
/// `IMG_1(1).jpg` for `IMG_1-bearbeitet(1).jpg` (the index stays last), `…_long_name.jpg` for a
/// long `…_long_name-edi.jpg` whose suffix was clipped. `None` when the name carries no
/// [`EDITED_SUFFIXES`] suffix.
pub fn edited_original(name: &str) -> Option<String> {
    let ext = name::extension(name).map_or(0, |e| e.len() + 1);
    let (base, ext) = name.split_at(name.len() - ext);
    let mut tries = vec![(base, "")];
    if let Some(split) = split_index(base) {
        tries.push(split);
    }
    for &(core, index) in &tries {
        for suffix in EDITED_SUFFIXES {
            if let Some(original) = core.strip_suffix(suffix)
                && !original.is_empty()
            {
                return Some(format!("{original}{index}{ext}"));
            }
        }
    }
    for &(core, index) in &tries {
        if utf16_len(core) < MIN_CLIPPED_UTF16 {
            continue;
        }
        for suffix in EDITED_SUFFIXES {
            for (cut, _) in suffix.char_indices().rev() {
                let clipped = &suffix[..cut];
                if utf16_len(clipped) < MIN_CLIPPED_SUFFIX_UTF16 {
                    break;
                }
                if let Some(original) = core.strip_suffix(clipped)
                    && !original.is_empty()
                {
                    return Some(format!("{original}{index}{ext}"));
                }
            }
        }
    }
    None
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Free,
    /// Given to a media file.
    Held,
    /// Claimed equally by several: given to none.
    Blocked,
    /// Given to the edited copies of one original that is not in the folder.
    Shared,
}

/// How good a claim is; smaller is better. The fields are compared in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Key {
    rule: MatchRule,
    case_differs: bool,
    /// 0: the name as it is; 1: its trailing `(n)` read as a duplicate index.
    reading: u8,
    /// For a clipped name, the UTF-16 units kept: the longer the better. Two media files
    /// claiming one clipped sidecar keep as many units of their names: they tie.
    clipped_to: Reverse<usize>,
    /// Bytes of `.supplemental-metadata` left out.
    unmatched_suffix: usize,
}

/// One way to read a media file's name: `base` + `index` + `ext` is the name, or the name with
/// its duplicate index moved.
#[derive(Debug, Clone, Copy)]
struct Reading<'a> {
    base: &'a str,
    /// `"(1)"`, or empty.
    index: &'a str,
    /// `".jpg"`, or empty.
    ext: &'a str,
}

fn readings(name: &str) -> Vec<Reading<'_>> {
    let ext = name::extension(name).map_or(0, |e| e.len() + 1);
    let (base, ext) = name.split_at(name.len() - ext);
    let mut readings = vec![Reading {
        base,
        index: "",
        ext,
    }];
    if let Some((base, index)) = split_index(base) {
        readings.push(Reading { base, index, ext });
    }
    readings
}

/// `("IMG_1", "(2)")` for `IMG_1(2)`.
fn split_index(base: &str) -> Option<(&str, &str)> {
    let inner = base.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let digits = &inner[open + 1..];
    if digits.is_empty() || digits.len() > 6 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    (open > 0).then(|| base.split_at(open))
}

fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// The folder's sidecar names, for exact and ASCII-case-blind look-ups.
struct SidecarIndex<'a> {
    exact: HashMap<&'a str, usize>,
    /// `None` where two names differ only in case.
    folded: HashMap<String, Option<usize>>,
}

impl<'a> SidecarIndex<'a> {
    fn new(sidecars: &[SidecarName<'a>]) -> SidecarIndex<'a> {
        let mut exact = HashMap::new();
        let mut folded: HashMap<String, Option<usize>> = HashMap::new();
        for (i, sidecar) in sidecars.iter().enumerate() {
            exact.entry(sidecar.name).or_insert(i);
            folded
                .entry(sidecar.name.to_ascii_lowercase())
                .and_modify(|found| *found = None)
                .or_insert(Some(i));
        }
        SidecarIndex { exact, folded }
    }

    fn lookup(&self, name: &str, lowered: &mut String) -> Option<(usize, bool)> {
        if let Some(&i) = self.exact.get(name) {
            return Some((i, false));
        }
        lowered.clear();
        lowered.push_str(name);
        lowered.make_ascii_lowercase();
        self.folded
            .get(lowered.as_str())
            .copied()
            .flatten()
            .map(|i| (i, true))
    }
}

/// Every existing sidecar the media file could have, best claim first, each sidecar once.
fn candidates(media: &str, index: &SidecarIndex<'_>) -> Vec<(Key, usize)> {
    let mut found = Vec::new();
    let mut name = String::new();
    let mut lowered = String::new();
    let suffix = SUPPLEMENTAL_METADATA;
    for (r, reading) in readings(media).iter().enumerate() {
        let reading_no = r as u8;
        let mut probe = |name: &str, rule, clipped_to, unmatched_suffix| {
            if let Some((sidecar, case_differs)) = index.lookup(name, &mut lowered) {
                let key = Key {
                    rule,
                    case_differs,
                    reading: reading_no,
                    clipped_to: Reverse(clipped_to),
                    unmatched_suffix,
                };
                found.push((key, sidecar));
            }
        };
        let stem = format!("{}{}", reading.base, reading.ext);
        // The whole name, with `.supplemental-metadata` whole, clipped, or absent.
        for kept in (0..=suffix.len()).rev() {
            let rule = if kept == suffix.len() || kept == 0 {
                MatchRule::FullName
            } else {
                MatchRule::ClippedSuffix
            };
            write_name(&mut name, &[&stem, &suffix[..kept], reading.index]);
            probe(&name, rule, 0, suffix.len() - kept);
        }
        // The name without its extension.
        if !reading.ext.is_empty() {
            for kept in (0..=suffix.len()).rev() {
                write_name(&mut name, &[reading.base, &suffix[..kept], reading.index]);
                probe(&name, MatchRule::MissingExtension, 0, suffix.len() - kept);
            }
        }
        // The name itself clipped. Read as it is, a name ending in `(n)` keeps it whole: a
        // sidecar without the index belongs to the file without it.
        let keep_whole = if r == 0 && split_index(reading.base).is_some() {
            reading.base.len()
        } else {
            0
        };
        let mut units = utf16_len(&stem);
        for (cut, c) in stem.char_indices().rev() {
            units -= c.len_utf16();
            if cut < keep_whole || units < MIN_CLIPPED_UTF16 {
                break;
            }
            write_name(&mut name, &[&stem[..cut], reading.index]);
            probe(&name, MatchRule::ClippedName, units, 0);
        }
    }
    found.sort_unstable();
    let mut seen = HashSet::new();
    found.retain(|&(_, sidecar)| seen.insert(sidecar));
    found
}

fn write_name(name: &mut String, parts: &[&str]) {
    name.clear();
    for part in parts {
        name.push_str(part);
    }
    name.push_str(".json");
}

/// Whether a sidecar's title is the media file's name as Google Photos knew it: the name (with
/// a duplicate index taken out), the name without extension, or, for a clipped name, a title
/// it is the start of.
fn title_agrees(media: &str, reading: u8, title: Option<&str>) -> bool {
    let Some(title) = title else {
        return false;
    };
    let Some(reading) = readings(media).get(usize::from(reading)).copied() else {
        return false;
    };
    let (base, ext) = (reading.base, reading.ext);
    (title.len() == base.len() + ext.len() && title.starts_with(base) && title.ends_with(ext))
        || title == base
        || (utf16_len(base) >= MIN_CLIPPED_UTF16
            && title.starts_with(base)
            && title.len() >= ext.len()
            && title.is_char_boundary(title.len() - ext.len())
            && title[title.len() - ext.len()..].eq_ignore_ascii_case(ext))
}

#[cfg(test)]
mod tests;
