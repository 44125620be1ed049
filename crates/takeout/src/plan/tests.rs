use std::collections::BTreeSet;

use super::*;
use crate::LocationSource;

const GP: &str = "Takeout/Google Photos";

fn media(source: u32, name: &str, size: u64) -> Entry {
    Entry {
        source: SourceId(source),
        name: name.as_bytes().to_vec(),
        size,
        json: None,
    }
}

fn json(source: u32, name: &str, content: &str) -> Entry {
    Entry {
        source: SourceId(source),
        name: name.as_bytes().to_vec(),
        size: content.len() as u64,
        json: Some(content.as_bytes().to_vec()),
    }
}

fn sidecar(title: &str, extra: &str) -> String {
    format!(
        r#"{{"title": "{title}", "description": "",
            "creationTime": {{"timestamp": "1700000000"}},
            "photoTakenTime": {{"timestamp": "1559390400", "formatted": "1 Jun 2019, 12:00:00 UTC"}},
            "url": "https://photos.google.com/photo/{title}"{extra}}}"#
    )
}

fn album(title: &str) -> String {
    format!(
        r#"{{"title": "{title}", "description": "", "access": "protected", "date": {{"timestamp": "1559390400"}}}}"#
    )
}

fn folder(plan: &Plan, id: FolderId) -> &Folder {
    &plan.folders[id.0 as usize]
}

fn folder_names(plan: &Plan, item: &Item) -> Vec<String> {
    item.places
        .iter()
        .map(|p| folder(plan, p.folder).name.clone().unwrap_or_default())
        .collect()
}

fn album_titles(plan: &Plan, item: &Item) -> Vec<String> {
    item.albums
        .iter()
        .map(|a| plan.albums[a.0 as usize].title.clone())
        .collect()
}

fn item<'a>(plan: &'a Plan, name: &str) -> &'a Item {
    plan.items
        .iter()
        .find(|i| i.name == name)
        .unwrap_or_else(|| panic!("no item {name}"))
}

/// Every entry that is not a directory ends up somewhere in the plan.
fn assert_accounts_for(plan: &Plan, entries: &[Entry]) {
    let mut seen: BTreeSet<(SourceId, String)> = BTreeSet::new();
    let mut see = |e: &EntryRef| {
        seen.insert((e.source, e.path.as_str().to_owned()));
    };
    for item in &plan.items {
        for place in &item.places {
            place.media.iter().for_each(&mut see);
            place.motion_video.iter().for_each(&mut see);
            if let Some(s) = &place.sidecar {
                s.entries.iter().for_each(&mut see);
            }
        }
    }
    for album in &plan.albums {
        album.metadata.iter().for_each(&mut see);
    }
    for orphan in &plan.sidecars_without_media {
        orphan.entries.iter().for_each(&mut see);
    }
    plan.ignored.iter().for_each(|i| see(&i.entry));
    plan.problems.iter().for_each(|p| see(&p.entry));
    for refused in &plan.refused {
        seen.insert((refused.source, refused.name.clone()));
    }
    for entry in entries {
        if entry.name.last() == Some(&b'/') {
            continue;
        }
        let name = String::from_utf8_lossy(&entry.name).into_owned();
        assert!(
            seen.contains(&(entry.source, name.clone())),
            "{name} is nowhere in the plan"
        );
    }
}

/// immich-go#380's shape: one photo in its year folder and two albums, spread over two parts
/// in no particular order, each folder with its own sidecar copy.
#[test]
fn one_photo_in_a_year_folder_and_two_albums_across_two_parts() {
    let photo = "IMG_20190601_120000.jpg";
    let geo = r#", "favorited": true,
        "geoData": {"latitude": 41.8902, "longitude": 12.4922, "altitude": 21.0}"#;
    let entries = vec![
        json(
            1,
            &format!("{GP}/Best of 2019/{photo}.supplemental-metadata.json"),
            &sidecar(photo, geo),
        ),
        media(0, &format!("{GP}/Trip to Rome/{photo}"), 2_000_000),
        json(
            0,
            &format!("{GP}/Trip to Rome/metadata.json"),
            &album("Rome, June 2019"),
        ),
        media(1, &format!("{GP}/Photos from 2019/{photo}"), 2_000_000),
        json(
            0,
            &format!("{GP}/Photos from 2019/{photo}.supplemental-metadata.json"),
            &sidecar(photo, geo),
        ),
        media(1, &format!("{GP}/Best of 2019/{photo}"), 2_000_000),
        json(
            1,
            &format!("{GP}/Best of 2019/metadata.json"),
            &album("Best of 2019"),
        ),
        json(
            1,
            &format!("{GP}/Trip to Rome/{photo}.supplemental-metadata.json"),
            &sidecar(photo, geo),
        ),
    ];
    let plan = plan_takeout(entries.clone());
    assert_eq!(plan.items.len(), 1, "{:#?}", plan.items);
    let item = &plan.items[0];
    assert_eq!(item.name, photo);
    assert_eq!(item.size, 2_000_000);
    assert_eq!(item.kind, MediaKind::Photo);
    assert_eq!(
        folder_names(&plan, item),
        ["Photos from 2019", "Best of 2019", "Trip to Rome"],
        "the year folder's copy first"
    );
    assert_eq!(item.places[0].media[0].source, SourceId(1));
    assert!(item.places.iter().all(|p| p.sidecar.is_some()));
    assert_eq!(
        item.sidecar.as_ref().expect("present").path.as_str(),
        format!("{GP}/Photos from 2019/{photo}.supplemental-metadata.json")
    );
    let mut titles = album_titles(&plan, item);
    titles.sort();
    assert_eq!(titles, ["Best of 2019", "Rome, June 2019"]);
    assert_eq!(plan.albums.len(), 2);
    assert!(
        plan.albums
            .iter()
            .all(|a| a.title_from == TitleSource::Metadata)
    );
    assert!(item.favorite && !item.archived && !item.trashed);
    assert_eq!(item.taken_at.expect("present").as_second(), 1_559_390_400);
    let location = item.location.expect("present");
    assert_eq!(location.source, LocationSource::GeoData);
    assert_eq!(location.point.latitude, 41.8902);
    assert!(plan.without_sidecar.is_empty());
    assert!(plan.sidecars_without_media.is_empty());
    assert!(plan.problems.is_empty() && plan.refused.is_empty() && plan.ignored.is_empty());
    assert_accounts_for(&plan, &entries);

    // The same entries in another order make the same plan.
    let mut reversed = entries;
    reversed.reverse();
    assert_eq!(plan_takeout(reversed), plan);
}

#[test]
fn a_photo_and_its_sidecar_in_different_parts_and_sources() {
    // Part 1 is a zip; the person extracted part 2 and gave its year folder (paths relative to
    // the folder's parent), on a Mac that wrote names decomposed (NFD).
    let entries = vec![
        media(0, &format!("{GP}/Photos from 2019/Café.jpg"), 10),
        json(
            1,
            "Photos from 2019/Cafe\u{301}.jpg.json",
            &sidecar("Café.jpg", ""),
        ),
    ];
    let plan = plan_takeout(entries.clone());
    assert_eq!(plan.items.len(), 1);
    let item = &plan.items[0];
    assert_eq!(item.places.len(), 1);
    assert_eq!(
        item.places[0].sidecar.as_ref().expect("present").rule,
        MatchRule::FullName
    );
    assert_eq!(
        item.metadata.as_ref().expect("present").title.as_deref(),
        Some("Café.jpg")
    );
    assert_accounts_for(&plan, &entries);
}

#[test]
fn favourites_archived_and_trashed() {
    let entries = vec![
        media(0, &format!("{GP}/Photos from 2019/fav.jpg"), 1),
        json(
            0,
            &format!("{GP}/Photos from 2019/fav.jpg.json"),
            &sidecar("fav.jpg", r#", "favorited": true"#),
        ),
        media(0, &format!("{GP}/Photos from 2019/arch.jpg"), 2),
        json(
            0,
            &format!("{GP}/Photos from 2019/arch.jpg.json"),
            &sidecar("arch.jpg", r#", "archived": true"#),
        ),
        media(0, &format!("{GP}/Photos from 2019/gone.jpg"), 3),
        json(
            0,
            &format!("{GP}/Photos from 2019/gone.jpg.json"),
            &sidecar("gone.jpg", r#", "trashed": true"#),
        ),
        media(0, &format!("{GP}/Photos from 2019/plain.jpg"), 4),
        json(
            0,
            &format!("{GP}/Photos from 2019/plain.jpg.json"),
            &sidecar("plain.jpg", ""),
        ),
        // In the trash folder, the sidecar silent about it.
        media(0, &format!("{GP}/Trash/binned.jpg"), 5),
        json(
            0,
            &format!("{GP}/Trash/binned.jpg.json"),
            &sidecar("binned.jpg", ""),
        ),
        media(0, &format!("{GP}/Archive/hidden.jpg"), 6),
    ];
    let plan = plan_takeout(entries.clone());
    let flags = |name| {
        let i = item(&plan, name);
        (i.favorite, i.archived, i.trashed)
    };
    assert_eq!(flags("fav.jpg"), (true, false, false));
    assert_eq!(flags("arch.jpg"), (false, true, false));
    assert_eq!(flags("gone.jpg"), (false, false, true));
    assert_eq!(flags("plain.jpg"), (false, false, false));
    assert_eq!(flags("binned.jpg"), (false, false, true));
    assert_eq!(flags("hidden.jpg"), (false, true, false));
    assert!(plan.albums.is_empty(), "trash and archive are no albums");
    assert_accounts_for(&plan, &entries);
}

#[test]
fn place_from_geo_data_else_geo_data_exif() {
    let exif_only = r#", "geoData": {"latitude": 0.0, "longitude": 0.0, "altitude": 0.0},
        "geoDataExif": {"latitude": 48.8584, "longitude": 2.2945, "altitude": 35.0}"#;
    let both = r#", "geoData": {"latitude": 41.9, "longitude": 12.5},
        "geoDataExif": {"latitude": 48.8584, "longitude": 2.2945}"#;
    let none = r#", "geoData": {"latitude": 0.0, "longitude": 0.0}"#;
    let entries = vec![
        media(0, &format!("{GP}/Photos from 2019/a.jpg"), 1),
        json(
            0,
            &format!("{GP}/Photos from 2019/a.jpg.json"),
            &sidecar("a.jpg", exif_only),
        ),
        media(0, &format!("{GP}/Photos from 2019/b.jpg"), 2),
        json(
            0,
            &format!("{GP}/Photos from 2019/b.jpg.json"),
            &sidecar("b.jpg", both),
        ),
        media(0, &format!("{GP}/Photos from 2019/c.jpg"), 3),
        json(
            0,
            &format!("{GP}/Photos from 2019/c.jpg.json"),
            &sidecar("c.jpg", none),
        ),
    ];
    let plan = plan_takeout(entries);
    let a = item(&plan, "a.jpg").location.expect("present");
    assert_eq!(a.source, LocationSource::GeoDataExif);
    assert_eq!((a.point.latitude, a.point.longitude), (48.8584, 2.2945));
    let b = item(&plan, "b.jpg").location.expect("present");
    assert_eq!(b.source, LocationSource::GeoData);
    assert_eq!(b.point.latitude, 41.9);
    assert_eq!(item(&plan, "c.jpg").location, None);
}

#[test]
fn a_damaged_sidecar_is_a_problem_naming_it() {
    let damaged = format!("{GP}/Photos from 2019/IMG_1.jpg.supplemental-metadata.json");
    let entries = vec![
        media(0, &format!("{GP}/Photos from 2019/IMG_1.jpg"), 1),
        json(
            0,
            &damaged,
            r#"{"title": "IMG_1.jpg", "photoTakenTime": {"timest"#,
        ),
        // Damaged in one part, whole in another: nothing to report.
        media(0, &format!("{GP}/Photos from 2019/IMG_2.jpg"), 2),
        json(
            0,
            &format!("{GP}/Photos from 2019/IMG_2.jpg.json"),
            "{\"tit",
        ),
        json(
            1,
            &format!("{GP}/Photos from 2019/IMG_2.jpg.json"),
            &sidecar("IMG_2.jpg", ""),
        ),
        // Unread, and matching no media.
        Entry {
            json: None,
            ..media(2, &format!("{GP}/Photos from 2019/IMG_3.jpg.json"), 5)
        },
    ];
    let plan = plan_takeout(entries.clone());
    assert_eq!(plan.problems.len(), 2, "{:#?}", plan.problems);
    let problem = &plan.problems[0];
    assert_eq!(problem.entry.path.as_str(), damaged);
    assert_eq!(problem.code, ProblemCode::DamagedJson);
    assert!(
        problem.detail.as_deref().expect("present").contains("EOF"),
        "{problem:?}"
    );
    assert_eq!(plan.problems[1].code, ProblemCode::JsonNotRead);
    // The photo is still imported: its sidecar is known, its metadata is not.
    let one = item(&plan, "IMG_1.jpg");
    assert!(one.places[0].sidecar.is_some());
    assert_eq!(one.metadata, None);
    assert_eq!(one.taken_at, None);
    assert!(plan.without_sidecar.is_empty());
    let two = item(&plan, "IMG_2.jpg");
    assert_eq!(two.taken_at.expect("present").as_second(), 1_559_390_400);
    assert_eq!(
        two.places[0]
            .sidecar
            .as_ref()
            .expect("present")
            .entries
            .len(),
        2
    );
    assert_accounts_for(&plan, &entries);
}

#[test]
fn hostile_names_are_refused_and_the_rest_goes_on() {
    let mut entries: Vec<Entry> = [
        &b"../../x.jpg"[..],
        b"Takeout/../../../etc/cron.d/x.jpg",
        b"/etc/passwd.jpg",
        b"C:\\Windows\\x.jpg",
        b"C:/x.jpg",
        b"Takeout/Google Photos/Trip/x\0.jpg",
        b"Takeout/Google Photos/Trip/\xff\xfe.jpg",
        b"Takeout/Google Photos/Trip/.. /x.jpg",
        b"",
    ]
    .into_iter()
    .map(|name| Entry {
        source: SourceId(0),
        name: name.to_vec(),
        size: 10,
        json: None,
    })
    .collect();
    entries.push(json(0, "../Takeout/x.jpg.json", &sidecar("x.jpg", "")));
    entries.push(media(0, "Takeout/Google Photos/../", 0));
    entries.push(media(0, "Takeout/Google Photos/Trip/", 0));
    entries.push(media(0, &format!("{GP}/Trip/good.jpg"), 10));
    let plan = plan_takeout(entries.clone());
    let reasons: Vec<UnsafePath> = plan.refused.iter().map(|r| r.reason).collect();
    assert_eq!(
        reasons,
        [
            UnsafePath::DotSegment,
            UnsafePath::DotSegment,
            UnsafePath::Absolute,
            UnsafePath::Backslash,
            UnsafePath::Absolute,
            UnsafePath::ControlCharacter,
            UnsafePath::NotUtf8,
            UnsafePath::DotSegment,
            UnsafePath::Empty,
            UnsafePath::DotSegment,
        ]
    );
    assert_eq!(
        plan.refused[6].name,
        "Takeout/Google Photos/Trip/\u{fffd}\u{fffd}.jpg"
    );
    assert_eq!(plan.items.len(), 1);
    assert_eq!(plan.items[0].name, "good.jpg");
    assert_accounts_for(&plan, &entries);
}

/// The negative cases: a sidecar in another folder only, and one two media claim equally.
#[test]
fn what_has_no_sidecar_is_listed_and_so_are_sidecars_without_media() {
    let entries = vec![
        // The photo in its year folder without a sidecar; a sidecar of that name in an album
        // folder whose copy of the photo is in a part not given. Never matched across folders.
        media(0, &format!("{GP}/Photos from 2019/IMG_1.jpg"), 1),
        json(
            0,
            &format!("{GP}/Trip/IMG_1.jpg.json"),
            &sidecar("IMG_1.jpg", ""),
        ),
        json(0, &format!("{GP}/Trip/metadata.json"), &album("Trip")),
        // Two media, one sidecar they fit equally.
        media(0, &format!("{GP}/Photos from 2019/IMG_2.jpg"), 2),
        media(0, &format!("{GP}/Photos from 2019/IMG_2.png"), 3),
        json(
            0,
            &format!("{GP}/Photos from 2019/IMG_2.json"),
            &sidecar("IMG_2", ""),
        ),
    ];
    let plan = plan_takeout(entries.clone());
    assert_eq!(plan.items.len(), 3);
    assert_eq!(plan.without_sidecar.len(), 3);
    assert!(
        plan.items
            .iter()
            .all(|i| i.metadata.is_none() && i.taken_at.is_none())
    );
    assert_eq!(plan.sidecars_without_media.len(), 2);
    let ambiguous = &plan.sidecars_without_media[0];
    assert_eq!(ambiguous.reason, OrphanReason::Ambiguous);
    assert_eq!(ambiguous.claimants, ["IMG_2.jpg", "IMG_2.png"]);
    let orphan = &plan.sidecars_without_media[1];
    assert_eq!(orphan.reason, OrphanReason::NoMedia);
    assert_eq!(orphan.title.as_deref(), Some("IMG_1.jpg"));
    assert_eq!(
        orphan.url.as_deref(),
        Some("https://photos.google.com/photo/IMG_1.jpg")
    );
    assert_eq!(orphan.taken_at.expect("present").as_second(), 1_559_390_400);
    assert_eq!(folder(&plan, orphan.folder).name.as_deref(), Some("Trip"));
    // An album folder whose media are all missing is no album (yet).
    assert!(plan.albums.is_empty());
    assert!(
        plan.ignored
            .iter()
            .any(|i| i.reason == IgnoreReason::UnusedAlbumMetadata)
    );
    assert_accounts_for(&plan, &entries);
}

#[test]
fn motion_photos_stay_together() {
    let entries = vec![
        media(
            0,
            &format!("{GP}/Photos from 2023/PXL_20231118_035751175.MP.jpg"),
            4_000_000,
        ),
        media(
            0,
            &format!("{GP}/Photos from 2023/PXL_20231118_035751175.MP"),
            3_000_000,
        ),
        json(
            0,
            &format!(
                "{GP}/Photos from 2023/PXL_20231118_035751175.MP.jpg.supplemental-metadata.json"
            ),
            &sidecar("PXL_20231118_035751175.MP.jpg", ""),
        ),
        media(
            0,
            &format!("{GP}/Photos from 2023/IMG_1234.HEIC"),
            2_000_000,
        ),
        media(1, &format!("{GP}/Photos from 2023/IMG_1234.MP4"), 1_500_000),
        json(
            1,
            &format!("{GP}/Photos from 2023/IMG_1234.HEIC.json"),
            &sidecar("IMG_1234.HEIC", ""),
        ),
        // In an album, only the video was in the parts given.
        media(1, &format!("{GP}/Paris/IMG_1234.MP4"), 1_500_000),
        json(1, &format!("{GP}/Paris/metadata.json"), &album("Paris")),
    ];
    let plan = plan_takeout(entries.clone());
    assert_eq!(plan.items.len(), 2, "{:#?}", plan.items);
    let pixel = item(&plan, "PXL_20231118_035751175.MP.jpg");
    let motion = pixel.motion.as_ref().expect("present");
    assert_eq!(
        (motion.name.as_str(), motion.size, motion.pair),
        ("PXL_20231118_035751175.MP", 3_000_000, MotionPair::Pixel)
    );
    assert_eq!(pixel.places[0].motion_video.len(), 1);
    assert!(pixel.metadata.is_some());
    let live = item(&plan, "IMG_1234.HEIC");
    assert_eq!(
        live.motion.as_ref().expect("present").pair,
        MotionPair::SameStem
    );
    assert_eq!(folder_names(&plan, live), ["Photos from 2023", "Paris"]);
    assert_eq!(live.places[1].media, []);
    assert_eq!(live.places[1].motion_video.len(), 1);
    assert_eq!(album_titles(&plan, live), ["Paris"]);
    assert!(live.metadata.is_some());
    assert!(plan.sidecars_without_media.is_empty());
    assert_accounts_for(&plan, &entries);
}

#[test]
fn folders_in_other_languages() {
    let entries = vec![
        media(0, "Takeout/Google Fotos/Fotos von 2019/IMG_1.jpg", 1),
        media(0, "Takeout/Google Fotos/Urlaub in Rom/IMG_2.jpg", 2),
        json(
            0,
            "Takeout/Google Fotos/Urlaub in Rom/Metadaten.json",
            r#"{"title": "Urlaub in Rom: Juni"}"#,
        ),
        media(0, "Takeout/Google Photos/Photos de 2018/IMG_3.jpg", 3),
        media(0, "Takeout/Google Photos/Voyage/IMG_4.jpg", 4),
        json(
            0,
            "Takeout/Google Photos/Voyage/métadonnées.json",
            &album("Voyage à Paris"),
        ),
        media(0, "Takeout/Google 相册/相册 1/IMG_5.jpg", 5),
        media(0, "Takeout/Google Фото/2017/IMG_6.jpg", 6),
        // Media at the top of the Google Photos folder: no album.
        media(0, "Takeout/Google Photos/IMG_7.jpg", 7),
        // A year's name, but album metadata: an album.
        media(0, "Takeout/Google Photos/Photos from 2020/IMG_8.jpg", 8),
        json(
            0,
            "Takeout/Google Photos/Photos from 2020/metadata.json",
            &album("Photos from 2020"),
        ),
        // An album without metadata (its file in a missing part): named after its folder.
        media(0, "Takeout/Google Photos/Untitled(2)/IMG_9.jpg", 9),
        // The old form of album metadata, with an empty title.
        media(0, "Takeout/Google Photos/Hochzeit/IMG_10.jpg", 10),
        json(
            0,
            "Takeout/Google Photos/Hochzeit/Metadaten.json",
            r#"{"albumData": {"title": "", "description": "Juni"}}"#,
        ),
    ];
    let plan = plan_takeout(entries.clone());
    let kind_of = |name| folder(&plan, item(&plan, name).places[0].folder).kind;
    assert_eq!(kind_of("IMG_1.jpg"), FolderKind::Year { year: 2019 });
    assert_eq!(kind_of("IMG_3.jpg"), FolderKind::Year { year: 2018 });
    assert_eq!(kind_of("IMG_6.jpg"), FolderKind::Year { year: 2017 });
    assert_eq!(kind_of("IMG_7.jpg"), FolderKind::Root);
    assert_eq!(kind_of("IMG_8.jpg"), FolderKind::Album);
    for name in ["IMG_1.jpg", "IMG_3.jpg", "IMG_6.jpg", "IMG_7.jpg"] {
        assert!(item(&plan, name).albums.is_empty(), "{name}");
    }
    assert_eq!(
        album_titles(&plan, item(&plan, "IMG_2.jpg")),
        ["Urlaub in Rom: Juni"]
    );
    assert_eq!(
        album_titles(&plan, item(&plan, "IMG_4.jpg")),
        ["Voyage à Paris"]
    );
    assert_eq!(album_titles(&plan, item(&plan, "IMG_5.jpg")), ["相册 1"]);
    assert_eq!(
        album_titles(&plan, item(&plan, "IMG_8.jpg")),
        ["Photos from 2020"]
    );
    assert_eq!(
        album_titles(&plan, item(&plan, "IMG_9.jpg")),
        ["Untitled(2)"]
    );
    let hochzeit = &plan.albums[item(&plan, "IMG_10.jpg").albums[0].0 as usize];
    assert_eq!(
        (
            hochzeit.title.as_str(),
            hochzeit.title_from,
            hochzeit.description.as_deref()
        ),
        ("Hochzeit", TitleSource::FolderName, Some("Juni"))
    );
    assert_eq!(plan.albums.len(), 6);
    assert_accounts_for(&plan, &entries);
}

#[test]
fn what_is_not_media_is_ignored_with_a_reason() {
    let entries = vec![
        media(0, "Takeout/archive_browser.html", 100),
        media(0, &format!("{GP}/Trip/notes.txt"), 1),
        media(0, &format!("{GP}/Trip/.DS_Store"), 1),
        media(0, "__MACOSX/Takeout/Google Photos/Trip/._IMG_1.jpg", 1),
        json(
            0,
            &format!("{GP}/print-subscriptions.json"),
            r#"{"printSubscriptions": []}"#,
        ),
        json(0, &format!("{GP}/shared_album_comments.json"), "[]"),
        media(0, &format!("{GP}/Trip/IMG_1.jpg"), 1),
        json(0, &format!("{GP}/Trip/metadata.json"), &album("Trip")),
        json(
            0,
            &format!("{GP}/Trip/metadata(1).json"),
            &album("Trip again"),
        ),
    ];
    let plan = plan_takeout(entries.clone());
    let reasons: Vec<(&str, IgnoreReason)> = plan
        .ignored
        .iter()
        .map(|i| (i.entry.path.file_name(), i.reason))
        .collect();
    assert_eq!(
        reasons,
        [
            ("archive_browser.html", IgnoreReason::NotMedia),
            ("notes.txt", IgnoreReason::NotMedia),
            (".DS_Store", IgnoreReason::SystemFile),
            ("._IMG_1.jpg", IgnoreReason::SystemFile),
            ("print-subscriptions.json", IgnoreReason::NotASidecar),
            ("shared_album_comments.json", IgnoreReason::NotASidecar),
            ("metadata(1).json", IgnoreReason::ExtraAlbumMetadata),
        ]
    );
    assert_eq!(plan.items.len(), 1);
    assert_eq!(plan.albums[0].title, "Trip");
    assert!(plan.sidecars_without_media.is_empty());
    assert_accounts_for(&plan, &entries);
}

#[test]
fn same_name_and_size_in_two_year_folders_are_two_photos() {
    let entries = vec![
        media(0, &format!("{GP}/Photos from 2019/IMG_0001.JPG"), 500),
        media(0, &format!("{GP}/Photos from 2020/IMG_0001.JPG"), 500),
        media(0, &format!("{GP}/Album/IMG_0001.JPG"), 500),
    ];
    let plan = plan_takeout(entries);
    assert_eq!(plan.items.len(), 2);
    assert_eq!(
        folder_names(&plan, &plan.items[0]),
        ["Photos from 2019", "Album"]
    );
    assert_eq!(folder_names(&plan, &plan.items[1]), ["Photos from 2020"]);
}

#[test]
fn one_path_with_two_sizes_is_two_items_and_a_problem() {
    let entries = vec![
        media(0, &format!("{GP}/Photos from 2019/IMG_1.jpg"), 500),
        media(1, &format!("{GP}/Photos from 2019/IMG_1.jpg"), 499),
        json(
            1,
            &format!("{GP}/Photos from 2019/IMG_1.jpg.json"),
            &sidecar("IMG_1.jpg", ""),
        ),
    ];
    let plan = plan_takeout(entries.clone());
    assert_eq!(plan.items.len(), 2);
    assert!(plan.items.iter().all(|i| i.metadata.is_some()));
    assert_eq!(plan.problems.len(), 2);
    assert!(
        plan.problems
            .iter()
            .all(|p| p.code == ProblemCode::ConflictingCopies)
    );
    assert_eq!(plan.problems[0].detail.as_deref(), Some("sizes 499, 500"));
    // The same file twice (a part given twice) is one item with two copies, no problem.
    let twice = vec![
        media(0, &format!("{GP}/Photos from 2019/IMG_1.jpg"), 500),
        media(1, &format!("{GP}/Photos from 2019/IMG_1.jpg"), 500),
    ];
    let plan = plan_takeout(twice);
    assert_eq!(plan.items.len(), 1);
    assert_eq!(plan.items[0].places[0].media.len(), 2);
    assert!(plan.problems.is_empty());
}

#[test]
fn edited_copies_are_items_with_the_original_sidecar() {
    let entries = vec![
        media(
            0,
            &format!("{GP}/Photos from 2022/PXL_20220405_090123740.PORTRAIT.jpg"),
            1,
        ),
        media(
            0,
            &format!("{GP}/Photos from 2022/PXL_20220405_090123740.PORTRAIT-modifié.jpg"),
            2,
        ),
        json(
            0,
            &format!("{GP}/Photos from 2022/PXL_20220405_090123740.PORTRAIT.jpg.json"),
            &sidecar(
                "PXL_20220405_090123740.PORTRAIT.jpg",
                r#", "favorited": true"#,
            ),
        ),
    ];
    let plan = plan_takeout(entries);
    assert_eq!(plan.items.len(), 2);
    let edited = item(&plan, "PXL_20220405_090123740.PORTRAIT-modifié.jpg");
    assert_eq!(
        edited.places[0].sidecar.as_ref().expect("present").rule,
        MatchRule::EditedCopy
    );
    assert!(edited.favorite);
    assert_eq!(edited.taken_at.expect("present").as_second(), 1_559_390_400);
    assert!(plan.without_sidecar.is_empty());
}

#[test]
fn the_plan_serializes_for_the_report() {
    let entries = vec![
        media(0, &format!("{GP}/Photos from 2019/IMG_1.jpg"), 1),
        json(
            0,
            &format!("{GP}/Photos from 2019/IMG_1.jpg.json"),
            &sidecar("IMG_1.jpg", ""),
        ),
        json(
            0,
            &format!("{GP}/Photos from 2019/IMG_9.jpg.json"),
            &sidecar("IMG_9.jpg", ""),
        ),
        media(0, "../x.jpg", 1),
    ];
    let value = serde_json::to_value(plan_takeout(entries)).expect("serializable");
    assert_eq!(value["items"][0]["taken_at"], "2019-06-01T12:00:00Z");
    assert_eq!(value["items"][0]["kind"], "photo");
    assert_eq!(
        value["items"][0]["places"][0]["sidecar"]["rule"],
        "full-name"
    );
    assert_eq!(value["items"][0]["places"][0]["media"][0]["source"], 0);
    assert_eq!(
        value["items"][0]["places"][0]["media"][0]["path"],
        "Takeout/Google Photos/Photos from 2019/IMG_1.jpg"
    );
    assert_eq!(value["folders"][0]["kind"]["kind"], "year");
    assert_eq!(value["folders"][0]["kind"]["year"], 2019);
    assert_eq!(value["sidecars_without_media"][0]["reason"], "no-media");
    assert_eq!(
        value["sidecars_without_media"][0]["url"],
        "https://photos.google.com/photo/IMG_9.jpg"
    );
    assert_eq!(value["refused"][0]["reason"], "dot-segment");
}

#[test]
fn an_empty_takeout_is_an_empty_plan() {
    assert_eq!(plan_takeout(Vec::new()), Plan::default());
}

/// Two Takeouts' folders of one name mixed: one path, two photos, two sidecars that disagree.
/// Both photos are kept; neither gets a date it may not own.
#[test]
fn copies_that_disagree_are_not_trusted() {
    let path = format!("{GP}/Photos from 2019/IMG_1.jpg");
    let other = sidecar("IMG_1.jpg", "").replace("1559390400", "1559000000");
    let entries = vec![
        media(0, &path, 500),
        json(0, &format!("{path}.json"), &sidecar("IMG_1.jpg", "")),
        media(1, &path, 700),
        json(1, &format!("{path}.json"), &other),
    ];
    let plan = plan_takeout(entries.clone());
    assert_eq!(plan.items.len(), 2);
    assert!(
        plan.items
            .iter()
            .all(|i| i.metadata.is_none() && i.taken_at.is_none())
    );
    assert_eq!(plan.problems.len(), 4, "{:#?}", plan.problems);
    assert!(
        plan.problems
            .iter()
            .all(|p| p.code == ProblemCode::ConflictingCopies)
    );
    assert_accounts_for(&plan, &entries);
    // Copies that agree on what is used (Google's view count may differ) are one sidecar.
    let entries = vec![
        media(0, &path, 500),
        json(
            0,
            &format!("{path}.json"),
            &sidecar("IMG_1.jpg", r#", "imageViews": "3""#),
        ),
        json(
            1,
            &format!("{path}.json"),
            &sidecar("IMG_1.jpg", r#", "imageViews": "4""#),
        ),
    ];
    let plan = plan_takeout(entries);
    assert!(plan.problems.is_empty());
    assert!(plan.items[0].metadata.is_some());
}

/// Ten thousand photos, each in its year folder and an album, over three parts.
#[test]
fn a_large_takeout_plans_quickly() {
    let mut entries = Vec::new();
    for i in 0..10_000u32 {
        let photo = format!("IMG_20190601_{i:06}.jpg");
        let part = i % 3;
        let album = format!("Album {}", i % 50);
        entries.push(media(
            part,
            &format!("{GP}/Photos from 2019/{photo}"),
            1000 + u64::from(i),
        ));
        entries.push(json(
            (part + 1) % 3,
            &format!("{GP}/Photos from 2019/{photo}.supplemental-metadata.json"),
            &sidecar(&photo, ""),
        ));
        entries.push(media(
            (part + 2) % 3,
            &format!("{GP}/{album}/{photo}"),
            1000 + u64::from(i),
        ));
        entries.push(json(
            part,
            &format!("{GP}/{album}/{photo}.supplemental-metadata.json"),
            &sidecar(&photo, ""),
        ));
    }
    for a in 0..50 {
        entries.push(json(
            0,
            &format!("{GP}/Album {a}/metadata.json"),
            &album(&format!("Album {a}")),
        ));
    }
    let started = std::time::Instant::now();
    let plan = plan_takeout(entries);
    let elapsed = started.elapsed();
    assert_eq!(plan.items.len(), 10_000);
    assert_eq!(plan.albums.len(), 50);
    assert!(
        plan.items
            .iter()
            .all(|i| i.places.len() == 2 && i.albums.len() == 1 && i.taken_at.is_some())
    );
    assert!(plan.without_sidecar.is_empty() && plan.problems.is_empty());
    assert!(elapsed < std::time::Duration::from_secs(20), "{elapsed:?}");
}
