//! Items in the cloud: what the server reads of real photos and videos, the timeline by capture
//! date a page at a time, moves, and originals with `Range` and `ETag`.

use std::collections::HashSet;

use reqwest::{Method, StatusCode};
use serde_json::json;
use skyfolio_protocol::{ErrorCode, MediaId, MediaItem, MediaKind, MediaPage};

use crate::{TestServer, User, corpus, expect_error, random_bytes};

const PHOTOS: [&str; 8] = [
    "jpeg/apple_iphone4.jpg",
    "jpeg/canon_eos_7d.jpg",
    "jpeg/nikon_d5000.jpg",
    "jpeg/xiaomi_mi_9t.jpg",
    "jpeg/no_exif.jpg",
    "orientation/portrait_6.jpg",
    "heic/apple_iphone8.heic",
    "video/apple_iphone6_gps.mov",
];

async fn upload_file(user: &User, relative: &str) -> MediaItem {
    let bytes = std::fs::read(corpus(relative)).expect("a corpus file");
    let name = relative.replace('/', "-");
    user.upload(&format!("Corpus/{name}"), &bytes).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn real_photos_and_videos_are_described_as_the_media_core_reads_them() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    for relative in PHOTOS {
        let path = corpus(relative);
        let item = upload_file(&user, relative).await;
        let media_type = skyfolio_media::sniff(&path).expect("sniffed");
        let metadata = skyfolio_media::read_metadata(&path, &media_type).expect("read");
        let kind = match media_type.kind {
            skyfolio_media::MediaKind::Photo => MediaKind::Photo,
            skyfolio_media::MediaKind::Video => MediaKind::Video,
        };
        assert_eq!(item.kind, kind, "{relative}");
        assert_eq!(item.width, metadata.width, "{relative}");
        assert_eq!(item.height, metadata.height, "{relative}");
        assert_eq!(item.duration_ms, metadata.duration_ms, "{relative}");
        assert_eq!(
            item.taken_at,
            metadata.taken_at.map(|t| t.to_rfc3339()),
            "{relative}"
        );
        assert_eq!(item.size, std::fs::metadata(&path).expect("stat").len());
        assert_eq!(
            item.hash,
            skyfolio_media::hash_file(&path).expect("hashed").to_hex()
        );
    }
    // A portrait photo stored sideways is described as displayed.
    let items: MediaPage =
        serde_json::from_value(user.get_json("/api/v1/media?limit=100").await).expect("a page");
    let portrait = items
        .items
        .iter()
        .find(|i| i.path.ends_with("portrait_6.jpg"))
        .expect("listed");
    assert!(portrait.height > portrait.width, "{portrait:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_timeline_pages_by_capture_date_newest_first_without_gaps_or_repeats() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let mut uploaded = Vec::new();
    for relative in PHOTOS {
        uploaded.push(upload_file(&user, relative).await);
    }
    // Files without a capture time sort by the modification time their client gave.
    for i in 0..5u64 {
        let bytes = random_bytes(i, 100);
        let response = user
            .request(Method::POST, "/api/v1/uploads")
            .json(&json!({"path": format!("Plain/{i}.bin"), "size": 100,
                          "hash": crate::hash(&bytes), "modified_at": 1_000_000_000_000i64 + i as i64}))
            .send()
            .await
            .expect("POST");
        let created: serde_json::Value = response.json().await.expect("JSON");
        let id = created["upload"]["id"].as_str().expect("an upload");
        let done = user.patch(id, 0, bytes).send().await.expect("PATCH");
        let done: serde_json::Value = done.json().await.expect("JSON");
        let item: MediaItem = serde_json::from_value(done["item"].clone()).expect("an item");
        assert_eq!(item.sort_time, 1_000_000_000_000 + i as i64);
        uploaded.push(item);
    }
    let mut expected: Vec<(i64, MediaId)> = uploaded
        .iter()
        .map(|i| (i.sort_time, i.id.clone()))
        .collect();
    expected.sort();
    expected.reverse();

    let mut listed = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let query = match &cursor {
            Some(c) => format!("/api/v1/media?limit=3&cursor={c}"),
            None => "/api/v1/media?limit=3".to_owned(),
        };
        let page: MediaPage = serde_json::from_value(user.get_json(&query).await).expect("a page");
        assert!(page.items.len() <= 3);
        listed.extend(page.items.iter().map(|i| (i.sort_time, i.id.clone())));
        match page.next {
            Some(next) => cursor = Some(next),
            None => break,
        }
    }
    assert_eq!(listed, expected);
    let distinct: HashSet<_> = listed.iter().collect();
    assert_eq!(distinct.len(), listed.len());
    // A photo taken in 2011 sorts by when it was taken, not when it arrived.
    let iphone = uploaded
        .iter()
        .find(|i| i.path.contains("iphone4"))
        .expect("uploaded");
    assert!(
        iphone
            .taken_at
            .as_deref()
            .is_some_and(|t| t.starts_with("20"))
    );
    assert!(iphone.sort_time < crate::START_MS);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn originals_download_whole_in_ranges_and_with_etags() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let bytes = std::fs::read(corpus("jpeg/canon_eos_7d.jpg")).expect("corpus");
    let item = upload_file(&user, "jpeg/canon_eos_7d.jpg").await;
    let url = format!("/api/v1/media/{}/original", item.id);
    let whole = user.request(Method::GET, &url).send().await.expect("GET");
    assert_eq!(whole.status(), StatusCode::OK);
    assert_eq!(whole.headers()["content-type"], "image/jpeg");
    assert_eq!(whole.headers()["accept-ranges"], "bytes");
    let etag = whole.headers()["etag"].to_str().expect("text").to_owned();
    assert_eq!(etag, format!("\"{}\"", item.hash));
    assert_eq!(
        whole.bytes().await.expect("body").as_ref(),
        bytes.as_slice()
    );

    let size = bytes.len();
    for (range, start, end) in [
        ("bytes=0-99".to_owned(), 0, 100),
        (format!("bytes={}-", size - 10), size - 10, size),
        ("bytes=-500".to_owned(), size - 500, size),
        (format!("bytes=1000-{}", size * 2), 1000, size),
    ] {
        let part = user
            .request(Method::GET, &url)
            .header("Range", &range)
            .send()
            .await
            .expect("GET");
        assert_eq!(part.status(), StatusCode::PARTIAL_CONTENT, "{range}");
        assert_eq!(
            part.headers()["content-range"],
            format!("bytes {start}-{}/{size}", end - 1).as_str()
        );
        assert_eq!(
            part.bytes().await.expect("body").as_ref(),
            &bytes[start..end]
        );
    }
    // A resumed download whose ETag still matches gets the rest; one that does not gets all.
    let resumed = user
        .request(Method::GET, &url)
        .header("Range", "bytes=100-")
        .header("If-Range", &etag)
        .send()
        .await
        .expect("GET");
    assert_eq!(resumed.status(), StatusCode::PARTIAL_CONTENT);
    let stale = user
        .request(Method::GET, &url)
        .header("Range", "bytes=100-")
        .header("If-Range", "\"something-else\"")
        .send()
        .await
        .expect("GET");
    assert_eq!(stale.status(), StatusCode::OK);
    assert_eq!(stale.bytes().await.expect("body").len(), size);
    let cached = user
        .request(Method::GET, &url)
        .header("If-None-Match", &etag)
        .send()
        .await
        .expect("GET");
    assert_eq!(cached.status(), StatusCode::NOT_MODIFIED);
    let outside = user
        .request(Method::GET, &url)
        .header("Range", format!("bytes={size}-"))
        .send()
        .await
        .expect("GET");
    assert_eq!(
        outside.headers()["content-range"],
        format!("bytes */{size}").as_str()
    );
    expect_error(
        outside,
        StatusCode::RANGE_NOT_SATISFIABLE,
        ErrorCode::RangeNotSatisfiable,
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn items_move_and_two_live_items_never_share_a_path() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let a = user.upload("Album/a.bin", &random_bytes(1, 100)).await;
    let b = user.upload("Album/b.bin", &random_bytes(2, 100)).await;
    let moved = user
        .request(Method::PATCH, &format!("/api/v1/media/{}", a.id))
        .json(&json!({"path": "Other album/renamed.bin"}))
        .send()
        .await
        .expect("PATCH");
    assert_eq!(moved.status(), StatusCode::OK);
    let moved: MediaItem = moved.json().await.expect("the item");
    assert_eq!(moved.path, "Other album/renamed.bin");
    assert_eq!(moved.hash, a.hash);
    assert!(moved.seq > a.seq);
    let clash = user
        .request(Method::PATCH, &format!("/api/v1/media/{}", b.id))
        .json(&json!({"path": "Other album/renamed.bin"}))
        .send()
        .await
        .expect("PATCH");
    expect_error(clash, StatusCode::CONFLICT, ErrorCode::PathTaken).await;
    // Uploading different content to a taken path is refused before any byte is sent; the
    // same content at the same path is the same item.
    let taken = user
        .create_upload("Album/b.bin", &random_bytes(3, 100))
        .await;
    expect_error(taken, StatusCode::CONFLICT, ErrorCode::PathTaken).await;
    let same = user.upload("Album/b.bin", &random_bytes(2, 100)).await;
    assert_eq!(same.id, b.id);
    let fetched = user.get_json(&format!("/api/v1/media/{}", b.id)).await;
    assert_eq!(fetched["path"], "Album/b.bin");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_makes_upright_thumbnails_for_every_photo_and_video() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let portrait = upload_file(&user, "orientation/portrait_6.jpg").await;
    let heic = upload_file(&user, "heic/apple_iphone8.heic").await;
    let video = upload_file(&user, "video/android_3gp5_rotated90.mp4").await;
    let unknown = user.upload("Misc/notes.bin", &random_bytes(5, 5000)).await;
    server.server.thumbnails_idle().await;

    for item in [&portrait, &heic] {
        for (size, longest) in [(256, 256u32), (1440, 1440)] {
            let response = user
                .request(
                    Method::GET,
                    &format!("/api/v1/media/{}/thumbnail?size={size}", item.id),
                )
                .send()
                .await
                .expect("GET");
            assert_eq!(response.status(), StatusCode::OK, "{} at {size}", item.path);
            assert_eq!(response.headers()["content-type"], "image/jpeg");
            let jpeg = response.bytes().await.expect("body");
            let picture = image::load_from_memory(&jpeg).expect("a JPEG");
            let (width, height) = (picture.width(), picture.height());
            let (item_w, item_h) = (item.width.expect("w"), item.height.expect("h"));
            assert_eq!(
                width.max(height),
                longest.min(item_w.max(item_h)),
                "{} at {size}: never upscaled",
                item.path
            );
            assert_eq!(
                width > height,
                item_w > item_h,
                "{} at {size}: upright, shaped as displayed",
                item.path
            );
        }
    }
    let video_thumb = user
        .request(
            Method::GET,
            &format!("/api/v1/media/{}/thumbnail", video.id),
        )
        .send()
        .await
        .expect("GET");
    // `make test` installs ffmpeg, which makes video poster frames.
    assert_eq!(video_thumb.status(), StatusCode::OK);
    let picture =
        image::load_from_memory(&video_thumb.bytes().await.expect("body")).expect("a JPEG");
    assert!(
        picture.height() > picture.width(),
        "the rotated video stands upright"
    );
    let none = user
        .request(
            Method::GET,
            &format!("/api/v1/media/{}/thumbnail", unknown.id),
        )
        .send()
        .await
        .expect("GET");
    expect_error(none, StatusCode::NOT_FOUND, ErrorCode::NoPreview).await;
    // The listing tells a client which items have thumbnails to fetch.
    let page: MediaPage =
        serde_json::from_value(user.get_json("/api/v1/media").await).expect("a page");
    for item in page.items {
        let expected = if item.id == unknown.id {
            skyfolio_protocol::ThumbnailState::None
        } else {
            skyfolio_protocol::ThumbnailState::Ready
        };
        assert_eq!(item.thumbnails, expected, "{}", item.path);
    }
}

/// After a bulk upload the background makes thumbnails in its own order, slowly; what a
/// person looks at is made when asked for, once however many ask.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thumbnail_asked_for_before_its_turn_is_made_at_once() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let mut items = Vec::new();
    for relative in PHOTOS {
        items.push(upload_file(&user, relative).await);
    }
    let portrait = upload_file(&user, "orientation/portrait_6.jpg").await;
    // Asked for right after its upload, behind the rest of the queue, by several at once.
    let asks = (0..6).map(|_| {
        user.request(
            Method::GET,
            &format!("/api/v1/media/{}/thumbnail", portrait.id),
        )
        .send()
    });
    let mut answers = Vec::new();
    for response in futures_util::future::join_all(asks).await {
        let response = response.expect("GET");
        assert_eq!(
            response.status(),
            StatusCode::OK,
            "answered with the picture"
        );
        answers.push(response.bytes().await.expect("body"));
    }
    let picture = image::load_from_memory(&answers[0]).expect("a JPEG");
    let longest = portrait.width.expect("w").max(portrait.height.expect("h"));
    assert_eq!(picture.width().max(picture.height()), 256.min(longest));
    assert!(picture.height() > picture.width(), "upright");
    assert!(
        answers.iter().all(|a| a == &answers[0]),
        "every request got the one thumbnail made"
    );
    // The viewer's size was made with it, and the listing says so.
    let viewer = user
        .request(
            Method::GET,
            &format!("/api/v1/media/{}/thumbnail?size=1440", portrait.id),
        )
        .send()
        .await
        .expect("GET");
    assert_eq!(viewer.status(), StatusCode::OK);
    let listed = user
        .get_json(&format!("/api/v1/media/{}", portrait.id))
        .await;
    assert_eq!(listed["thumbnails"], "ready");
    // The background, reaching it later, leaves it as it is; the rest are made too.
    server.server.thumbnails_idle().await;
    let again = user
        .request(
            Method::GET,
            &format!("/api/v1/media/{}/thumbnail", portrait.id),
        )
        .send()
        .await
        .expect("GET");
    assert_eq!(again.bytes().await.expect("body"), answers[0]);
    for item in items {
        let listed = user.get_json(&format!("/api/v1/media/{}", item.id)).await;
        assert_eq!(listed["thumbnails"], "ready", "{}", item.path);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_version_replaces_the_old_one_which_goes_to_the_trash() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let first = user.upload("Album/a.jpg", &random_bytes(1, 1000)).await;
    let edited = random_bytes(2, 1200);
    for (bytes, held_already) in [(edited.clone(), false), (random_bytes(1, 1000), true)] {
        let current: MediaItem =
            serde_json::from_value(user.get_json("/api/v1/media").await["items"][0].clone())
                .expect("an item");
        let response = user
            .request(Method::POST, "/api/v1/uploads")
            .json(&json!({"path": "Album/a.jpg", "size": bytes.len(),
                          "hash": crate::hash(&bytes), "replaces": current.id}))
            .send()
            .await
            .expect("POST");
        let created: serde_json::Value = response.json().await.expect("JSON");
        let item: MediaItem = if held_already {
            // The first version's content is still held (in the trash): no bytes needed.
            serde_json::from_value(created["item"].clone()).expect("an instant item")
        } else {
            let id = created["upload"]["id"].as_str().expect("an upload");
            let done = user
                .patch(id, 0, bytes.clone())
                .send()
                .await
                .expect("PATCH");
            let done: serde_json::Value = done.json().await.expect("JSON");
            serde_json::from_value(done["item"].clone()).expect("an item")
        };
        assert_eq!(item.path, "Album/a.jpg");
        assert_eq!(item.hash, crate::hash(&bytes));
        let live: MediaPage =
            serde_json::from_value(user.get_json("/api/v1/media").await).expect("a page");
        assert_eq!(live.items.len(), 1, "one live item at the path");
        let trash: MediaPage =
            serde_json::from_value(user.get_json("/api/v1/trash").await).expect("a page");
        assert!(
            trash.items.iter().any(|t| t.id == current.id),
            "the old version is in the trash"
        );
    }
    let feed = user.get_json("/api/v1/changes?since=0").await;
    let ops: Vec<&str> = feed["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .map(|c| c["op"].as_str().expect("op"))
        .collect();
    assert_eq!(ops, ["create", "trash", "create", "trash", "create"]);
    assert_eq!(feed["changes"][1]["item"]["id"], first.id.as_str());
}

/// A HEIC photo, which most browsers cannot draw, has a full-size upright JPEG made when first
/// asked for and kept; a video has none; deleting the photo forever removes it too.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_heic_photo_has_a_full_size_jpeg_for_browsers() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let heic = upload_file(&user, "heic/apple_iphone8.heic").await;
    let video = upload_file(&user, "video/android_3gp5_rotated90.mp4").await;
    let path = format!("/api/v1/media/{}/rendition", heic.id);
    let mut first = Vec::new();
    for round in 0..2 {
        let response = user.request(Method::GET, &path).send().await.expect("GET");
        assert_eq!(response.status(), StatusCode::OK, "round {round}");
        assert_eq!(response.headers()["content-type"], "image/jpeg");
        let jpeg = response.bytes().await.expect("body").to_vec();
        let picture = image::load_from_memory(&jpeg).expect("a JPEG");
        assert_eq!(
            (Some(picture.width()), Some(picture.height())),
            (heic.width, heic.height),
            "the photo's whole displayed size"
        );
        if round == 0 {
            first = jpeg;
        } else {
            assert_eq!(jpeg, first, "kept, not made again");
        }
    }
    let kept = server.stored_files("thumbs").await;
    assert!(
        kept.iter().any(|key| key.ends_with("-full.jpg")),
        "{kept:?}"
    );

    let none = user
        .request(
            Method::GET,
            &format!("/api/v1/media/{}/rendition", video.id),
        )
        .send()
        .await
        .expect("GET");
    expect_error(none, StatusCode::NOT_FOUND, ErrorCode::NoPreview).await;
    let other = server.user("ben@example.org").await;
    let theirs = other.request(Method::GET, &path).send().await.expect("GET");
    expect_error(theirs, StatusCode::NOT_FOUND, ErrorCode::NotFound).await;

    for step in [
        (Method::DELETE, format!("/api/v1/media/{}", heic.id)),
        (Method::DELETE, format!("/api/v1/trash/{}", heic.id)),
    ] {
        let response = user.request(step.0, &step.1).send().await.expect("answer");
        assert!(
            response.status().is_success(),
            "{}: {}",
            step.1,
            response.status()
        );
    }
    let left = server.stored_files("thumbs").await;
    assert!(
        !left.iter().any(|key| key.ends_with("-full.jpg")),
        "{left:?}"
    );
}

/// A JPEG with no metadata at all, as apps that strip it save one, of one colour.
fn plain_jpeg(colour: [u8; 3]) -> Vec<u8> {
    let picture = image::RgbImage::from_pixel(64, 48, image::Rgb(colour));
    let mut bytes = Vec::new();
    image::DynamicImage::ImageRgb8(picture)
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Jpeg,
        )
        .expect("encodes");
    bytes
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_photo_without_a_time_of_its_own_takes_the_one_its_name_gives() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let named = user
        .upload(
            "Camera/IMG_20230704_183012.jpg",
            &plain_jpeg([90, 140, 200]),
        )
        .await;
    assert!(
        named
            .taken_at
            .as_deref()
            .is_some_and(|t| t.starts_with("2023-07-04T18:30:12")),
        "{:?}",
        named.taken_at
    );
    assert!(named.sort_time < crate::START_MS);
    // A name that says nothing gives nothing.
    let counted = user
        .upload("Camera/IMG_1234.jpg", &plain_jpeg([200, 140, 90]))
        .await;
    assert_eq!(counted.taken_at, None);
    // A photo that states its own time keeps it, whatever its name says.
    let iphone = std::fs::read(corpus("jpeg/apple_iphone4.jpg")).expect("corpus");
    let stated = user
        .upload("Camera/IMG_20230704_183012 (1).jpg", &iphone)
        .await;
    assert!(
        stated
            .taken_at
            .as_deref()
            .is_some_and(|t| t.starts_with("20") && !t.starts_with("2023-07-04")),
        "{:?}",
        stated.taken_at
    );
}
