//! What became of everything a Takeout holds: the reconciliation report after an import
//! ([`TakeoutReport`], one row per item, sidecar without media, and entry not imported, with
//! counts that add up), and the review before one ([`TakeoutReview`]). Both carry codes, never
//! sentences: the shells put them into words.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use serde::{Deserialize, Serialize};
use skyfolio_takeout::{EntryRef, MediaKind, Plan, SourceId};

use super::sources::{Listed, SourceSummary};
use crate::Error;

/// What happened to one row of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum RowOutcome {
    /// Sent to the cloud (`cloud_path`).
    Imported,
    /// Its content was in the cloud or on this computer already (`present_at`), or earlier
    /// in this Takeout under another name: not sent again.
    AlreadyPresent,
    /// It could not be imported (`reason`, `detail`).
    Failed,
    /// A sidecar whose photo is not in the Takeout as given (a part missing?): see `url`.
    NotImported,
    /// Not a photo or video, or litter: nothing to import.
    Ignored,
    /// An entry refused for its name (`../x.jpg`, absolute): never read.
    Refused,
    /// Something to know about an entry (damaged JSON, copies that disagree).
    Problem,
}

/// What a row is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum RowKind {
    Photo,
    Video,
    /// The video half of a motion photo, imported next to its still.
    MotionVideo,
    /// A sidecar JSON.
    Sidecar,
    /// Any other entry.
    Entry,
}

/// One line of the report.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportRow {
    pub outcome: RowOutcome,
    pub kind: RowKind,
    /// The item's name (a sidecar's title), or the entry's file name.
    pub name: String,
    /// The part or folder it came from.
    pub source: Option<String>,
    /// Its path inside that part or folder.
    pub entry: Option<String>,
    /// The album it goes to.
    pub album: Option<String>,
    /// Where it is in the cloud now (imported; or, for one imported by an earlier run, where
    /// that run put it).
    pub cloud_path: Option<String>,
    /// Where its content already was: a cloud path, or a file on this computer.
    pub present_at: Option<String>,
    /// Done by an earlier run of this import (the ledger), not again now.
    pub earlier: bool,
    /// Why it was not imported, as a code.
    pub reason: Option<String>,
    /// The technical detail, in English.
    pub detail: Option<String>,
    /// Its page on photos.google.com, from the sidecar.
    pub url: Option<String>,
    /// When it was taken by the sidecar (UTC).
    pub taken_at: Option<String>,
    /// Its sidecar's entry; empty for media without one.
    pub sidecar: Option<String>,
    pub favorite: bool,
    pub archived: bool,
    /// In Google Photos' trash: sent to the cloud's recycle bin.
    pub trashed: bool,
}

impl ReportRow {
    pub(super) fn new(outcome: RowOutcome, kind: RowKind, name: String) -> ReportRow {
        ReportRow {
            outcome,
            kind,
            name,
            source: None,
            entry: None,
            album: None,
            cloud_path: None,
            present_at: None,
            earlier: false,
            reason: None,
            detail: None,
            url: None,
            taken_at: None,
            sidecar: None,
            favorite: false,
            archived: false,
            trashed: false,
        }
    }
}

/// The totals of a report. `items + motion_videos = imported + already_present + failed`,
/// and every file the readable parts hold is counted once in `entries_by_use`, whose values
/// add up to `entries`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportCounts {
    /// Photos and videos (one per content, wherever the Takeout holds copies).
    pub items: usize,
    /// Video halves of motion photos.
    pub motion_videos: usize,
    pub imported: usize,
    pub already_present: usize,
    pub failed: usize,
    /// Of the imported and already present, those an earlier run did.
    pub earlier: usize,
    /// Items no sidecar was found for.
    pub without_sidecar: usize,
    pub sidecars_without_media: usize,
    pub ignored: usize,
    pub refused: usize,
    pub problems: usize,
    /// Parts or folders that could not be read at all.
    pub unreadable_sources: usize,
    pub albums: usize,
    /// Google Photos' favourites and archive have no place in the cloud yet: counted (and
    /// marked in each row) so that nothing is dropped without a word.
    pub favorites: usize,
    pub archived: usize,
    pub trashed: usize,
    /// Files in the readable parts and folders.
    pub entries: usize,
    /// Those files by what they were: `media`, `sidecar`, `album-metadata`,
    /// `sidecar-without-media`, `ignored`, `refused`, `problem`.
    pub entries_by_use: BTreeMap<String, usize>,
}

/// The reconciliation report of an import.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TakeoutReport {
    pub sources: Vec<SourceSummary>,
    pub rows: Vec<ReportRow>,
    pub counts: ReportCounts,
}

impl TakeoutReport {
    /// Whether anything failed: an item, or a whole part.
    pub fn has_failures(&self) -> bool {
        self.counts.failed > 0 || self.counts.unreadable_sources > 0
    }

    /// Photos and videos in the cloud now (imported or found there), the failed ones as
    /// failures naming the part and entry, and those this run did not send (found there, or
    /// brought by an earlier run): what an operation in the app reports.
    pub fn outcome(&self) -> (usize, Vec<skyfolio_sync::Failure>, usize) {
        let media = |row: &&ReportRow| {
            matches!(
                row.kind,
                RowKind::Photo | RowKind::Video | RowKind::MotionVideo
            )
        };
        let count = |outcome: RowOutcome| {
            self.rows
                .iter()
                .filter(media)
                .filter(|r| r.outcome == outcome)
                .count()
        };
        let failures = self
            .rows
            .iter()
            .filter(media)
            .filter(|r| r.outcome == RowOutcome::Failed)
            .map(|row| skyfolio_sync::Failure {
                path: match (&row.source, &row.entry) {
                    (Some(source), Some(entry)) => format!("{source}: {entry}"),
                    _ => row.name.clone(),
                },
                code: row.reason.clone().unwrap_or_default(),
                message: row.detail.clone().unwrap_or_default(),
            })
            .collect();
        // Brought by an earlier run of this import: there already, as far as this run goes.
        let earlier = self
            .rows
            .iter()
            .filter(media)
            .filter(|r| r.outcome == RowOutcome::Imported && r.earlier)
            .count();
        let already = count(RowOutcome::AlreadyPresent);
        (
            count(RowOutcome::Imported) + already,
            failures,
            already + earlier,
        )
    }

    /// Writes the report as CSV (one row per line) when `path` ends in `.csv`, else as JSON.
    pub fn write_to(&self, path: &Path) -> Result<(), Error> {
        write_report(path, &self.rows, self)
    }
}

/// How many of one reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SkipCount {
    /// What is skipped: `sidecar-without-media`, `ignored`, `refused`, `problem`,
    /// `unreadable-source`, `done-earlier`.
    pub what: String,
    /// Why, as a code (`no-media`, `not-media`, `dot-segment`, `bad-zip`...).
    pub reason: String,
    pub count: usize,
}

/// What an import of a Takeout would do, read from names, sizes and JSON only.
#[derive(Debug, Clone, Default, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TakeoutReview {
    pub sources: Vec<SourceSummary>,
    pub photos: usize,
    pub videos: usize,
    pub motion_photos: usize,
    pub albums: usize,
    /// The album titles, in order.
    pub album_titles: Vec<String>,
    /// Items whose sidecar gives when they were taken.
    pub dated_by_json: usize,
    /// Items whose sidecar gives where they were taken.
    pub with_place: usize,
    pub favorites: usize,
    pub archived: usize,
    pub trashed: usize,
    pub without_sidecar: usize,
    /// Bytes of the photos and videos (one copy each).
    pub bytes: u64,
    /// Items an earlier run imported or found present already.
    pub done_earlier: usize,
    /// What will not be imported, and why.
    pub skipped: Vec<SkipCount>,
}

impl TakeoutReview {
    /// Whether a part or folder could not be read.
    pub fn has_unreadable_sources(&self) -> bool {
        self.sources.iter().any(|s| s.error.is_some())
    }

    /// Writes what will not be imported as CSV when `path` ends in `.csv`, else the whole
    /// review as JSON.
    pub fn write_to(&self, path: &Path) -> Result<(), Error> {
        write_report(path, &self.skipped, self)
    }
}

/// Writes `rows` as CSV (one per line) when `path` ends in `.csv`, else `whole` as JSON: into a
/// temporary file beside it, moved into place once whole, so that a report is never seen
/// half-written (the app lists reports while an import may be saving one).
fn write_report<R: Serialize>(
    path: &Path,
    rows: &[R],
    whole: &impl Serialize,
) -> Result<(), Error> {
    let io = |source| Error::Io {
        path: path.to_owned(),
        what: "cannot write the report",
        source,
    };
    let is_csv = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    let dir = path.parent().unwrap_or(Path::new("."));
    let file = tempfile::Builder::new()
        .prefix(".report-")
        .suffix(".partial")
        .tempfile_in(dir)
        .map_err(io)?;
    let mut writer = std::io::BufWriter::new(file);
    if is_csv {
        let mut csv = csv::Writer::from_writer(&mut writer);
        for row in rows {
            csv.serialize(row)
                .map_err(|e| io(std::io::Error::other(e)))?;
        }
        csv.flush().map_err(io)?;
    } else {
        serde_json::to_writer_pretty(&mut writer, whole)
            .map_err(|e| io(std::io::Error::other(e)))?;
    }
    let file = writer.into_inner().map_err(|e| io(e.into_error()))?;
    file.as_file().sync_all().map_err(io)?;
    file.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}

fn source_name(listed: &Listed, id: SourceId) -> String {
    listed.source(id).summary.path.display().to_string()
}

fn file_name(path: &str) -> String {
    path.rsplit('/').next().unwrap_or(path).to_owned()
}

/// The rows of what the plan does not import: sidecars without media, ignored and refused
/// entries, problems.
pub(super) fn rows_not_imported(plan: &Plan, listed: &Listed) -> Vec<ReportRow> {
    let mut rows = Vec::new();
    for orphan in &plan.sidecars_without_media {
        let first = &orphan.entries[0];
        let mut row = ReportRow::new(
            RowOutcome::NotImported,
            RowKind::Sidecar,
            orphan
                .title
                .clone()
                .unwrap_or_else(|| file_name(first.path.as_str())),
        );
        row.source = Some(source_name(listed, first.source));
        row.entry = Some(first.path.as_str().to_owned());
        row.sidecar = row.entry.clone();
        row.reason = Some(code_of(&orphan.reason));
        row.url = orphan.url.clone();
        row.taken_at = orphan.taken_at.map(|t| t.to_string());
        if !orphan.claimants.is_empty() {
            row.detail = Some(format!("claimed by {}", orphan.claimants.join(", ")));
        }
        rows.push(row);
    }
    for ignored in &plan.ignored {
        let mut row = ReportRow::new(
            RowOutcome::Ignored,
            RowKind::Entry,
            file_name(ignored.entry.path.as_str()),
        );
        row.source = Some(source_name(listed, ignored.entry.source));
        row.entry = Some(ignored.entry.path.as_str().to_owned());
        row.reason = Some(code_of(&ignored.reason));
        rows.push(row);
    }
    for refused in &plan.refused {
        let mut row = ReportRow::new(RowOutcome::Refused, RowKind::Entry, refused.name.clone());
        row.source = Some(source_name(listed, refused.source));
        row.entry = Some(refused.name.clone());
        row.reason = Some(refused.reason.code().to_string());
        rows.push(row);
    }
    for problem in &plan.problems {
        let mut row = ReportRow::new(
            RowOutcome::Problem,
            RowKind::Entry,
            file_name(problem.entry.path.as_str()),
        );
        row.source = Some(source_name(listed, problem.entry.source));
        row.entry = Some(problem.entry.path.as_str().to_owned());
        row.reason = Some(code_of(&problem.code));
        row.detail = problem.detail.clone();
        rows.push(row);
    }
    rows
}

/// A plan's enum as its kebab-case code.
fn code_of(value: &impl Serialize) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// Every listed file by what it was used as; each counted once, the first use winning.
fn entries_by_use(plan: &Plan) -> BTreeMap<String, usize> {
    let mut seen: HashSet<&EntryRef> = HashSet::new();
    let mut uses: BTreeMap<String, usize> = BTreeMap::new();
    let mut count = |what: &str, entry| {
        if seen.insert(entry) {
            *uses.entry(what.to_owned()).or_default() += 1;
        }
    };
    let places = || plan.items.iter().flat_map(|item| &item.places);
    for entry in places().flat_map(|p| p.media.iter().chain(&p.motion_video)) {
        count("media", entry);
    }
    for entry in places().flat_map(|p| p.sidecar.iter().flat_map(|s| &s.entries)) {
        count("sidecar", entry);
    }
    for entry in plan.albums.iter().flat_map(|a| &a.metadata) {
        count("album-metadata", entry);
    }
    for entry in plan.sidecars_without_media.iter().flat_map(|o| &o.entries) {
        count("sidecar-without-media", entry);
    }
    for ignored in &plan.ignored {
        count("ignored", &ignored.entry);
    }
    for problem in &plan.problems {
        count("problem", &problem.entry);
    }
    if !plan.refused.is_empty() {
        *uses.entry("refused".to_owned()).or_default() += plan.refused.len();
    }
    uses
}

/// The counts of a report from its rows and plan.
pub(super) fn count(plan: &Plan, listed: &Listed, rows: &[ReportRow]) -> ReportCounts {
    let mut counts = ReportCounts {
        albums: plan.albums.len(),
        entries: listed.file_count(),
        entries_by_use: entries_by_use(plan),
        unreadable_sources: listed
            .sources
            .iter()
            .filter(|s| s.summary.error.is_some())
            .count(),
        ..ReportCounts::default()
    };
    for row in rows {
        let media = matches!(
            row.kind,
            RowKind::Photo | RowKind::Video | RowKind::MotionVideo
        );
        match row.outcome {
            RowOutcome::Imported if media => counts.imported += 1,
            RowOutcome::AlreadyPresent if media => counts.already_present += 1,
            RowOutcome::Failed if media => counts.failed += 1,
            RowOutcome::NotImported => counts.sidecars_without_media += 1,
            RowOutcome::Ignored => counts.ignored += 1,
            RowOutcome::Refused => counts.refused += 1,
            RowOutcome::Problem => counts.problems += 1,
            _ => {}
        }
        if media && row.earlier {
            counts.earlier += 1;
        }
        match row.kind {
            RowKind::Photo | RowKind::Video => {
                counts.items += 1;
                counts.without_sidecar += usize::from(row.sidecar.is_none());
                counts.favorites += usize::from(row.favorite);
                counts.archived += usize::from(row.archived);
                counts.trashed += usize::from(row.trashed);
            }
            RowKind::MotionVideo => counts.motion_videos += 1,
            _ => {}
        }
    }
    counts
}

/// The review of a plan: counts only.
pub(super) fn review(plan: &Plan, listed: &Listed, done_earlier: usize) -> TakeoutReview {
    let mut review = TakeoutReview {
        sources: listed.sources.iter().map(|s| s.summary.clone()).collect(),
        albums: plan.albums.len(),
        album_titles: plan.albums.iter().map(|a| a.title.clone()).collect(),
        without_sidecar: plan.without_sidecar.len(),
        done_earlier,
        ..TakeoutReview::default()
    };
    for item in &plan.items {
        match item.kind {
            MediaKind::Photo => review.photos += 1,
            MediaKind::Video => review.videos += 1,
        }
        review.motion_photos += usize::from(item.motion.is_some());
        review.dated_by_json += usize::from(item.taken_at.is_some());
        review.with_place += usize::from(item.location.is_some());
        review.favorites += usize::from(item.favorite);
        review.archived += usize::from(item.archived);
        review.trashed += usize::from(item.trashed);
        review.bytes += item.size + item.motion.as_ref().map_or(0, |m| m.size);
    }
    let mut skipped: BTreeMap<(String, String), usize> = BTreeMap::new();
    let mut skip = |what: &str, reason: String| {
        *skipped.entry((what.to_owned(), reason)).or_default() += 1;
    };
    for orphan in &plan.sidecars_without_media {
        skip("sidecar-without-media", code_of(&orphan.reason));
    }
    for ignored in &plan.ignored {
        skip("ignored", code_of(&ignored.reason));
    }
    for refused in &plan.refused {
        skip("refused", refused.reason.code().to_string());
    }
    for problem in &plan.problems {
        skip("problem", code_of(&problem.code));
    }
    for source in &listed.sources {
        if let Some(error) = &source.summary.error {
            skip("unreadable-source", error.code.clone());
        }
    }
    if done_earlier > 0 {
        skipped.insert(
            ("done-earlier".to_owned(), "ledger".to_owned()),
            done_earlier,
        );
    }
    review.skipped = skipped
        .into_iter()
        .map(|((what, reason), count)| SkipCount {
            what,
            reason,
            count,
        })
        .collect();
    review
}
