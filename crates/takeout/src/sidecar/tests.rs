use super::*;

use MatchRule::*;

/// Matches `media` (no motion pairs) against `sidecars` (no titles) and says, for each media
/// file, the name of its sidecar and the rule.
fn matched(media: &[&str], sidecars: &[&str]) -> Vec<Option<(String, MatchRule)>> {
    matched_with_titles(
        media,
        &sidecars.iter().map(|s| (*s, None)).collect::<Vec<_>>(),
    )
    .0
}

fn matched_with_titles(
    media: &[&str],
    sidecars: &[(&str, Option<&str>)],
) -> (Vec<Option<(String, MatchRule)>>, Vec<Ambiguity>) {
    let media: Vec<MediaName<'_>> = media
        .iter()
        .map(|name| MediaName {
            name,
            companion_of: None,
        })
        .collect();
    let names: Vec<SidecarName<'_>> = sidecars
        .iter()
        .map(|(name, title)| SidecarName {
            name,
            title: *title,
        })
        .collect();
    let result = match_folder(&media, &names);
    let found = result
        .media
        .iter()
        .map(|m| m.map(|m| (sidecars[m.sidecar].0.to_owned(), m.rule)))
        .collect();
    (found, result.ambiguous)
}

fn one(media: &str, sidecar: &str) -> Option<MatchRule> {
    matched(&[media], &[sidecar])[0]
        .as_ref()
        .map(|(_, rule)| *rule)
}

/// Cuts `text` to at most `units` UTF-16 code units, never inside a character.
fn clip_utf16(text: &str, units: usize) -> &str {
    let mut used = 0;
    for (i, c) in text.char_indices() {
        used += c.len_utf16();
        if used > units {
            return &text[..i];
        }
    }
    text
}

// One media file, one sidecar: every form Google writes, with real names from Takeouts and
// importers' bug reports.
#[test]
fn finds_each_form_of_sidecar_name() {
    let cases: &[(&str, &str, MatchRule)] = &[
        // The old and the new full names.
        (
            "IMG_20190601_120000.jpg",
            "IMG_20190601_120000.jpg.json",
            FullName,
        ),
        (
            "IMG_20190601_120000.jpg",
            "IMG_20190601_120000.jpg.supplemental-metadata.json",
            FullName,
        ),
        ("DSC_0100.JPG", "DSC_0100.JPG.json", FullName),
        (
            "PXL_20231118_035751175.MP.jpg",
            "PXL_20231118_035751175.MP.jpg.json",
            FullName,
        ),
        (
            "PXL_20210102_221126856.MP~2.jpg",
            "PXL_20210102_221126856.MP~2.jpg.json",
            FullName,
        ),
        (
            "IMG_20200101_000000-COLLAGE.jpg",
            "IMG_20200101_000000-COLLAGE.jpg.json",
            FullName,
        ),
        // `.supplemental-metadata` clipped anywhere.
        (
            "IMG_0159.HEIC",
            "IMG_0159.HEIC.supplemental-metad.json",
            ClippedSuffix,
        ),
        (
            "IMG_20200920_131207.jpg",
            "IMG_20200920_131207.jpg.supplemental-me.json",
            ClippedSuffix,
        ),
        (
            "VID_20200930_155021.mp4",
            "VID_20200930_155021.mp4.suppl.json",
            ClippedSuffix,
        ),
        (
            "IMG_20200920_131207.jpg",
            "IMG_20200920_131207.jpg.s.json",
            ClippedSuffix,
        ),
        (
            "filename_that_is_45_chars_long_abcdefghij.jpg",
            "filename_that_is_45_chars_long_abcdefghij.jpg..json",
            ClippedSuffix,
        ),
        // The duplicate index moved to the end, in every form.
        ("IMG_3479(1).JPG", "IMG_3479.JPG(1).json", FullName),
        ("DSC_0101(1).JPG", "DSC_0101.JPG(1).json", FullName),
        ("IMG_2710(1).HEIC", "IMG_2710.HEIC(1).json", FullName),
        (
            "IMG_1234(2).jpg",
            "IMG_1234.jpg.supplemental-metadata(2).json",
            FullName,
        ),
        (
            "IMG_1234(1).jpg",
            "IMG_1234.jpg.suppl(1).json",
            ClippedSuffix,
        ),
        ("IMG_1234(12).jpg", "IMG_1234.jpg.(12).json", ClippedSuffix),
        // Kept in place by some exports (Ente): the name as it is comes first.
        (
            "skytree (2).jpg",
            "skytree (2).jpg.supplemental-metadata.json",
            FullName,
        ),
        // The media's extension missing.
        (
            "Peanut Butter Balls.jpg",
            "Peanut Butter Balls.supplemental-metadata.json",
            MissingExtension,
        ),
        (
            "Peanut Butter Balls.jpg",
            "Peanut Butter Balls.json",
            MissingExtension,
        ),
        (
            "Peanut Butter Balls.jpg",
            "Peanut Butter Balls.supplemen.json",
            MissingExtension,
        ),
        ("IMG_1.jpg", "IMG_1.json", MissingExtension),
        ("IMG_1(1).jpg", "IMG_1(1).json", MissingExtension),
        // Long names clipped at 46 UTF-16 units before `.json` (immich-go#35, GPTH#8, #613).
        (
            "05yqt21kruxwwlhhgrwrdyb6chhwszi9bqmzu16w0 2.jpg",
            "05yqt21kruxwwlhhgrwrdyb6chhwszi9bqmzu16w0 2.jp.json",
            ClippedName,
        ),
        (
            "PXL_20230809_203449253.LONG_EXPOSURE-02.ORIGINA.jpg",
            "PXL_20230809_203449253.LONG_EXPOSURE-02.ORIGIN.json",
            ClippedName,
        ),
        (
            "😀😃😄😁😆😅😂🤣🥲☺️😊😇🙂🙃😉😌😍🥰😘😗😙😚😋😛.jpg",
            "😀😃😄😁😆😅😂🤣🥲☺️😊😇🙂🙃😉😌😍🥰😘😗😙😚😋.json",
            ClippedName,
        ),
        (
            "Urlaub in Knaufspesch in der Schneifel (38).JPG",
            "Urlaub in Knaufspesch in der Schneifel (38).JP.json",
            ClippedName,
        ),
        (
            "original_1d4caa6f-16c6-4c3d-901b-9387de10e528_P.jpg",
            "original_1d4caa6f-16c6-4c3d-901b-9387de10e528_.json",
            ClippedName,
        ),
        // Clipped and numbered: the index after the clip.
        (
            "Backyard_ceremony_wedding_photography_xxxxxxx_m(494).jpg",
            "Backyard_ceremony_wedding_photography_xxxxxxx_(494).json",
            ClippedName,
        ),
        (
            "13039_327707840323_537645323_9470255_27214_n(1).jpg",
            "13039_327707840323_537645323_9470255_27214_n.j(1).json",
            ClippedName,
        ),
        // Clipped at 51 characters with `.json` (GPTH#449) and at 53 (google-photos-exif#55).
        (
            "IMG_20210815_183012_Birthday_party_at_grandmas.jpg",
            "IMG_20210815_183012_Birthday_party_at_grandmas.json",
            MissingExtension,
        ),
        (
            "IMG_20210815_183012_Birthday_party_at_grandmas_house.jpg",
            "IMG_20210815_183012_Birthday_party_at_grandmas_h.json",
            ClippedName,
        ),
        (
            "IMG_20210815_183012_Birthday_party_at_grandmas_house.jpg",
            "IMG_20210815_183012_Birthday_party_at_grandmas_hou.json",
            ClippedName,
        ),
    ];
    for (media, sidecar, rule) in cases {
        assert_eq!(one(media, sidecar), Some(*rule), "{media} ← {sidecar}");
    }
}

#[test]
fn refuses_names_that_only_look_alike() {
    let cases: &[(&str, &str)] = &[
        (
            "PXL_20211013_220651958.jpg",
            "PXL_20211013_220651983.jpg.json",
        ),
        (
            "PXL_20220405_090123741.PORTRAIT-modifié.jpg",
            "PXL_20220405_090123740.PORTRAIT.jpg.json",
        ),
        ("DSC_0102(1).JPG", "DSC_0102.JPG(2).json"),
        // An index on the sidecar only, or on the media only.
        ("DSC_0103.JPG", "DSC_0103.JPG(1).json"),
        ("DSC_0104(1).JPG", "DSC_0104.JPG.json"),
        ("DSC_0104(1).JPG", "DSC_0104.JPG.supplemental-metadata.json"),
        (
            "Backyard_ceremony_wedding_photography_xxxxxxx_m(185).jpg",
            "Backyard_ceremony_wedding_photography_xxxxxxx_(494).json",
        ),
        // A duplicate does not take the sidecar of the file it duplicates, even alone.
        (
            "original_1d4caa6f-16c6-4c3d-901b-9387de10e528_P(1).jpg",
            "original_1d4caa6f-16c6-4c3d-901b-9387de10e528_.json",
        ),
        // Short names are never clipped: a prefix is another file.
        ("IMG_12.jpg", "IMG_1.json"),
        ("IMG_1.jpg", "IMG_1.j.json"),
        ("IMG_1234.jpg", "IMG_123.jpg.json"),
        ("IMG_1.jpg", "IMG_1.jpeg.json"),
        ("IMG_1.jpg", "IMG_1.mp4.json"),
        ("IMG_1.jpg", "IMG_1.jpg.metadata.json"),
        ("IMG_1.jpg", "IMG_1.jpg.supplemental-metadataa.json"),
        // A clip must be a prefix, and long enough.
        (
            "PXL_20230809_203449253.LONG_EXPOSURE-02.ORIGINA.jpg",
            "PXL_20230809_203449253.LONG_EXPOSURE-01.ORIGIN.json",
        ),
        (
            "PXL_20230809_203449253.LONG_EXPOSURE-02.ORIGINA.jpg",
            "PXL_20230809_203449253.LONG_EXPO.json",
        ),
        // An edited copy whose original has no sidecar gets none.
        ("IMG_1-edited.jpg", "IMG_2.jpg.json"),
    ];
    for (media, sidecar) in cases {
        assert_eq!(one(media, sidecar), None, "{media} ← {sidecar}");
    }
}

/// Google's naming simulated: the sidecar's name is the title (with `.supplemental-metadata`
/// or not) clipped at `limit` UTF-16 units, then the duplicate index, then `.json`; the media
/// file's name is the title's base clipped at `limit + 1`, the index, the extension. Every
/// title, limit, form and index at once in one folder: each file gets its own sidecar.
#[test]
fn finds_google_clipped_names_at_46_47_and_48_units() {
    let titles = [
        "IMG_20190601_120000.jpg",
        "20190601_120000_HDR.mp4",
        "IMG_20200920_131207_Portrait_Mode.jpg",
        "Screenshot_2019-04-16-11-19-37-232_com.google.a.jpg",
        "Screenshot_2019-04-16-11-19-37-233_com.google.android.apps.maps.jpg",
        "PXL_20230809_203449253.LONG_EXPOSURE-02.ORIGINAL.jpg",
        "05yqt21kruxwwlhhgrwrdyb6chhwszi9bqmzu16w0 2.jpg",
        "Urlaub in Knaufspesch in der Schneifel (38).JPG",
        "original_1d4caa6f-16c6-4c3d-901b-9387de10e528_P.jpg",
        "Café de Flore, Paris — été 2019, l'après-midi au soleil.jpeg",
        "Москва, Красная площадь, новогодняя ночь 2019 года.heic",
        "富士山の夕焼けと湖に映る逆さ富士、二〇一九年の冬休みの思い出の一枚.jpg",
        "😀😃😄😁😆😅😂🤣🥲☺️😊😇🙂🙃😉😌😍🥰😘😗😙😚😋😛😝😜🤪🤨🧐🤓😎.jpg",
    ];
    for limit in [46, 47, 48] {
        for supplemental in [true, false] {
            let mut media = Vec::new();
            let mut sidecars = Vec::new();
            for title in titles {
                let (base, ext) = title.rsplit_once('.').expect("an extension");
                for index in ["", "(1)", "(2)"] {
                    media.push(format!("{}{index}.{ext}", clip_utf16(base, limit + 1)));
                    let full = if supplemental {
                        format!("{title}{SUPPLEMENTAL_METADATA}")
                    } else {
                        title.to_owned()
                    };
                    sidecars.push(format!("{}{index}.json", clip_utf16(&full, limit)));
                }
            }
            let media_refs: Vec<&str> = media.iter().map(String::as_str).collect();
            let sidecar_refs: Vec<&str> = sidecars.iter().map(String::as_str).collect();
            let found = matched(&media_refs, &sidecar_refs);
            for (i, found) in found.iter().enumerate() {
                let found = found.as_ref().map(|(name, _)| name.as_str());
                assert_eq!(
                    found,
                    Some(sidecars[i].as_str()),
                    "limit {limit}, supplemental {supplemental}: {}",
                    media[i]
                );
            }
        }
    }
}

/// Every edited suffix, with the original beside it or not, and with a duplicate index.
#[test]
fn edited_copies_share_the_original_sidecar() {
    for suffix in EDITED_SUFFIXES {
        let original = "PXL_20220405_090123740.PORTRAIT.jpg";
        let edited = format!("PXL_20220405_090123740.PORTRAIT{suffix}.jpg");
        let sidecar = "PXL_20220405_090123740.PORTRAIT.jpg.supplemental-metadata.json";
        assert_eq!(
            matched(&[original, &edited], &[sidecar]),
            [
                Some((sidecar.to_owned(), FullName)),
                Some((sidecar.to_owned(), EditedCopy))
            ],
            "{edited}"
        );
        // Only the edited copy in this folder (the original in another, or not exported).
        assert_eq!(one(&edited, sidecar), Some(EditedCopy), "{edited}");
        // The edited copy of a duplicate: the index stays last.
        let original = "IMG_1(1).jpg";
        let edited = format!("IMG_1{suffix}(1).jpg");
        assert_eq!(
            matched(
                &[&edited, original, "IMG_1.jpg"],
                &["IMG_1.jpg(1).json", "IMG_1.jpg.json"]
            ),
            [
                Some(("IMG_1.jpg(1).json".to_owned(), EditedCopy)),
                Some(("IMG_1.jpg(1).json".to_owned(), FullName)),
                Some(("IMG_1.jpg.json".to_owned(), FullName)),
            ],
            "{edited}"
        );
    }
    assert_eq!(
        edited_original("IMG_1-edited.jpg").as_deref(),
        Some("IMG_1.jpg")
    );
    assert_eq!(
        edited_original("IMG_1-ha editado.jpg").as_deref(),
        Some("IMG_1.jpg")
    );
    assert_eq!(
        edited_original("IMG_1-编辑.jpg").as_deref(),
        Some("IMG_1.jpg")
    );
    assert_eq!(edited_original("IMG_1.jpg"), None);
    assert_eq!(edited_original("-edited.jpg"), None);
    assert_eq!(
        edited_original("IMG_1-edi.jpg"),
        None,
        "a short name is not clipped"
    );
    assert_eq!(edited_original("IMG_1-red.jpg"), None);
}

/// A long edited name whose suffix Google clipped (`-edi.jpg`, GPTH_Neo#29).
#[test]
fn clipped_edited_suffix() {
    let original = "IMG_20210815_183012_Birthday_party_at_grandma.jpg";
    let edited = "IMG_20210815_183012_Birthday_party_at_grandma-edi.jpg";
    let sidecar = "IMG_20210815_183012_Birthday_party_at_grandma.jp.json";
    assert_eq!(edited_original(edited).as_deref(), Some(original));
    assert_eq!(
        matched(&[original, edited], &[sidecar]),
        [
            Some((sidecar.to_owned(), ClippedName)),
            Some((sidecar.to_owned(), EditedCopy))
        ]
    );
    let edited_de = "IMG_20210815_183012_Birthday_party_at_grandma-bearb.jpg";
    assert_eq!(edited_original(edited_de).as_deref(), Some(original));
}

/// immich-go's misc notes: `(1)` in the name itself and as a duplicate index, with edited
/// copies, all in one folder.
#[test]
fn index_in_the_name_and_as_duplicate_with_edited_copies() {
    let media = [
        "Negative0-36-35(1).jpg",
        "Negative0-36-35(1)-editat.jpg",
        "Negative0-36-35(1)(1).jpg",
        "Negative0-36-35(1)-editat(1).jpg",
    ];
    let a = "Negative0-36-35(1).jpg.supplemental-metadata.json";
    let b = "Negative0-36-35(1).jpg.supplemental-metadata(1).json";
    let title = Some("Negative0-36-35(1).jpg");
    let (found, ambiguous) = matched_with_titles(&media, &[(b, title), (a, title)]);
    assert_eq!(
        found,
        [
            Some((a.to_owned(), FullName)),
            Some((a.to_owned(), EditedCopy)),
            Some((b.to_owned(), FullName)),
            Some((b.to_owned(), EditedCopy)),
        ]
    );
    assert!(ambiguous.is_empty());
}

#[test]
fn duplicates_each_take_their_own() {
    let media = ["IMG_1.jpg", "IMG_1(1).jpg", "IMG_1(2).jpg", "IMG_1(3).jpg"];
    let sidecars = [
        "IMG_1.jpg(2).json",
        "IMG_1.jpg.json",
        "IMG_1.jpg(1).json",
        "IMG_1.jpg(3).json",
    ];
    let found = matched(&media, &sidecars);
    let names: Vec<_> = found
        .iter()
        .map(|f| f.as_ref().expect("present").0.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "IMG_1.jpg.json",
            "IMG_1.jpg(1).json",
            "IMG_1.jpg(2).json",
            "IMG_1.jpg(3).json"
        ]
    );
}

/// One sidecar, two media files with equal claims: neither gets it, and it is reported.
#[test]
fn an_equal_claim_gives_the_sidecar_to_nobody() {
    let (found, ambiguous) =
        matched_with_titles(&["IMG_1.jpg", "IMG_1.png"], &[("IMG_1.json", None)]);
    assert_eq!(found, [None, None]);
    assert_eq!(
        ambiguous,
        [Ambiguity {
            sidecar: 0,
            media: vec![0, 1]
        }]
    );
    // Two long names that agree on the first 46 units.
    let media = [
        "Screenshot_2019-04-16-11-19-37-232_com.google.android.apps.maps.jpg",
        "Screenshot_2019-04-16-11-19-37-232_com.google.android.gm.jpg",
    ];
    let sidecar = "Screenshot_2019-04-16-11-19-37-232_com.google.a.json";
    let (found, ambiguous) = matched_with_titles(&media, &[(sidecar, None)]);
    assert_eq!(found, [None, None]);
    assert_eq!(ambiguous.len(), 1);
    // The sidecar's title settles it.
    let (found, ambiguous) = matched_with_titles(
        &media,
        &[(
            sidecar,
            Some("Screenshot_2019-04-16-11-19-37-232_com.google.android.gm.jpg"),
        )],
    );
    assert_eq!(found, [None, Some((sidecar.to_owned(), ClippedName))]);
    assert!(ambiguous.is_empty());
    // A title that agrees with both settles nothing.
    let (found, _) = matched_with_titles(
        &["IMG_1.jpg", "IMG_1.png"],
        &[("IMG_1.json", Some("IMG_1"))],
    );
    assert_eq!(found, [None, None]);
}

/// The better claim wins a sidecar; the loser goes on to its own, or has none.
#[test]
fn the_better_claim_wins() {
    // The exact name beats a clip.
    let media = [
        "original_1d4caa6f-16c6-4c3d-901b-9387de10e528_P(1).jpg",
        "original_1d4caa6f-16c6-4c3d-901b-9387de10e528_P.jpg",
    ];
    let sidecar = "original_1d4caa6f-16c6-4c3d-901b-9387de10e528_.json";
    assert_eq!(
        matched(&media, &[sidecar]),
        [None, Some((sidecar.to_owned(), ClippedName))]
    );
    // The full name (with its extension) beats the missing extension.
    let media = ["IMG_1.jpg", "IMG_1.jpg.jpg"];
    assert_eq!(
        matched(&media, &["IMG_1.jpg.json"]),
        [Some(("IMG_1.jpg.json".to_owned(), FullName)), None]
    );
    // The longer part of the name matched wins: a name clipped by one unit, another by three.
    let media = [
        "IMG_20210815_183012_Birthday_party_at_grandmas_house.jpg",
        "IMG_20210815_183012_Birthday_party_at_grandmas_h.jpg",
    ];
    let sidecar = "IMG_20210815_183012_Birthday_party_at_grandmas_h.json";
    assert_eq!(
        matched(&media, &[sidecar]),
        [None, Some((sidecar.to_owned(), MissingExtension))]
    );
}

#[test]
fn a_motion_video_leaves_the_sidecar_to_its_still() {
    let media = [
        MediaName {
            name: "IMG_1234.HEIC",
            companion_of: None,
        },
        MediaName {
            name: "IMG_1234.MP4",
            companion_of: Some(0),
        },
    ];
    for sidecar in ["IMG_1234.json", "IMG_1234.HEIC.json"] {
        let result = match_folder(
            &media,
            &[SidecarName {
                name: sidecar,
                title: None,
            }],
        );
        assert_eq!(result.media[0].map(|m| m.sidecar), Some(0), "{sidecar}");
        assert_eq!(result.media[1], None, "{sidecar}");
        assert!(result.ambiguous.is_empty());
    }
}

#[test]
fn letter_case_counts_after_every_exact_name() {
    let result = match_folder(
        &[MediaName {
            name: "IMG_1.jpg",
            companion_of: None,
        }],
        &[SidecarName {
            name: "IMG_1.JPG.json",
            title: None,
        }],
    );
    assert_eq!(
        result.media[0],
        Some(Match {
            sidecar: 0,
            rule: FullName,
            moved_index: false,
            case_differs: true
        })
    );
    // The exact one wins over one in another case.
    assert_eq!(
        matched(&["IMG_1.jpg"], &["IMG_1.JPG.json", "IMG_1.jpg.json"]),
        [Some(("IMG_1.jpg.json".to_owned(), FullName))]
    );
    // Two names in other cases: neither.
    assert_eq!(
        matched(&["IMG_1.jpg"], &["IMG_1.JPG.json", "Img_1.jpg.json"]),
        [None]
    );
}

#[test]
fn nothing_to_match() {
    assert_eq!(match_folder(&[], &[]), FolderMatches::default());
    assert_eq!(matched(&["IMG_1.jpg"], &[]), [None]);
    assert_eq!(matched(&[], &["IMG_1.jpg.json"]), Vec::<Option<_>>::new());
    // Names without extension, or odd ones, do not panic.
    assert_eq!(
        matched(
            &["IMG_1", "(1)", ".jpg", "a(1).", "()"],
            &["IMG_1.json", "..json"]
        )
        .len(),
        5
    );
}

/// A folder of a few thousand files matches in well under a second (debug build).
#[test]
fn a_large_folder_is_quick() {
    let media: Vec<String> = (0..5000)
        .map(|i| format!("IMG_20190601_{i:06}_a_rather_long_name_for_a_photo.jpg"))
        .collect();
    let sidecars: Vec<String> = media
        .iter()
        .map(|m| {
            format!(
                "{}.json",
                clip_utf16(&format!("{m}{SUPPLEMENTAL_METADATA}"), 46)
            )
        })
        .collect();
    let media_refs: Vec<&str> = media.iter().map(String::as_str).collect();
    let sidecar_refs: Vec<&str> = sidecars.iter().map(String::as_str).collect();
    let started = std::time::Instant::now();
    let found = matched(&media_refs, &sidecar_refs);
    assert!(found.iter().all(Option::is_some));
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
}
